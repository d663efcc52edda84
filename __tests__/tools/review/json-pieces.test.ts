/** The review's JSON, written in pieces: exactly the text `JSON.stringify(value, null, 2)` writes, in lines. */
import fc from "fast-check";
import { JsonList, jsonPieces } from "../../../tools/review/json-pieces";

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

test("a review-sized document comes in pieces of about 64 KiB, never one text", () => {
  const document = { tool: "x", stacks: [{ name: "s", connectors: Array.from({ length: 5000 }, (_, i) => ({ i, text: "t".repeat(400) })) }] };
  const pieces = [...jsonPieces(document)];
  expect(pieces.join("")).toBe(`${JSON.stringify(document, null, 2)}\n`);
  expect(pieces.length).toBe(36);
  expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(2 ** 16 + 1000);
});

test("a JsonList's items are made as they are written, and JSON.stringify writes it as the mapped list", () => {
  let made = 0;
  const list = new JsonList(
    Array.from({ length: 1000 }, (_, i) => i),
    (i) => {
      made++;
      return { i, text: "t".repeat(400), skipped: undefined };
    },
  );
  const document = { a: 1, list, empty: new JsonList([], (x) => x), nested: { deep: { deeper: { deepest: list } } } };
  const pieces = jsonPieces(document);
  pieces.next();
  expect(made).toBeLessThan(200);
  made = 0;
  expect([...jsonPieces(document)].join("")).toBe(`${JSON.stringify(document, null, 2)}\n`);
  expect(made).toBe(4000);
});
