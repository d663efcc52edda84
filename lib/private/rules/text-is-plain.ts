import { Token } from "cdktf";
import { describeValue, firstInvisible } from "../describe-value";
import { describeFoundKey, findKeyLike } from "../key-hygiene";
import { isWholeExpression, templateAdvice, templateSequence } from "../terraform-text";
import { errorsOnly, type Verdict } from "../verdict";

/** Longest integration or credential name accepted; longer names are unreadable in Architect anyway. */
export const MAX_NAME_LENGTH = 200;
/** Longest notes accepted. */
export const MAX_NOTES_LENGTH = 1000;

/** Why a key has no place in a name or notes. */
export const NOT_SECRET = "names and notes are not secret and end up in plain text. Remove it.";

/** What a text prop must be. */
export interface TextRules {
  readonly required: boolean;
  readonly maxLength: number;
  readonly multiline?: boolean;
}

/** A name or notes: a string (or token), no key, no template sequence, no control characters, not too long. */
export function textIsPlain(prop: string, value: unknown, rules: TextRules): Verdict {
  return errorsOnly(errors(prop, value, rules));
}

function errors(prop: string, value: unknown, rules: TextRules): string[] {
  if (typeof value !== "string") return [`${prop}: got ${describeValue(value)}; expected a string.`];
  // A token is checked once it resolves, at synth (synth-checks.ts).
  if (Token.isUnresolved(value)) return [];
  const key = findKeyLike(value);
  if (key) {
    return [`${prop}: contains what looks like a Cartesia API key (${describeFoundKey(key)}); ${NOT_SECRET}`];
  }
  if (rules.required && value.trim() === "") return [`${prop}: got ${describeValue(value)}; expected a non-empty name.`];
  // A whole hand-written expression is a reference, as a token would be.
  if (isWholeExpression(value)) return [];
  const template = templateSequence(value);
  if (template) return [`${prop}: got ${describeValue(value)}; ${templateAdvice(template.sequence)}.`];
  const invisible = firstInvisible(rules.multiline ? value.replace(/[\t\n\r]/g, " ") : value);
  if (invisible) {
    return [
      `${prop}: got ${describeValue(value)}, which contains control character ${invisible.codePoint} at index ${invisible.index}; use printable text${rules.multiline ? " (line breaks and tabs are fine)" : ""}.`,
    ];
  }
  if (value.length > rules.maxLength) {
    return [`${prop}: got ${describeValue(value)}; at most ${rules.maxLength} characters are allowed.`];
  }
  return [];
}
