import { createHash } from "node:crypto";
import { KEY_LIKE_PATTERN } from "../../lib/private/key-hygiene";

/**
 * What a key-like string is replaced with. It does not itself match the key pattern, and unlike the
 * library's mask it holds no quotes, so it can stand inside the JSON values the review shows.
 */
export const REDACTED_KEY = "sk_car_…(hidden)";

const KEY_LIKE_EVERYWHERE = new RegExp(KEY_LIKE_PATTERN.source, "g");

/** Credential field names whose value is a secret whatever it looks like (`X-Api-Key`, `Authorization`, ...). */
const SECRET_FIELD_NAME = /key|secret|token|password|passwd|auth|bearer/i;

/** Replaces everything shaped like a Cartesia key: the last line of defence before anything is printed. */
export function redactKeyLike(text: string): string {
  return text.replace(KEY_LIKE_EVERYWHERE, REDACTED_KEY);
}

/** Whether a credential field carries a secret by its name alone. */
export function isSecretFieldName(name: string): boolean {
  return SECRET_FIELD_NAME.test(name);
}

/**
 * A short one-way fingerprint, so the diff can tell that one hidden literal replaced another without
 * holding either. Never rendered.
 */
export function fingerprint(value: string): string {
  return `sha256:${createHash("sha256").update(value).digest("hex").slice(0, 16)}`;
}
