/** Values against cty types with Terraform's conversions, and nested blocks with their nesting modes. */
import { checkBlock } from "../../../tools/validate/block";
import { parseTypeConstraint } from "../../../tools/validate/cty-types";
import type { BlockSchema, CtyType } from "../../../tools/validate/schema-types";
import { checkValue } from "../../../tools/validate/value-types";

const messages = (value: unknown, type: CtyType) => checkValue(value, type, ["x"]).map((p) => `${p.path}: ${p.message}`);

describe("checkValue accepts what terraform converts", () => {
  test.each<[unknown, CtyType]>([
    ["text", "string"],
    [8000, "string"],
    [true, "string"],
    [8000, "number"],
    ["8000", "number"],
    ["-1.5e3", "number"],
    [false, "bool"],
    ["true", "bool"],
    ["1", "bool"],
    ["0", "bool"],
    [{ a: "b", "//": { metadata: 1 } }, ["map", "string"]],
    [
      ["a", "b"],
      ["set", "string"],
    ],
    [{ anything: [1, { deep: true }] }, "dynamic"],
    [null, "number"],
  ])("%j as %j", (value, type) => expect(messages(value, type)).toEqual([]));
});

describe("checkValue counts an expression as a value of any type", () => {
  test.each<CtyType>(["number", "bool", ["map", "string"], ["list", "number"], ["object", { a: "string" }]])("%j", (type) => {
    expect(messages("${var.anything}", type)).toEqual([]);
  });
  test("also inside collections", () => {
    expect(messages({ a: "${var.y}", b: "literal" }, ["map", "number"])).toEqual(['$.x.b: wrong type: expected number, got string "literal"']);
  });
});

describe("checkValue rejects what terraform cannot convert", () => {
  test.each<[unknown, CtyType, string]>([
    [{ a: 1 }, "string", "$.x: wrong type: expected string, got an object"],
    [["a"], "string", "$.x: wrong type: expected string, got a list of 1"],
    [" 8 ", "number", 'wrong type: expected number, got string " 8 "'],
    ["8 kHz", "number", 'wrong type: expected number, got string "8 kHz"'],
    ["TRUE", "bool", 'wrong type: expected bool, got string "TRUE"'],
    ["yes", "bool", 'wrong type: expected bool, got string "yes"'],
    ["a", ["list", "string"], 'wrong type: expected list of string, got string "a"'],
    [{ a: "b" }, ["set", "string"], "wrong type: expected set of string, got an object"],
    [["a"], ["map", "string"], "wrong type: expected map of string, got a list of 1"],
    [["a", 2], ["tuple", ["string"]], "wrong type: expected a tuple of 1, got a list of 2"],
  ])("%j as %j", (value, type, message) => {
    expect(messages(value, type)).toEqual([message.startsWith("$") ? message : `$.x: ${message}`]);
  });

  test("names the element at fault", () => {
    expect(messages({ ok: "1", bad: { nested: true } }, ["map", "string"])).toEqual(["$.x.bad: wrong type: expected string, got an object"]);
    expect(messages(["1", "two"], ["list", "number"])).toEqual(['$.x[1]: wrong type: expected number, got string "two"']);
  });

  test("checks object attributes, optional ones included", () => {
    const type: CtyType = ["object", { host: "string", port: "number" }, ["port"]];
    expect(messages({ host: "a" }, type)).toEqual([]);
    expect(messages({ port: 1 }, type)).toEqual(['$.x: missing attribute "host" in this object']);
    expect(messages({ host: "a", hots: "b" }, type)).toEqual(['$.x.hots: unknown attribute "hots" in this object']);
  });
});

describe("parseTypeConstraint", () => {
  test.each<[string, CtyType | undefined]>([
    ["string", "string"],
    ["any", "dynamic"],
    ["list(string)", ["list", "string"]],
    ["map(list(number))", ["map", ["list", "number"]]],
    ["object({ a = string })", undefined],
  ])("%s", (text, expected) => expect(parseTypeConstraint(text)).toEqual(expected));
});

describe("checkBlock: nesting modes and item limits", () => {
  const leaf: BlockSchema = { attributes: { name: { type: "string", required: true } } };
  const schema: BlockSchema = {
    attributes: { id: { type: "string", computed: true } },
    block_types: {
      one: { nesting_mode: "single", block: leaf },
      some: { nesting_mode: "list", block: leaf, min_items: 1, max_items: 2 },
      tagged: { nesting_mode: "map", block: leaf },
      many: { nesting_mode: "set", block: leaf },
    },
  };
  const check = (body: unknown) => checkBlock(body, schema, ["b"], { subject: "thing" }).map((p) => `${p.path}: ${p.message}`);

  test("accepts one block as an object or several as a list", () => {
    expect(check({ some: { name: "a" } })).toEqual([]);
    expect(check({ some: [{ name: "a" }, { name: "b" }], many: [{ name: "c" }], one: { name: "d" }, tagged: { x: { name: "e" } } })).toEqual([]);
  });

  test("reports a missing required block and too many items", () => {
    expect(check({})).toEqual(['$.b: missing required block "some" in thing']);
    expect(check({ some: [{ name: "a" }, { name: "b" }, { name: "c" }] })).toEqual(['$.b.some: too many "some" blocks in thing: at most 2 allowed, got 3']);
    expect(check({ some: [] })).toEqual(['$.b.some: too few "some" blocks in thing: at least 1 required, got 0']);
  });

  test("reports the wrong shape for each nesting mode", () => {
    expect(check({ some: { name: "a" }, one: [{ name: "a" }] })).toEqual(['$.b.one: wrong type: block "one" of thing takes one object, got a list of 1']);
    expect(check({ some: { name: "a" }, tagged: [] })).toEqual([
      '$.b.tagged: wrong type: block "tagged" of thing takes an object of labelled blocks, got a list of 0',
    ]);
    expect(check({ some: ["a"] })).toEqual(['$.b.some[0]: wrong type: block "some" of thing must be a block (an object), got string "a"']);
  });

  test("checks the blocks inside, with their paths", () => {
    expect(check({ some: [{ name: "a" }, {}], tagged: { x: { name: 1, extra: true } } })).toEqual([
      '$.b.some[1]: missing required attribute "name" in block "some" of thing',
      '$.b.tagged.x.extra: unknown attribute or block "extra" in block "tagged" of thing',
    ]);
  });

  test("ignores // comments and checks dynamic blocks against the block type", () => {
    expect(check({ "//": { metadata: {} }, some: { "//": "x", name: "a" } })).toEqual([]);
    expect(check({ some: { name: "a" }, dynamic: { many: { for_each: "${var.names}", content: { name: "${many.value}" } } } })).toEqual([]);
    expect(check({ some: { name: "a" }, dynamic: { mnay: { for_each: "${var.names}", content: {} } } })).toEqual([
      '$.b.dynamic.mnay: unknown block "mnay" in dynamic of thing; did you mean "many"?',
    ]);
  });
});
