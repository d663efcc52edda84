/** One place where two JSON documents differ: a value that is missing on one side is `undefined`. */
export interface JsonDifference {
  /** `synthesizeBody.output_format.sample_rate`; `["a.b"]` for a key that is not an identifier. */
  readonly path: string;
  readonly left: unknown;
  readonly right: unknown;
}

/**
 * Where two parsed JSON documents differ, compared as Genesys and the Terraform provider compare them:
 * key order does not matter, `8000` equals `8000.0`, `true` is not `"true"`. Objects are followed key by
 * key; arrays and scalars are compared whole. `skip` marks left-side values that say nothing yet (a
 * `${...}` expression resolved at deploy time).
 */
export function jsonDifferences(
  left: unknown,
  right: unknown,
  options: { readonly path?: string; readonly skip?: (value: unknown) => boolean } = {},
): JsonDifference[] {
  const path = options.path ?? "";
  if (options.skip?.(left)) return [];
  if (isPlainObject(left) && isPlainObject(right)) {
    const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
    return keys.flatMap((key) => jsonDifferences(left[key], right[key], { ...options, path: joinPath(path, key) }));
  }
  return jsonEqual(left, right) ? [] : [{ path, left, right }];
}

/** Deep equality of parsed JSON, key order aside. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]));
  }
  return false;
}

/** A value for a message: JSON, or "(absent)". */
export function showJson(value: unknown): string {
  return value === undefined ? "(absent)" : JSON.stringify(value);
}

function joinPath(path: string, key: string): string {
  const part = /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
  return path === "" ? part : part.startsWith("[") ? `${path}${part}` : `${path}.${part}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
