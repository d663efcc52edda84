// Key-shaped text and how to show it: the one place the library and every command decide what could
// be a Cartesia key and how a secret is shown. Loads nothing (no cdktf), so the commands use it cheaply.

/** Prefix of every Cartesia key. */
export const KEY_PREFIX = "sk_car_";

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

/**
 * A secret as it is shown anywhere: the prefix that tells what kind of key it is and its length,
 * never a character of its own, as in `sk_car_…(masked, 40 characters)`. No quotes, so the mask can
 * stand inside a JSON string or a Markdown cell; it does not itself look like a key.
 */
export function maskSecret(value: string): string {
  const prefix = value.startsWith(ADMIN_KEY_PREFIX) ? ADMIN_KEY_PREFIX : value.startsWith(KEY_PREFIX) ? KEY_PREFIX : "";
  return `${prefix}…(masked, ${value.length} characters)`;
}

const KEY_LIKE_EVERYWHERE = new RegExp(KEY_LIKE_PATTERN.source, "g");

/** Secrets shorter than this are not searched for: they would mask ordinary words. */
const MIN_SECRET_LENGTH = 4;

/**
 * Masks, in a text, every value of `secrets` (an API key, an OAuth secret, an access token read from the
 * environment, whatever it looks like) and every key-like run. The bare admin prefix is prose, not a
 * key, so it stays: redacting a redacted text changes nothing.
 */
export function redactKeys(text: string, secrets: Iterable<string> = []): string {
  let result = text;
  // Longest first, so a secret that contains another is masked whole.
  for (const secret of [...new Set(secrets)].filter((s) => s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length)) {
    result = result.split(secret).join(maskSecret(secret));
  }
  return result.replace(KEY_LIKE_EVERYWHERE, (match) => (match === ADMIN_KEY_PREFIX ? match : maskSecret(match)));
}
