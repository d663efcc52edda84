/**
 * `JSON.stringify(value, null, 2)`, written in pieces: the text of a review of thousands of connectors is
 * tens of megabytes, and held whole (then redacted and escaped whole, a copy each) it took most of a
 * gigabyte. Objects and arrays are opened member by member down to `depth`; below it each member is one
 * `JSON.stringify`. The pieces join to exactly the text `JSON.stringify` writes.
 */

/** How many levels are opened member by member: each connector of the review sits at the fourth. */
const STREAMED_LEVELS = 4;

/** A piece is handed out once it holds at least this many characters, always at the end of a line. */
const PIECE_CHARACTERS = 1 << 16;

/**
 * A list whose items are made as they are written, one at a time, so that a review of thousands of
 * connectors never holds all of their JSON objects at once. `JSON.stringify` writes it as the mapped list.
 */
export class JsonList<T> {
  constructor(
    readonly source: readonly T[],
    readonly map: (item: T) => unknown,
  ) {}

  toJSON(): unknown[] {
    return this.source.map(this.map);
  }
}

/**
 * The text of `value` as `JSON.stringify(value, null, 2)` writes it, then a newline, in pieces that each end
 * with a newline (so each can be printed, redacted and escaped on its own).
 */
export function* jsonPieces(value: unknown): Generator<string> {
  let piece = "";
  for (const text of members(value, "", STREAMED_LEVELS)) {
    piece += text;
    // The text just added says where the piece ends: asking the piece would flatten it every time.
    if (piece.length >= PIECE_CHARACTERS && text.endsWith("\n")) {
      yield piece;
      piece = "";
    }
  }
  yield `${piece}\n`;
}

/** The text of one value at an indentation, opened member by member while `levels` last. */
function* members(value: unknown, indent: string, levels: number): Generator<string> {
  if (value instanceof JsonList && levels > 0) {
    yield* listMembers(value, indent, levels);
    return;
  }
  const container = value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON !== "function";
  if (levels === 0 || !container) {
    yield indented(JSON.stringify(value, null, 2) ?? "null", indent);
    return;
  }
  const inner = `${indent}  `;
  const entries: [string | undefined, unknown][] = Array.isArray(value)
    ? value.map((item) => [undefined, item])
    : Object.entries(value).filter(([, item]) => stringifiable(item));
  if (entries.length === 0) {
    yield Array.isArray(value) ? "[]" : "{}";
    return;
  }
  yield Array.isArray(value) ? "[\n" : "{\n";
  for (const [i, [key, item]] of entries.entries()) {
    yield key === undefined ? inner : `${inner}${JSON.stringify(key)}: `;
    yield* members(stringifiable(item) ? item : null, inner, levels - 1);
    yield i < entries.length - 1 ? ",\n" : "\n";
  }
  yield `${indent}${Array.isArray(value) ? "]" : "}"}`;
}

/** A `JsonList`'s items, each made, written and dropped in turn. */
function* listMembers(list: JsonList<unknown>, indent: string, levels: number): Generator<string> {
  if (list.source.length === 0) {
    yield "[]";
    return;
  }
  const inner = `${indent}  `;
  yield "[\n";
  for (const [i, source] of list.source.entries()) {
    const item = list.map(source);
    yield inner;
    yield* members(stringifiable(item) ? item : null, inner, levels - 1);
    yield i < list.source.length - 1 ? ",\n" : "\n";
  }
  yield `${indent}]`;
}

/** What `JSON.stringify` keeps as an object member (an array item that is not becomes `null`). */
function stringifiable(value: unknown): boolean {
  return value !== undefined && typeof value !== "function" && typeof value !== "symbol";
}

/** A multi-line text indented as it sits inside its parent (its first line follows the parent's key). */
function indented(text: string, indent: string): string {
  return indent === "" || !text.includes("\n") ? text : text.replace(/\n/g, `\n${indent}`);
}
