/**
 * JSON as the Genesys provider handles it in Go (docs/provider-rules.md): the text its Read writes into
 * state (`json.Marshal` of the API's parsed answer) and its diff-suppress test of two JSON strings
 * (`util.EquivalentJsons`, genesyscloud/util/util_json.go).
 */

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/**
 * Go's `json.Marshal` of a value `json.Unmarshal` produced: compact, object keys sorted bytewise (Go
 * sorts a map's keys), numbers as float64 prints them, and strings HTML-safe (`<`, `>`, `&`, U+2028
 * and U+2029 escaped) as Go 1.22 and later escape them.
 */
export function goMarshal(value: Json): string {
  if (value === null) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  // strconv.FormatFloat(f, 'f' or 'e', -1, 64): JavaScript's shortest form, switching to an exponent
  // at the same bounds (below 1e-6, from 1e21) and writing it unpadded as Go's cleanup does.
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "string") return goString(value);
  if (Array.isArray(value)) return `[${(value as readonly Json[]).map(goMarshal).join(",")}]`;
  const object = value as { readonly [key: string]: Json };
  const keys = Object.keys(object).sort((a, b) => Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8")));
  return `{${keys.map((key) => `${goString(key)}:${goMarshal(object[key])}`).join(",")}}`;
}

/** The provider's Read: the API's JSON text as `json.Marshal` writes it back; text that is not JSON stays as it is. */
export function asMarshalled(text: string): string {
  try {
    return goMarshal(JSON.parse(text) as Json);
  } catch {
    return text;
  }
}

/**
 * `util.EquivalentJsons(old, new)`: the same text, or both JSON and deeply equal once null-valued
 * properties are removed from `incoming` (the configuration's side) only. Removal walks objects and
 * the elements of a top-level array, never into an array that is a property's value; null elements
 * of arrays stay. Numbers compare as float64 (`8000` equals `8000.0`); `true` is not `"true"`.
 */
export function equivalentJsons(original: string, incoming: string): boolean {
  if (original === incoming) return true;
  let before: Json;
  let after: Json;
  try {
    before = JSON.parse(original) as Json;
    after = JSON.parse(incoming) as Json;
  } catch {
    return false;
  }
  return deepEqual(before, withoutNullProperties(after));
}

function withoutNullProperties(value: Json): Json {
  if (Array.isArray(value))
    return (value as readonly Json[]).map((element) => (isObject(element) || Array.isArray(element) ? withoutNullProperties(element) : element));
  if (!isObject(value)) return value;
  const result: Record<string, Json> = {};
  for (const [key, property] of Object.entries(value)) {
    if (property === null) continue;
    // Go's jsonDeepDelNullProperties recurses into a property only when it is a map.
    result[key] = isObject(property) ? withoutNullProperties(property) : property;
  }
  return result;
}

function isObject(value: Json): value is { readonly [key: string]: Json } {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    const x = a as readonly Json[];
    const y = b as readonly Json[];
    return Array.isArray(a) && Array.isArray(b) && x.length === y.length && x.every((item, i) => deepEqual(item, y[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
}

function goString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '"') out += '\\"';
    else if (char === "\\") out += "\\\\";
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "\t") out += "\\t";
    else if (char === "\b") out += "\\b";
    else if (char === "\f") out += "\\f";
    else if (code < 0x20 || char === "<" || char === ">" || char === "&" || code === 0x2028 || code === 0x2029)
      out += `\\u${code.toString(16).padStart(4, "0")}`;
    // A lone surrogate is invalid UTF-8 to Go, which writes the replacement character.
    else if (code >= 0xd800 && code <= 0xdfff) out += "\ufffd";
    else out += char;
  }
  return out + '"';
}
