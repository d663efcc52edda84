import { formatPath, type JsonPath } from "./json-path";

/** Deeper than this, a document is not a cdk.tf.json, a provider schema or an answer of Cartesia's. */
export const MAX_JSON_DEPTH = 64;

/** A parse: the value, or what is wrong with the text, in words (and where, for nesting). */
export type ParsedJson = { readonly value: unknown } | { readonly problem: string; readonly path: JsonPath };

/**
 * Parses JSON read from a folder or a server. A syntax error is described by line and column, never by
 * an excerpt of the text (which could hold a key); nesting beyond `maxDepth` is refused, so no recursive
 * reader downstream meets a document deeper than its stack.
 */
export function parseJson(text: string, maxDepth = MAX_JSON_DEPTH): ParsedJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: `not valid JSON: ${syntaxError(text, error instanceof Error ? error.message : String(error))}`, path: [] };
  }
  const deep = firstTooDeep(value, maxDepth);
  if (deep) return { problem: `nested more than ${maxDepth} levels deep (at ${formatPath(deep.slice(0, 6))}${deep.length > 6 ? "…" : ""})`, path: [] };
  return { value };
}

/** V8's message without its excerpt of the text, with the line and column of the position it names. */
function syntaxError(text: string, message: string): string {
  // V8 quotes the text around the error: `Unexpected token 's', ..."k": sk_car_"... is not valid JSON`.
  const bare = message.replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, "").replace(/ (?:in JSON )?at position \d+.*$/s, "");
  const position = /at position (\d+)/.exec(message);
  const first = bare.charAt(0).toLowerCase() + bare.slice(1);
  if (!position) return first;
  const before = text.slice(0, Number(position[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `${first} at line ${line}, column ${column}`;
}

/**
 * The path of the first value nested deeper than `maxDepth`, found without recursion. Each open container
 * is one frame (its members and where its walk is), so a document of any width costs no copy of a path
 * per value: the path is spelled out only for the value that is too deep.
 */
export function firstTooDeep(root: unknown, maxDepth: number): JsonPath | undefined {
  if (root === null || typeof root !== "object") return undefined;
  if (maxDepth <= 0) return [];
  const frames: { readonly keys: readonly (string | number)[] | undefined; readonly value: object; next: number }[] = [];
  const open = (value: object) => frames.push({ value, keys: Array.isArray(value) ? undefined : Object.keys(value), next: 0 });
  open(root);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1];
    const size = frame.keys === undefined ? (frame.value as unknown[]).length : frame.keys.length;
    if (frame.next >= size) {
      frames.pop();
      continue;
    }
    const key = frame.keys === undefined ? frame.next : frame.keys[frame.next];
    frame.next++;
    const item = (frame.value as Record<string | number, unknown>)[key];
    if (item === null || typeof item !== "object") continue;
    if (frames.length >= maxDepth) return frames.map((f) => (f.keys === undefined ? f.next - 1 : f.keys[f.next - 1]));
    open(item);
  }
  return undefined;
}
