import { KEY_SHAPED_PATTERN, maskSecret } from "../../lib/private/key-hygiene";

const KEY_SHAPED_EVERYWHERE = new RegExp(KEY_SHAPED_PATTERN.source, "g");

/**
 * Replaces every occurrence of the given secret values, and anything shaped like a Cartesia key
 * (lib's `KEY_SHAPED_PATTERN`: `sk_car_` and 16 or more key characters), with a mask. Every line the
 * smoke command prints passes through here, so a key echoed back by a server or a proxy never
 * reaches the terminal or a CI log, while advice that names the `sk_car_admin_...` prefix survives.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  // Longest first, so a secret that contains another is masked whole.
  for (const secret of [...secrets].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length)) {
    result = result.split(secret).join(maskSecret(secret));
  }
  return result.replace(KEY_SHAPED_EVERYWHERE, (key) => maskSecret(key));
}
