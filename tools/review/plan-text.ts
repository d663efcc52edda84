/**
 * A saved plan's bytes parsed as far as the review reads them. `terraform show -json` writes a plan's
 * values three times and more (`planned_values`, `prior_state`, each change's before and after); the
 * members the review never reads are checked to be JSON and skipped, never built, so a plan of thousands
 * of connectors costs the tree of what is read, not of the whole file. Whatever the bytes are, the answer
 * is the one `parseJson` gives for the whole text: the same value for what is read, or the same problem.
 */
import { firstTooDeep, MAX_JSON_DEPTH, type ParsedJson, parseJson } from "../shared/json-input";
import { formatPath } from "../shared/json-path";

/** The members of a plan that `readPlan` reads; the others are only checked. */
const READ_MEMBERS = new Set(["format_version", "terraform_version", "resource_changes", "resource_drift", "configuration", "errored"]);

/** Parses a plan's JSON from its bytes (UTF-8), building only the members the review reads. */
export function parsePlanBytes(bytes: Buffer, maxDepth = MAX_JSON_DEPTH): ParsedJson {
  const members = topLevelMembers(bytes);
  // Anything that is not an object of valid members: the whole text, for the same value or the same message.
  if (members === undefined) return parseJson(bytes.toString("utf8"), maxDepth);
  const value: Record<string, unknown> = {};
  for (const { key, start, end } of members) {
    const name = JSON.parse(bytes.toString("utf8", key.start, key.end)) as string;
    // A member read is parsed; one skipped stands as an empty value of its kind, which is all `readPlan` asks of it.
    const member = READ_MEMBERS.has(name) ? (JSON.parse(bytes.toString("utf8", start, end)) as unknown) : skipped(bytes[start]);
    Object.defineProperty(value, name, { value: member, enumerable: true, writable: true, configurable: true });
  }
  const deep = firstTooDeep(value, maxDepth);
  if (deep) return { problem: `nested more than ${maxDepth} levels deep (at ${formatPath(deep.slice(0, 6))}${deep.length > 6 ? "…" : ""})`, path: [] };
  return { value };
}

/** What stands for a member that is not read: its kind, without its content. */
function skipped(first: number): unknown {
  if (first === OPEN_OBJECT) return {};
  if (first === OPEN_ARRAY) return [];
  if (first === QUOTE) return "";
  return first === 0x74 ? true : first === 0x66 ? false : first === 0x6e ? null : 0;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;

/**
 * The spans of a top-level object's keys and values, when the bytes are one JSON object and nothing else;
 * undefined otherwise. Checks the whole grammar without building anything, with its own stack.
 */
function topLevelMembers(bytes: Buffer): { readonly key: Span; readonly start: number; readonly end: number }[] | undefined {
  let at = skipSpace(bytes, 0);
  if (bytes[at] !== OPEN_OBJECT) return undefined;
  const members: { key: Span; start: number; end: number }[] = [];
  at = skipSpace(bytes, at + 1);
  if (bytes[at] === CLOSE_OBJECT) return skipSpace(bytes, at + 1) === bytes.length ? members : undefined;
  for (;;) {
    const keyStart = at;
    const keyEnd = skipString(bytes, at);
    if (keyEnd < 0) return undefined;
    at = skipSpace(bytes, keyEnd);
    if (bytes[at] !== COLON) return undefined;
    const start = skipSpace(bytes, at + 1);
    const end = skipValue(bytes, start);
    if (end < 0) return undefined;
    members.push({ key: { start: keyStart, end: keyEnd }, start, end });
    at = skipSpace(bytes, end);
    if (bytes[at] === COMMA) {
      at = skipSpace(bytes, at + 1);
      continue;
    }
    if (bytes[at] !== CLOSE_OBJECT) return undefined;
    return skipSpace(bytes, at + 1) === bytes.length ? members : undefined;
  }
}

function skipSpace(bytes: Buffer, at: number): number {
  while (at < bytes.length) {
    const c = bytes[at];
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    at++;
  }
  return at;
}

/** The end of the JSON value at `at`, or -1 when there is none. Containers are followed with a stack of their kinds. */
function skipValue(bytes: Buffer, at: number): number {
  const open: number[] = [];
  for (;;) {
    at = skipSpace(bytes, at);
    const c = bytes[at];
    let end: number;
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      const next = skipSpace(bytes, at + 1);
      const close = c === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY;
      if (bytes[next] === close) {
        end = next + 1;
      } else {
        open.push(c);
        at = next;
        if (c === OPEN_OBJECT) {
          at = objectKey(bytes, at);
          if (at < 0) return -1;
        }
        continue;
      }
    } else if (c === QUOTE) {
      end = skipString(bytes, at);
    } else {
      end = skipScalar(bytes, at);
    }
    if (end < 0) return -1;
    // After a value: close what it ends, or go on to the next member.
    at = end;
    for (;;) {
      if (open.length === 0) return at;
      at = skipSpace(bytes, at);
      const inObject = open[open.length - 1] === OPEN_OBJECT;
      if (bytes[at] === COMMA) {
        at = skipSpace(bytes, at + 1);
        if (inObject) {
          at = objectKey(bytes, at);
          if (at < 0) return -1;
        }
        break;
      }
      if (bytes[at] !== (inObject ? CLOSE_OBJECT : CLOSE_ARRAY)) return -1;
      open.pop();
      at++;
    }
  }
}

/** A member's key and colon at `at`: where its value starts, or -1. */
function objectKey(bytes: Buffer, at: number): number {
  const end = skipString(bytes, at);
  if (end < 0) return -1;
  const colon = skipSpace(bytes, end);
  return bytes[colon] === COLON ? colon + 1 : -1;
}

/** The end of the string at `at` (after its closing quote), or -1: escapes as JSON allows them, no raw control character. */
function skipString(bytes: Buffer, at: number): number {
  if (bytes[at] !== QUOTE) return -1;
  at++;
  while (at < bytes.length) {
    const c = bytes[at];
    if (c === QUOTE) return at + 1;
    if (c < 0x20) return -1;
    if (c === BACKSLASH) {
      const e = bytes[at + 1];
      if (e === 0x75) {
        for (let i = 2; i < 6; i++) if (!isHex(bytes[at + i])) return -1;
        at += 6;
        continue;
      }
      // " \ / b f n r t
      if (e !== QUOTE && e !== BACKSLASH && e !== 0x2f && e !== 0x62 && e !== 0x66 && e !== 0x6e && e !== 0x72 && e !== 0x74) return -1;
      at += 2;
      continue;
    }
    at++;
  }
  return -1;
}

function isHex(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));
}

const WORDS = ["true", "false", "null"].map((word) => [...word].map((c) => c.charCodeAt(0)));

/** The end of `true`, `false`, `null` or a number at `at`, or -1. */
function skipScalar(bytes: Buffer, at: number): number {
  for (const word of WORDS) {
    if (word.every((c, i) => bytes[at + i] === c)) return at + word.length;
  }
  let i = at;
  if (bytes[i] === 0x2d) i++;
  if (bytes[i] === 0x30) i++;
  else if (isDigit(bytes[i])) while (isDigit(bytes[i])) i++;
  else return -1;
  if (bytes[i] === 0x2e) {
    i++;
    if (!isDigit(bytes[i])) return -1;
    while (isDigit(bytes[i])) i++;
  }
  if (bytes[i] === 0x65 || bytes[i] === 0x45) {
    i++;
    if (bytes[i] === 0x2b || bytes[i] === 0x2d) i++;
    if (!isDigit(bytes[i])) return -1;
    while (isDigit(bytes[i])) i++;
  }
  return i;
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x39;
}
