import { isJsonObject } from "./json-path";
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
  // A walk with its own stack, not recursion: a document of any depth is compared, none overflows.
  const differences: JsonDifference[] = [];
  const pending: [unknown, unknown, string][] = [[left, right, options.path ?? ""]];
  while (pending.length > 0) {
    const [l, r, path] = pending.pop()!;
    if (options.skip?.(l)) continue;
    if (isJsonObject(l) && isJsonObject(r)) {
      const keys = [...new Set([...Object.keys(l), ...Object.keys(r)])].sort();
      // Reversed onto the stack, so that differences come out in key order.
      for (let i = keys.length - 1; i >= 0; i--) pending.push([ownMember(l, keys[i]), ownMember(r, keys[i]), joinPath(path, keys[i])]);
    } else if (!jsonEqual(l, r)) {
      differences.push({ path, left: l, right: r });
    }
  }
  return differences;
}

/** Deep equality of parsed JSON, key order aside; walked with its own stack, so any depth compares. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  const pending: [unknown, unknown][] = [[a, b]];
  while (pending.length > 0) {
    const [x, y] = pending.pop()!;
    if (x === y) continue;
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) pending.push([x[i], y[i]]);
    } else if (isJsonObject(x) && isJsonObject(y)) {
      const keys = Object.keys(x);
      if (keys.length !== Object.keys(y).length) return false;
      for (const key of keys) {
        if (!Object.hasOwn(y, key)) return false;
        pending.push([x[key], y[key]]);
      }
    } else {
      return false;
    }
  }
  return true;
}

/** A value for a message: JSON, or "(absent)". */
export function showJson(value: unknown): string {
  return value === undefined ? "(absent)" : JSON.stringify(value);
}

function joinPath(path: string, key: string): string {
  const part = /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
  return path === "" ? part : part.startsWith("[") ? `${path}${part}` : `${path}.${part}`;
}

/** A member the document has, never one inherited from `Object.prototype` (`constructor`, `__proto__`). */
function ownMember(value: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(value, key) ? value[key] : undefined;
}
