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

test("documents nested 100,000 levels deep compare without overflowing the stack", () => {
  const deep = (leaf: unknown) => {
    let value: unknown = leaf;
    for (let i = 0; i < 100_000; i++) value = i % 2 === 0 ? { a: value } : [value];
    return value;
  };
  expect(jsonEqual(deep(1), deep(1))).toBe(true);
  expect(jsonEqual(deep(1), deep(2))).toBe(false);
  // The outermost value is a list, compared whole (never print it: a failure would show all 100,000 levels).
  const found = jsonDifferences(deep(1), deep(2)).map((d) => [d.path, Array.isArray(d.left), Array.isArray(d.right)]);
  expect(found).toEqual([["", true, true]]);
  const objects = (leaf: unknown) => {
    let value: unknown = leaf;
    for (let i = 0; i < 100_000; i++) value = { a: value };
    return value;
  };
  const differences = jsonDifferences(objects(1), objects(2)).map((d) => [d.path.length, d.left, d.right]);
  expect(differences).toEqual([[100_000 * 2 - 1, 1, 2]]);
});

test("a key named after Object.prototype is compared as the member it is, or its absence", () => {
  const left = JSON.parse('{"constructor": 1, "__proto__": {"x": 1}, "toString": 2}');
  expect(jsonDifferences(left, {})).toEqual([
    { path: "__proto__", left: { x: 1 }, right: undefined },
    { path: "constructor", left: 1, right: undefined },
    { path: "toString", left: 2, right: undefined },
  ]);
  expect(jsonEqual(left, JSON.parse('{"constructor": 1, "__proto__": {"x": 1}, "toString": 2}'))).toBe(true);
  expect(jsonEqual({ a: 1 }, JSON.parse('{"__proto__": 1}'))).toBe(false);
});
