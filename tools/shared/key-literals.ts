import { describeFoundKey, findKeyShaped, type FoundKey } from "../../lib/shared";
import { formatPath, isJsonObject, type JsonPath } from "./json-path";
import { quotedName } from "./text-escaping";

/** A key written in plain text into a `cdk.tf.json`: where, and what kind of place that is. */
export interface KeyLiteral {
  readonly path: JsonPath;
  readonly key: FoundKey;
  /** A variable's default, a local value, a name (an object key), or any other value. */
  readonly place: "default" | "local" | "name" | "value";
  /** The variable or local, for `default` and `local`. */
  readonly name?: string;
}

/**
 * Every key-shaped string in a document, names included, seen through every disguise (the library's
 * one detector): what terraform would read from cdk.tf.json in plain text. Iterative, so any depth is
 * walked; `"//"` metadata is walked too, since a construct path can hold a key.
 */
export function keyLiterals(document: unknown): KeyLiteral[] {
  const found: KeyLiteral[] = [];
  const pending: [unknown, JsonPath][] = [[document, []]];
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    if (typeof value === "string") {
      const key = findKeyShaped(value);
      if (key) found.push({ path, key, ...placeOf(path) });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => pending.push([item, [...path, i]]));
    } else if (isJsonObject(value)) {
      for (const [name, item] of Object.entries(value)) {
        const key = findKeyShaped(name);
        if (key) found.push({ path: [...path, name], key, place: "name" });
        pending.push([item, [...path, name]]);
      }
    }
  }
  return found.sort((a, b) => (formatPath(a.path) < formatPath(b.path) ? -1 : 1));
}

function placeOf(path: JsonPath): Pick<KeyLiteral, "place" | "name"> {
  if (path[0] === "variable" && path[2] === "default") return { place: "default", name: String(path[1]) };
  if (path[0] === "locals" && path.length >= 2) return { place: "local", name: String(path[1]) };
  return { place: "value" };
}

/** What is wrong with a key literal and what to do, in one sentence. */
export function describeKeyLiteral(literal: KeyLiteral): string {
  const key = describeFoundKey(literal.key);
  switch (literal.place) {
    case "default":
      return `variable ${quotedName(literal.name!)} has a default that holds what looks like a Cartesia API key (${key}), in plain text in cdk.tf.json; remove the default and set TF_VAR_${literal.name} at deploy time`;
    case "local":
      return `local value ${quotedName(literal.name!)} holds what looks like a Cartesia API key (${key}), in plain text in cdk.tf.json; read the key from a sensitive variable set at deploy time instead`;
    case "name":
      return `a name holds what looks like a Cartesia API key (${key}), in plain text in cdk.tf.json; rename it`;
    default:
      return `holds what looks like a Cartesia API key (${key}), in plain text in cdk.tf.json; pass the key with a sensitive variable (CartesiaApiKey.fromVariable) set at deploy time`;
  }
}
