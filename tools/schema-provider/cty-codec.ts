/**
 * Terraform's wire encodings of cty values, driven by the value's type as the schema gives it:
 * msgpack (what Terraform sends and expects back) and JSON (stored state handed to
 * UpgradeResourceState). An unknown value is a msgpack extension; Terraform's own encoder writes
 * extension 0 with a one-byte payload, and so do we. Any extension read is unknown (12 carries
 * refinements we may ignore).
 */
import { decode, encode, ExtData, ExtensionCodec } from "@msgpack/msgpack";
import { type CtyType, type CtyValue, DynamicCtyValue, parseCtyType, UNKNOWN } from "./cty-value";

const UNKNOWN_EXTENSION = 0;
const REFINED_UNKNOWN_EXTENSION = 12;

const extensions = new ExtensionCodec();
for (const type of [UNKNOWN_EXTENSION, REFINED_UNKNOWN_EXTENSION]) {
  extensions.register({ type, encode: () => null, decode: () => UNKNOWN });
}

/** Decodes msgpack bytes as a value of `type`. Throws when the bytes do not fit the type. */
export function decodeMsgpack(bytes: Uint8Array, type: CtyType): CtyValue {
  return shape(decode(bytes, { extensionCodec: extensions }), type, "msgpack");
}

/** Decodes a JSON-encoded value of `type` (as in stored state). */
export function decodeJson(bytes: Uint8Array, type: CtyType): CtyValue {
  return fromJsonValue(JSON.parse(Buffer.from(bytes).toString("utf8")) as unknown, type);
}

/** A parsed JSON value (Terraform's JSON encoding) as a value of `type`; throws when it does not fit. */
export function fromJsonValue(json: unknown, type: CtyType): CtyValue {
  return shape(json, type, "json");
}

/** Encodes a value of `type` as msgpack. An object type gets every attribute it declares, absent ones as null. */
export function encodeMsgpack(value: CtyValue, type: CtyType): Uint8Array {
  return encode(toWire(value, type), { extensionCodec: extensions });
}

function shape(raw: unknown, type: CtyType, format: "msgpack" | "json"): CtyValue {
  if (raw === null || raw === undefined) return null;
  if (raw === UNKNOWN || raw instanceof ExtData) return UNKNOWN;
  if (type === "dynamic") {
    if (format === "msgpack") {
      const [typeJson, inner] = expectArray(raw, "a dynamic value ([type, value])");
      if (!(typeJson instanceof Uint8Array)) throw new Error("a dynamic value's type must be bytes");
      const concrete = parseCtyType(JSON.parse(Buffer.from(typeJson).toString("utf8")));
      return new DynamicCtyValue(concrete, shape(inner, concrete, format));
    }
    const { type: concreteJson, value } = expectObject(raw, "a dynamic value ({type, value})");
    const concrete = parseCtyType(concreteJson);
    return new DynamicCtyValue(concrete, shape(value, concrete, format));
  }
  if (type === "string") return expectPrimitive(raw, "string");
  if (type === "bool") return expectPrimitive(raw, "boolean");
  if (type === "number") {
    // Numbers too large for a float64 arrive as decimal strings.
    if (typeof raw === "string" && raw.trim() !== "" && !Number.isNaN(Number(raw))) return Number(raw);
    if (typeof raw === "bigint") return Number(raw);
    return expectPrimitive(raw, "number");
  }
  switch (type[0]) {
    case "list":
    case "set":
      return expectArray(raw, `a ${type[0]}`).map((item) => shape(item, type[1], format));
    case "tuple":
      return expectArray(raw, "a tuple").map((item, i) => shape(item, type[1][i] ?? "dynamic", format));
    case "map":
      return Object.fromEntries(Object.entries(expectObject(raw, "a map")).map(([k, v]) => [k, shape(v, type[1], format)]));
    case "object": {
      const attrs = type[1];
      const given = expectObject(raw, "an object");
      return Object.fromEntries(Object.entries(attrs).map(([k, t]) => [k, shape(given[k], t, format)]));
    }
  }
}

function toWire(value: CtyValue, type: CtyType): unknown {
  if (value === null) return null;
  if (value === UNKNOWN) return new ExtData(UNKNOWN_EXTENSION, new Uint8Array([0]));
  if (type === "dynamic") {
    const dynamic = value instanceof DynamicCtyValue ? value : new DynamicCtyValue(inferType(value), value);
    return [new TextEncoder().encode(JSON.stringify(dynamic.dynamicType)), toWire(dynamic.value, dynamic.dynamicType)];
  }
  if (typeof type === "string") return value;
  switch (type[0]) {
    case "list":
    case "set":
      return (value as readonly CtyValue[]).map((item) => toWire(item, type[1]));
    case "tuple":
      return (value as readonly CtyValue[]).map((item, i) => toWire(item, type[1][i] ?? "dynamic"));
    case "map":
      return Object.fromEntries(Object.entries(value as Record<string, CtyValue>).map(([k, v]) => [k, toWire(v, type[1])]));
    case "object": {
      const given = value as Record<string, CtyValue>;
      return Object.fromEntries(Object.entries(type[1]).map(([k, t]) => [k, toWire(given[k] ?? null, t)]));
    }
  }
}

/** The type of a plain value put where the schema says `dynamic`. */
function inferType(value: CtyValue): CtyType {
  if (value === null || value === UNKNOWN) return "dynamic";
  if (value instanceof DynamicCtyValue) return value.dynamicType;
  if (typeof value === "string") return "string";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "bool";
  if (Array.isArray(value)) return ["tuple", value.map(inferType)];
  return ["object", Object.fromEntries(Object.entries(value as Record<string, CtyValue>).map(([k, v]) => [k, inferType(v)]))];
}

function expectArray(raw: unknown, what: string): unknown[] {
  if (!Array.isArray(raw)) throw new Error(`expected ${what}, got ${kindOf(raw)}`);
  return raw;
}

function expectObject(raw: unknown, what: string): Record<string, unknown> {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw) || raw instanceof Uint8Array) throw new Error(`expected ${what}, got ${kindOf(raw)}`);
  return raw as Record<string, unknown>;
}

function expectPrimitive<T extends "string" | "boolean" | "number">(
  raw: unknown,
  kind: T,
): T extends "string" ? string : T extends "boolean" ? boolean : number {
  if (typeof raw !== kind) throw new Error(`expected a ${kind}, got ${kindOf(raw)}`);
  return raw as T extends "string" ? string : T extends "boolean" ? boolean : number;
}

function kindOf(raw: unknown): string {
  return Array.isArray(raw) ? "an array" : raw instanceof Uint8Array ? "bytes" : `a ${typeof raw}`;
}
