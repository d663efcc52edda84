import { decode, encode, ExtData } from "@msgpack/msgpack";
import { decodeJson, decodeMsgpack, encodeMsgpack, fromJsonValue } from "../../../tools/schema-provider/cty-codec";
import { type CtyType, type CtyValue, DynamicCtyValue, UNKNOWN } from "../../../tools/schema-provider/cty-value";

const CREDENTIAL: CtyType = ["object", { id: "string", name: "string", fields: ["map", "string"], credential_type_name: "string" }];
const INTEGRATION: CtyType = [
  "object",
  { id: "string", intended_state: "string", config: ["list", ["object", { name: "string", properties: "string", credentials: ["map", "string"] }]] },
];

test("an unknown value is written as Terraform writes it: fixext1, extension 0, one zero byte", () => {
  expect([...encodeMsgpack(UNKNOWN, "string")]).toEqual([0xd4, 0x00, 0x00]);
});

test("any extension reads as unknown: 0 (plain) and 12 (refined, whose refinements are ignored)", () => {
  expect(decodeMsgpack(encode(new ExtData(0, new Uint8Array([0]))), "string")).toBe(UNKNOWN);
  expect(decodeMsgpack(encode(new ExtData(12, encode({ 1: false }))), "string")).toBe(UNKNOWN);
  expect(decodeMsgpack(encode({ id: new ExtData(0, new Uint8Array([0])), name: "x" }), CREDENTIAL)).toEqual({
    id: UNKNOWN,
    name: "x",
    fields: null,
    credential_type_name: null,
  });
});

test("an object is written with every attribute of its type, absent ones as nil, and nothing else", () => {
  const bytes = encodeMsgpack({ name: "Cartesia", stray: "dropped" }, CREDENTIAL);
  expect(decode(bytes)).toEqual({ id: null, name: "Cartesia", fields: null, credential_type_name: null });
});

test("nested blocks, maps, unknowns and nulls survive a round trip", () => {
  const value: CtyValue = {
    id: UNKNOWN,
    intended_state: "ENABLED",
    config: [{ name: "Cartesia", properties: '{"a":1}', credentials: { basicAuth: UNKNOWN } }],
  };
  expect(decodeMsgpack(encodeMsgpack(value, INTEGRATION), INTEGRATION)).toEqual(value);
});

test("numbers: integers and floats round-trip; a number sent as a decimal string is read as a number", () => {
  expect(decodeMsgpack(encodeMsgpack(8000, "number"), "number")).toBe(8000);
  expect(decodeMsgpack(encodeMsgpack(0.5, "number"), "number")).toBe(0.5);
  expect(decodeMsgpack(encode("12345678901234567890"), "number")).toBe(Number("12345678901234567890"));
});

test("a dynamic value carries its type: [type JSON as bytes, value]", () => {
  const wire = decode(encodeMsgpack(new DynamicCtyValue(["list", "string"], ["a"]), "dynamic")) as [Uint8Array, unknown];
  expect(Buffer.from(wire[0]).toString("utf8")).toBe('["list","string"]');
  expect(wire[1]).toEqual(["a"]);
  expect(decodeMsgpack(encodeMsgpack(new DynamicCtyValue(["list", "string"], ["a"]), "dynamic"), "dynamic")).toEqual(
    new DynamicCtyValue(["list", "string"], ["a"]),
  );
  // A plain value put where the type is dynamic gets the type it has.
  expect(decodeMsgpack(encodeMsgpack({ a: 1 }, "dynamic"), "dynamic")).toEqual(new DynamicCtyValue(["object", { a: "number" }], { a: 1 }));
});

test("JSON (stored state): a dynamic value is {type, value}; missing attributes are null", () => {
  expect(decodeJson(Buffer.from('{"type":"string","value":"x"}'), "dynamic")).toEqual(new DynamicCtyValue("string", "x"));
  expect(decodeJson(Buffer.from('{"name":"n"}'), CREDENTIAL)).toEqual({ id: null, name: "n", fields: null, credential_type_name: null });
});

test("a value that does not fit its type is refused, saying what was expected", () => {
  expect(() => fromJsonValue(8000, "string")).toThrow("expected a string, got a number");
  expect(() => fromJsonValue("x", ["map", "string"])).toThrow("expected a map, got a string");
  expect(() => decodeMsgpack(encode(["a"]), CREDENTIAL)).toThrow("expected an object, got an array");
});
