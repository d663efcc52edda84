/**
 * Values of Terraform's type system (cty) as the schema provider holds them: JSON-like data, with one
 * extra value, `UNKNOWN`, for what is decided only at apply. Lists, sets and tuples are arrays; maps
 * and objects are plain objects; a value of the `dynamic` type carries its concrete type with it.
 */
import type { CtyType } from "../validate/schema-types";

export type { CtyType };

/** The value Terraform knows only after apply. */
export const UNKNOWN: unique symbol = Symbol("unknown");

/** A value of `dynamic` type: its concrete type travels with it. A class, so no object value is mistaken for one. */
export class DynamicCtyValue {
  constructor(
    public readonly dynamicType: CtyType,
    public readonly value: CtyValue,
  ) {}
}

/** A cty value. */
export type CtyValue = null | typeof UNKNOWN | string | number | boolean | DynamicCtyValue | readonly CtyValue[] | { readonly [key: string]: CtyValue };

/** A plain object value (map or object). */
export type CtyObject = { readonly [key: string]: CtyValue };

/** Whether a value is a map or object value (not null, unknown, an array or a dynamic wrapper). */
export function isObjectValue(value: CtyValue): value is CtyObject {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !isDynamic(value);
}

/** Whether a value is a `dynamic` wrapper. */
export function isDynamic(value: CtyValue): value is DynamicCtyValue {
  return value instanceof DynamicCtyValue;
}

/** Whether a value holds no unknown anywhere. */
export function isWhollyKnown(value: CtyValue): boolean {
  if (value === UNKNOWN) return false;
  if (value === null || typeof value !== "object") return true;
  if (Array.isArray(value)) return value.every(isWhollyKnown);
  if (isDynamic(value)) return isWhollyKnown(value.value);
  return Object.values(value).every(isWhollyKnown);
}

/** Structural equality; `UNKNOWN` equals only itself. */
export function ctyEqual(a: CtyValue, b: CtyValue): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (isDynamic(a) || isDynamic(b))
    return isDynamic(a) && isDynamic(b) && JSON.stringify(a.dynamicType) === JSON.stringify(b.dynamicType) && ctyEqual(a.value, b.value);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item: CtyValue, i) => ctyEqual(item, (b as readonly CtyValue[])[i]));
  }
  const ak = Object.keys(a);
  const bo = b as CtyObject;
  return ak.length === Object.keys(bo).length && ak.every((k) => k in bo && ctyEqual((a as CtyObject)[k], bo[k]));
}

/** Parses a type constraint from its JSON text; throws on anything that is not one. */
export function parseCtyType(json: unknown): CtyType {
  if (json === "string" || json === "number" || json === "bool" || json === "dynamic") return json;
  if (Array.isArray(json)) {
    const [kind, arg, optional] = json as unknown[];
    if ((kind === "list" || kind === "set" || kind === "map") && json.length === 2) return [kind, parseCtyType(arg)];
    if (kind === "tuple" && Array.isArray(arg)) return ["tuple", arg.map(parseCtyType)];
    if (kind === "object" && arg !== null && typeof arg === "object" && !Array.isArray(arg)) {
      const attrs = Object.fromEntries(Object.entries(arg).map(([k, t]) => [k, parseCtyType(t)]));
      return Array.isArray(optional) ? ["object", attrs, optional.map(String)] : ["object", attrs];
    }
  }
  throw new Error(`not a Terraform type: ${JSON.stringify(json)}`);
}
