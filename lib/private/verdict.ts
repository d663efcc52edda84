/** What checking something found: errors stop the synth, warnings become annotations. */
export interface Verdict {
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/** The verdict of a value that passed: one shared object, since a verdict is never changed. */
export const NO_PROBLEMS: Verdict = Object.freeze({ errors: Object.freeze([]), warnings: Object.freeze([]) });

/** A verdict of errors only. */
export function errorsOnly(errors: readonly string[]): Verdict {
  return errors.length === 0 ? NO_PROBLEMS : { errors, warnings: [] };
}

/**
 * The cached verdict for `key`, computed when absent. The checks are pure, and a stack shares one key
 * or format object across many connectors: each object is checked once.
 */
export function once<K extends object, V>(cache: WeakMap<K, V>, key: K, compute: () => V): V {
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const verdict = compute();
  cache.set(key, verdict);
  return verdict;
}

/** Distinct values a `byValue` cache keeps before it starts over: a program checks a handful. */
const VALUES_KEPT = 256;

/**
 * The cached verdict of a check whose input is a few primitives, by a key that spells them all: a new
 * object per connector (`CartesiaModel.snapshot(...)` in a loop) checks as fast as a shared one.
 */
export function byValue<V>(cache: Map<string, V>, key: string, compute: () => V): V {
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const verdict = compute();
  if (cache.size >= VALUES_KEPT) cache.clear();
  cache.set(key, verdict);
  return verdict;
}
