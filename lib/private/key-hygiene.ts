// Key-shaped text and how to show it: the one place the library and every command decide what could
// be a Cartesia key and how a secret is shown. Loads nothing (no cdktf), so the commands use it cheaply.
import { templateLiteralPieces } from "./terraform-text";

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

/** Each pattern's global form, made once: the detector runs on every name of every connector. */
const EVERYWHERE = new Map<RegExp, RegExp>([KEY_LIKE_PATTERN, KEY_SHAPED_PATTERN].map((pattern) => [pattern, new RegExp(pattern.source, "g")]));

/** How a key was hidden from the plain pattern, for messages: "(sk_car_…(masked, 31 characters), percent-encoded)". */
export type KeyDisguise = "behind invisible characters" | "written with escape sequences" | "percent-encoded" | "split across an expression" | "base64-encoded";

/** A key found in a text: the key as recovered (never to be shown unmasked) and how it was hidden, if it was. */
export interface FoundKey {
  readonly key: string;
  readonly disguise?: KeyDisguise;
}

/** The same text, undisguised one way after another. */
interface View {
  readonly text: string;
  readonly disguise?: KeyDisguise;
}

// Format characters (soft hyphen, zero-width joiners, bidi controls, tags), the other default-ignorable
// code points (variation selectors, fillers), unpaired surrogates, and controls other than tab and line breaks.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;
// JSON, HCL and JavaScript escapes, Markdown's backslash before punctuation, and numeric HTML entities.
const ESCAPE = /\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|x([0-9a-fA-F]{2})|([!-/:-@[-`{-~]))|&#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}));/g;
const PERCENT = /%([0-9A-Fa-f]{2})/g;
/**
 * `sk_car_` in base64 at each of the three byte alignments (the same in the URL-safe alphabet): only runs
 * that hold one are decoded, so ordinary long words cost nothing.
 */
const BASE64_MARKERS = /c2tfY2FyX|NrX2Nhcl|za19jYXJf/;
const BASE64_RUN = /[A-Za-z0-9+/_-]*(?:c2tfY2FyX|NrX2Nhcl|za19jYXJf)[A-Za-z0-9+/_-]*/g;
/**
 * `sk`, `car` and 16 more key characters across the literals of one expression (joined by U+0001), with
 * the separators left out: a key split by `join("_", [...])` or `format("%s_%s", ...)`.
 */
// eslint-disable-next-line no-control-regex -- U+0001 marks where one literal ends and the next begins
const SPLIT_KEY = /(?<![A-Za-z0-9])s[\u0001_-]*k[\u0001_-]*c[\u0001_-]*a[\u0001_-]*r(?:[\u0001_-]*[A-Za-z0-9]){16,}/;
/**
 * One whole unresolved cdktf (or CDK Terrain) string token, as both encode it: an opaque reference with
 * no literal in it, checked once it resolves, at synth. Matched as plain text, not parsed as a template.
 */
const WHOLE_TOKEN = /^\$\{TfToken\[TOKEN\.\d+\]\}$/;
// Anything a disguise could start from; text without any of it is only ever its plain self.
const MAY_DISGUISE = /[^\t\n\r\u0020-\u007e]|%[0-9A-Fa-f]{2}|\\|&#|\$\{|%\{|c2tfY2FyX|NrX2Nhcl|za19jYXJf/;

function unescape(text: string): string {
  return text.replace(ESCAPE, (match, brace?: string, u4?: string, u8?: string, x2?: string, punct?: string, hexEntity?: string, decEntity?: string) => {
    if (punct !== undefined) return punct;
    const hex = brace ?? u4 ?? u8 ?? x2 ?? hexEntity;
    const codePoint = hex !== undefined ? parseInt(hex, 16) : Number(decEntity);
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : match;
  });
}

function percentDecode(text: string): string {
  let decoded = text;
  // Bounded: a key encoded twice (%255F) is decoded twice; more is not a disguise but noise.
  for (let round = 0; round < 3; round++) {
    const next = decoded.replace(PERCENT, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (next === decoded) break;
    decoded = next;
  }
  return decoded;
}

/** Each base64 run that could hold `sk_car_`, decoded at every alignment. */
function base64Decodings(text: string): string[] {
  const decoded: string[] = [];
  for (const [run] of text.matchAll(BASE64_RUN)) {
    for (let offset = 0; offset < 4; offset++) decoded.push(fromBase64(run.slice(offset)));
  }
  return decoded;
}

const BASE64_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/**
 * Base64 (either alphabet) to one character per byte, stopping at the first character of neither. Written
 * out rather than `Buffer` or `atob`: the library is type-checked in apps that declare neither.
 */
function fromBase64(run: string): string {
  let bits = 0;
  let count = 0;
  let bytes = "";
  for (const c of run) {
    const digit = c === "-" ? 62 : c === "_" ? 63 : BASE64_DIGITS.indexOf(c);
    if (digit < 0) break;
    bits = ((bits << 6) | digit) & 0xffffff;
    count += 6;
    if (count >= 8) {
      count -= 8;
      bytes += String.fromCharCode((bits >> count) & 0xff);
    }
  }
  return bytes;
}

/** The text as it is, then with each disguise taken off in turn: what a reader, a URL parser or terraform would make of it. */
function views(text: string, nested = false): View[] {
  const all: View[] = [{ text }];
  if (!MAY_DISGUISE.test(text) || WHOLE_TOKEN.test(text)) return all;
  let current = text;
  const add = (disguise: KeyDisguise, next: string) => {
    if (next === current) return;
    current = next;
    all.push({ text: next, disguise });
  };
  add("behind invisible characters", current.replace(INVISIBLE, ""));
  if (current.includes("\\") || current.includes("&#")) add("written with escape sequences", unescape(current));
  if (current.includes("%")) add("percent-encoded", percentDecode(current));
  if (current.includes("${") || current.includes("%{")) {
    const joined = templateLiteralPieces(current);
    all.push({ text: joined.joined, disguise: "split across an expression" });
    for (const pieces of joined.expressions) all.push({ text: pieces.join("\u0001"), disguise: "split across an expression" });
  }
  if (!nested && BASE64_MARKERS.test(current)) {
    for (const decoded of base64Decodings(current)) for (const view of views(decoded, true)) all.push({ text: view.text, disguise: "base64-encoded" });
  }
  return all;
}

/**
 * The first thing in a text that looks like a Cartesia key, seen through every disguise: invisible or
 * format characters inside it, escape sequences, percent-encoding, a split across the string literals of
 * one Terraform expression (`join`, `format`), base64. The one detector of the library and every command.
 */
export function findKeyLike(text: string): FoundKey | undefined {
  return findKey(text, KEY_LIKE_PATTERN);
}

/** Like `findKeyLike`, for something shaped like a real key (`KEY_SHAPED_PATTERN`): never prose such as "sk_car_admin_...". */
export function findKeyShaped(text: string): FoundKey | undefined {
  return findKey(text, KEY_SHAPED_PATTERN);
}

/** Whether a text holds anything that could be a Cartesia key, disguised or not. */
export function containsKeyLike(text: string): boolean {
  return findKeyLike(text) !== undefined;
}

/** Every key-shaped run in a text, seen through every disguise: what a leak scan reports. */
export function keyShapedIn(text: string): string[] {
  const found = new Set<string>();
  for (const view of views(text)) {
    for (const match of view.text.match(EVERYWHERE.get(KEY_SHAPED_PATTERN)!) ?? []) found.add(match);
    const split = splitKey(view);
    if (split !== undefined) found.add(split);
  }
  return [...found];
}

function findKey(text: string, pattern: RegExp): FoundKey | undefined {
  let best: FoundKey | undefined;
  // The longest: a key cut by an invisible character also shows, plainly, as its first few characters.
  for (const view of views(text)) {
    const found = findIn(view, pattern);
    if (found && (best === undefined || found.key.length > best.key.length)) best = found;
  }
  return best;
}

function findIn(view: View, pattern: RegExp, ignore?: string): FoundKey | undefined {
  const key = (view.text.match(EVERYWHERE.get(pattern)!) ?? []).find((m) => m !== ignore);
  if (key !== undefined) return { key, disguise: view.disguise };
  const split = splitKey(view);
  return split === undefined ? undefined : { key: split, disguise: view.disguise };
}

/** A key cut into the literals of one expression and glued with separators, letters only. */
function splitKey(view: View): string | undefined {
  if (view.disguise !== "split across an expression" || !view.text.includes("\u0001")) return undefined;
  return SPLIT_KEY.exec(view.text)?.[0].replaceAll("\u0001", "");
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

/** A found key for a message: masked, and how it was hidden. */
export function describeFoundKey(found: FoundKey): string {
  return found.disguise === undefined ? maskSecret(found.key) : `${maskSecret(found.key)}, ${found.disguise}`;
}

const KEY_LIKE_EVERYWHERE = EVERYWHERE.get(KEY_LIKE_PATTERN)!;
/**
 * What is masked whole when it hides a key: a run without ASCII spaces or quotes, `${...}` expressions in it
 * taken whole (one level of nested braces), spaces and quotes inside them included.
 */
const UNIT = /(?:\$\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|[^ \t\n\r\f\v"'`$]|\$)+/g;

/** Secrets shorter than this are not searched for: they would mask ordinary words. */
const MIN_SECRET_LENGTH = 4;

/**
 * Masks, in a text, every value of `secrets` (an API key, an OAuth secret, an access token read from the
 * environment, whatever it looks like) and every key-like run. A run or expression that hides one behind a
 * disguise is masked whole. The bare admin prefix is prose, not a key, so it stays: redacting a redacted
 * text changes nothing.
 */
export function redactKeys(text: string, secrets: Iterable<string> = []): string {
  let result = text;
  // Longest first, so a secret that contains another is masked whole.
  const searched = [...new Set(secrets)].filter((s) => s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  for (const secret of searched) result = result.split(secret).join(maskSecret(secret));
  // Disguised ones first: masking the plain start of a key cut by an invisible character would leave its rest.
  if (MAY_DISGUISE.test(result)) result = result.replace(UNIT, (unit) => (hidesSecret(unit, searched) ? maskSecret(unit) : unit));
  return result.replace(KEY_LIKE_EVERYWHERE, (match) => (match === ADMIN_KEY_PREFIX ? match : maskSecret(match)));
}

function hidesSecret(unit: string, secrets: readonly string[]): boolean {
  if (!MAY_DISGUISE.test(unit)) return false;
  return views(unit)
    .slice(1)
    .some((view) => findIn(view, KEY_LIKE_PATTERN, ADMIN_KEY_PREFIX) !== undefined || secrets.some((s) => view.text.includes(s)));
}
