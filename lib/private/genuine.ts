/**
 * Objects made by the library's own factories (`CartesiaApiKey`, `CartesiaModel`, `OutputFormat`), so a
 * check can tell one from an object that only has the right prototype (`Object.create(OutputFormat.prototype)`),
 * which `instanceof` cannot.
 */
const made = new WeakSet<object>();

/** Records an object as made by a factory; called by the private constructors. */
export function markGenuine(value: object): void {
  made.add(value);
}

/** Whether a factory made this object. */
export function isGenuine(value: object): boolean {
  return made.has(value);
}
