/** A JSON value as `JSON.parse` returns it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * Serializes JSON with object keys sorted at every depth, so equal data always gives the same string.
 *
 * The provider compares `properties`/`advanced` as parsed JSON, but `cdk.tf.json` and the plan a
 * reviewer reads show the string: a stable key order keeps an unchanged input from ever showing a diff.
 */
export function canonicalJson(value: JsonValue): string {
  return JSON.stringify(sortKeys(value));
}

/**
 * Orders `[key, value]` entries by key in code-unit order, the order `canonicalJson` gives keys: never by
 * locale, so no output depends on LANG or LC_ALL.
 */
export function byKey(a: readonly [string, unknown], b: readonly [string, unknown]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

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
