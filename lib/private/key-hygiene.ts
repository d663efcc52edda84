// Key-shaped text and how to show it. Loads nothing (no cdktf), so the tools can use it cheaply.

/** Prefix of Cartesia admin keys, which cannot call the TTS endpoints. */
export const ADMIN_KEY_PREFIX = "sk_car_admin_";

/** Anything that looks like a Cartesia key (`sk_car_...`), for rejecting keys in free text. */
export const KEY_LIKE_PATTERN = /sk_car_[A-Za-z0-9_-]+/;

/**
 * Something shaped like a real key: `sk_car_` and at least 16 key characters. What a leak scan looks
 * for in synthesized output and logs; prose such as "sk_car_..." or the bare admin prefix never matches.
 */
export const KEY_SHAPED_PATTERN = /sk_car_[A-Za-z0-9_-]{16,}/;

/** Whether a text holds anything that could be a Cartesia key. */
export function containsKeyLike(text: string): boolean {
  return KEY_LIKE_PATTERN.test(text);
}

/** Masks a value that could be a secret, keeping just enough to recognize it: `"sk_car_…" (40 characters, masked)`. */
export function maskSecret(value: string): string {
  const prefix = value.startsWith(ADMIN_KEY_PREFIX) ? ADMIN_KEY_PREFIX : value.startsWith("sk_car_") ? "sk_car_" : "";
  return `"${prefix}…" (${value.length} characters, masked)`;
}

const KEY_LIKE_EVERYWHERE = new RegExp(KEY_LIKE_PATTERN.source, "g");

/**
 * Replaces every key-like run in a text with its mask. The bare admin prefix is prose (a mask shows
 * it), not a key, so it stays: redacting an already redacted text changes nothing.
 */
export function redactKeys(text: string): string {
  return text.replace(KEY_LIKE_EVERYWHERE, (match) => (match === ADMIN_KEY_PREFIX ? match : maskSecret(match)));
}
