import type { JsonValue } from "../../lib/shared";

/** The values Genesys puts in place of `$text` and `$voice` in `synthesizeBody`. */
export interface PlaceholderValues {
  /** Replaces `$text`: the prompt text Architect asks to speak. */
  readonly text: string;
  /** Replaces `$voice`: the voice id chosen in Architect (from the voice list). */
  readonly voice: string;
}

/**
 * `$text` or `$voice` not followed by a letter, digit or underscore, so `$textual` stays as written.
 * One pass over the template: a `$voice` inside the substituted text is never substituted again.
 */
const PLACEHOLDER = /\$(text|voice)(?![A-Za-z0-9_])/g;

/** A parsed JSON value, readonly or not (`as const` templates included). */
export type JsonTemplate = string | number | boolean | null | readonly JsonTemplate[] | { readonly [key: string]: JsonTemplate };

/** The type of a template after substitution: strings holding a placeholder widen to `string`, all else keeps its type. */
export type Substituted<T> = T extends string
  ? T extends `${string}$text${string}` | `${string}$voice${string}`
    ? string
    : T
  : T extends readonly (infer U)[]
    ? Substituted<U>[]
    : T extends object
      ? { -readonly [K in keyof T]: Substituted<T[K]> }
      : T;

/**
 * Substitutes `$text` and `$voice` inside the string values of a parsed JSON template and returns a
 * new value; the template is not changed and object keys are left alone.
 *
 * Working on the parsed value, not on the JSON text, is what keeps any text valid: the result is
 * serialized once, by `JSON.stringify`, so quotes, backslashes, newlines, non-ASCII and tags such as
 * `<break time="1s"/>` arrive intact. A replacer function (not a replacement string) keeps `$&` and
 * `$1` in the text literal.
 */
export function substitutePlaceholders<T extends JsonTemplate>(template: T, values: PlaceholderValues): Substituted<T> {
  return substitute(template, values) as Substituted<T>;
}

function substitute(value: JsonTemplate, values: PlaceholderValues): JsonValue {
  if (typeof value === "string") {
    return value.replace(PLACEHOLDER, (_match, name: string) => (name === "text" ? values.text : values.voice));
  }
  if (isArray(value)) return value.map((item) => substitute(item, values));
  if (value !== null && typeof value === "object") {
    // fromEntries defines own properties: a key named "__proto__" stays a key of the body.
    const result: { [key: string]: JsonValue } = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, values)]));
    return result;
  }
  return value;
}

/** The JSON paths (`transcript`, `voice.id`) of string values that hold a placeholder. */
export function placeholderPaths(template: JsonTemplate, name: "text" | "voice", path = ""): string[] {
  if (typeof template === "string") {
    return [...template.matchAll(PLACEHOLDER)].some((m) => m[1] === name) ? [path] : [];
  }
  if (isArray(template)) return template.flatMap((item, i) => placeholderPaths(item, name, `${path}[${i}]`));
  if (template !== null && typeof template === "object") {
    return Object.entries(template).flatMap(([key, item]) => placeholderPaths(item, name, path ? `${path}.${key}` : key));
  }
  return [];
}

/** `Array.isArray` that narrows readonly arrays too. */
function isArray(value: JsonTemplate): value is readonly JsonTemplate[] {
  return Array.isArray(value);
}
