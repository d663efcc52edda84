/** JSON as the Genesys provider's Go code handles it: json.Marshal's text, and util.EquivalentJsons. */
import { asMarshalled, equivalentJsons, goMarshal } from "../../../tools/schema-provider/go-json";

test("goMarshal writes what Go's json.Marshal writes for an unmarshalled value", () => {
  expect(goMarshal({ b: [1, 2.5, null, true], a: { d: "x", c: -0 } })).toBe('{"a":{"c":-0,"d":"x"},"b":[1,2.5,null,true]}');
  expect(goMarshal([1e21, 1e-7, 123456789012345680000, 0.000001])).toBe("[1e+21,1e-7,123456789012345680000,0.000001]");
  expect(goMarshal("<a href='x'>&\u2028\u2029\b\f\n\r\t\u0001\"\\é")).toBe('"\\u003ca href=\'x\'\\u003e\\u0026\\u2028\\u2029\\b\\f\\n\\r\\t\\u0001\\"\\\\é"');
  // Keys sorted as Go sorts strings, by their UTF-8 bytes: U+FB01 before U+1F600, unlike UTF-16 order.
  expect(goMarshal({ "\u{1F600}": 1, "\uFB01": 2, Z: 3, a: 4 })).toBe('{"Z":3,"a":4,"\uFB01":2,"\u{1F600}":1}');
});

test("asMarshalled rewrites JSON text and leaves anything else as it is", () => {
  expect(asMarshalled('{ "b": 1,\n "a": [ ] }')).toBe('{"a":[],"b":1}');
  expect(asMarshalled("{not json")).toBe("{not json");
});

test("equivalentJsons is one-sided: nulls leave the incoming (configuration) side only, through objects and a top-level array", () => {
  expect(equivalentJsons('{"a":1}', '{"a":1,"b":null}')).toBe(true);
  expect(equivalentJsons('{"a":1,"b":null}', '{"a":1}')).toBe(false);
  expect(equivalentJsons('[{"a":1}]', '[{"a":1,"b":null}]')).toBe(true);
  expect(equivalentJsons('{"l":[{"a":1}]}', '{"l":[{"a":1,"b":null}]}')).toBe(false);
  expect(equivalentJsons("[1]", "[1,null]")).toBe(false);
  expect(equivalentJsons('{"n":8000}', '{"n":8000.0}')).toBe(true);
  expect(equivalentJsons("", "")).toBe(true);
  expect(equivalentJsons("", "{}")).toBe(false);
});
