/** Config documents compared as Genesys and the provider compare them: parsed, key order aside. */
import { jsonDifferences, jsonEqual, showJson } from "../../../tools/shared/json-diff";

test('key order and 8000 vs 8000.0 make no difference; true is not "true"', () => {
  expect(jsonDifferences(JSON.parse('{"a":8000,"b":{"x":1,"y":2}}'), JSON.parse('{"b":{"y":2,"x":1},"a":8000.0}'))).toEqual([]);
  expect(jsonDifferences({ pci: true }, { pci: "true" })).toEqual([{ path: "pci", left: true, right: "true" }]);
});

test("objects are followed key by key; a side that lacks a key has undefined; arrays compare whole", () => {
  expect(jsonDifferences({ a: { b: 1, c: [1, 2] } }, { a: { c: [2, 1], d: null } }, { path: "advanced" })).toEqual([
    { path: "advanced.a.b", left: 1, right: undefined },
    { path: "advanced.a.c", left: [1, 2], right: [2, 1] },
    { path: "advanced.a.d", left: undefined, right: null },
  ]);
});

test("keys that are not identifiers are bracketed; skipped left values are not compared", () => {
  expect(jsonDifferences({ "X-Api-Key": 1, "a.b": 1 }, { "X-Api-Key": 2, "a.b": 2 })).toEqual([
    { path: "X-Api-Key", left: 1, right: 2 },
    { path: '["a.b"]', left: 1, right: 2 },
  ]);
  expect(jsonDifferences({ url: "${var.x}/tts" }, { url: "https://x/tts" }, { skip: (v) => typeof v === "string" && v.includes("${") })).toEqual([]);
});

test("jsonEqual and showJson", () => {
  expect(jsonEqual([{ a: 1 }], [{ a: 1 }])).toBe(true);
  expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  expect(showJson(undefined)).toBe("(absent)");
  expect(showJson({ a: "b" })).toBe('{"a":"b"}');
});
