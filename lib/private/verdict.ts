/** What checking something found: errors stop the synth, warnings become annotations. */
export interface Verdict {
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/** A verdict of errors only. */
export function errorsOnly(errors: readonly string[]): Verdict {
  return { errors, warnings: [] };
}

/**
 * The cached verdict for `key`, computed when absent or no longer `fresh`. The checks are pure, and a
 * stack shares one key, model or format object across many connectors: each object is checked once.
 */
export function once<K extends object, V>(cache: WeakMap<K, V>, key: K, compute: () => V, fresh: (cached: V) => boolean = () => true): V {
  const cached = cache.get(key);
  if (cached !== undefined && fresh(cached)) return cached;
  const verdict = compute();
  cache.set(key, verdict);
  return verdict;
}
