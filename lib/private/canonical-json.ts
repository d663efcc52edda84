/** A JSON value as `JSON.parse` returns it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * Serializes JSON with object keys sorted at every depth, so equal data always gives the same string.
 *
 * The provider compares `properties`/`advanced` as parsed JSON, but `cdk.tf.json` and the plan a
 * reviewer reads show the string: a stable key order keeps an unchanged input from ever showing a diff.
 */
export function canonicalJson(value: JsonValue): string {
  // The sorted text depends on nothing but the plain text (same keys, same order, same values), which
  // the engine writes far faster than keys are sorted: connectors of equal settings sort once.
  const plain = JSON.stringify(value);
  const known = sortedByPlain.get(plain);
  if (known !== undefined) return known;
  const sorted = JSON.stringify(sortKeys(value));
  if (sortedByPlain.size >= TEXTS_KEPT) sortedByPlain.clear();
  sortedByPlain.set(plain, sorted);
  return sorted;
}

/** Distinct documents kept: a stack's connectors have a few. */
const TEXTS_KEPT = 256;
const sortedByPlain = new Map<string, string>();

function sortKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) {
    return value.map(sortKeys);
  }
  if (value !== null && typeof value === "object") {
    // fromEntries defines own properties: a key named "__proto__" stays a key, never a prototype.
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys(value[key])]),
    );
  }
  return value;
}
