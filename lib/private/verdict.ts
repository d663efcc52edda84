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
