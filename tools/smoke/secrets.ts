import { maskSecret } from "../../lib/errors";

/**
 * Anything shaped like a Cartesia key. The same pattern as lib's `KEY_LIKE_PATTERN` (a test keeps them
 * equal); repeated here because lib/cartesia-api-key loads cdktf, which the smoke command never needs.
 */
export const KEY_LIKE = /sk_car_[A-Za-z0-9_-]+/;
/** Prefix of Cartesia admin keys, which cannot call text-to-speech (lib's `ADMIN_KEY_PREFIX`). */
export const ADMIN_KEY_PREFIX = "sk_car_admin_";

/** A key in free text: the prefix and at least 12 more characters, so advice that names `sk_car_admin_...` survives. */
const KEY_IN_TEXT = /sk_car_[A-Za-z0-9_-]{12,}/g;

/**
 * Replaces every occurrence of the given secret values, and anything shaped like a Cartesia key
 * (`sk_car_` and 12 or more key characters), with a mask. Every line the smoke command prints passes through here, so a key
 * echoed back by a server or a proxy never reaches the terminal or a CI log.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  // Longest first, so a secret that contains another is masked whole.
  for (const secret of [...secrets].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length)) {
    result = result.split(secret).join(maskSecret(secret));
  }
  return result.replace(KEY_IN_TEXT, (key) => maskSecret(key));
}

/** Header values as they may be shown: a header whose value holds a secret is masked. */
export function maskHeaders(headers: Readonly<Record<string, string>>, secrets: readonly string[]): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) shown[name] = redact(value, secrets);
  return shown;
}
