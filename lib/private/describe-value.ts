import { containsKeyLike, maskSecret } from "./key-hygiene";

/** Strings longer than this are shortened in messages. */
const SHOWN_STRING_LENGTH = 60;

/**
 * Characters that are invisible or reorder text: C0 and C1 controls, DEL, line and paragraph
 * separators, bidirectional overrides and isolates, the byte-order mark, and unpaired surrogates
 * (which cannot be written as UTF-8 at all).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const INVISIBLE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\p{Cs}]/u;
const INVISIBLE_EVERYWHERE = new RegExp(INVISIBLE_CHARACTERS.source, "gu");

/** A string as a quoted literal whose every invisible character is spelled `\uXXXX`. */
export function printable(value: string): string {
  return JSON.stringify(value).replace(INVISIBLE_EVERYWHERE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** `U+0000`, the code point of the first invisible character in a text. */
export function firstInvisible(value: string): { codePoint: string; index: number } | undefined {
  const match = INVISIBLE_CHARACTERS.exec(value);
  if (!match) return undefined;
  return { codePoint: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`, index: match.index };
}

/**
 * Renders a received value for an error message: strings quoted (masked when they could hold a key,
 * shortened when long, invisible characters spelled out), other types named.
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") {
    if (containsKeyLike(value)) return maskSecret(value);
    if (value.length > SHOWN_STRING_LENGTH) return `${printable(value.slice(0, 40)).slice(0, -1)}…" (${value.length} characters)`;
    return printable(value);
  }
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (typeof value === "bigint") return `${value}n (a bigint)`;
  if (typeof value === "symbol") return "a symbol";
  if (typeof value === "function") return "a function";
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return `an array`;
  if (typeof value === "object") return `an object (${constructorName(value)})`;
  return `boolean ${value as boolean}`;
}

function constructorName(value: object): string {
  let name: unknown;
  try {
    name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  } catch {
    // A getter that throws (a Proxy, say) still gets described, not thrown.
  }
  return typeof name === "string" && name !== "" && !containsKeyLike(name) ? printableName(name) : "Object";
}

function printableName(name: string): string {
  return INVISIBLE_CHARACTERS.test(name) ? printable(name) : name;
}

/** An object key for a message: bare when it is an identifier, else quoted (and masked if it could be a key). */
export function describeKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) && !containsKeyLike(key) ? key : describeValue(key);
}
