/**
 * Equal texts kept as one string: thousands of connectors share their settings' keys, labels and most of
 * their values, their findings' messages and their URIs, and a review of a large plan holds two sides of
 * each. Bounded, like `canonicalJson`'s memo: past the bound it starts over, so hostile input of all
 * distinct texts costs no more than it did.
 */
const texts = new Map<string, string>();
const TEXTS_KEPT = 4096;

/** The one string kept for this text. */
export function shared(text: string): string;
export function shared(text: string | undefined): string | undefined;
export function shared(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const known = texts.get(text);
  if (known !== undefined) return known;
  if (texts.size >= TEXTS_KEPT) texts.clear();
  texts.set(text, text);
  return text;
}
