/** The review's JSON, written in pieces: exactly the text `JSON.stringify(value, null, 2)` writes, in lines. */
import fc from "fast-check";
import { jsonPieces } from "../../../tools/review/json-pieces";

const text = (value: unknown) => [...jsonPieces(value)].join("");

test("any JSON value, and objects with undefined members: the same text, each piece ending a line", () => {
  const value = fc.oneof(
    fc.jsonValue({ maxDepth: 6 }),
    fc.dictionary(fc.string(), fc.oneof(fc.constant(undefined), fc.array(fc.oneof(fc.constant(undefined), fc.integer())), fc.jsonValue({ maxDepth: 4 }))),
  );
  fc.assert(
    fc.property(value, (v) => {
      expect(text(v)).toBe(`${JSON.stringify(v, null, 2)}\n`);
      for (const piece of jsonPieces(v)) expect(piece.endsWith("\n")).toBe(true);
    }),
    { numRuns: 1000, seed: 22 },
  );
});

test("a review-sized document comes in pieces of about a megabyte, never one text", () => {
  const document = { tool: "x", stacks: [{ name: "s", connectors: Array.from({ length: 5000 }, (_, i) => ({ i, text: "t".repeat(400) })) }] };
  const pieces = [...jsonPieces(document)];
  expect(pieces.join("")).toBe(`${JSON.stringify(document, null, 2)}\n`);
  expect(pieces.length).toBe(3);
  expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(1.1 * 2 ** 20);
});
