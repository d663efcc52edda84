import type { CtyType } from "./schema-types";

/** A type for messages: `string`, `map of string`, `list of object`. */
export function describeType(type: CtyType): string {
  if (typeof type === "string") return type;
  switch (type[0]) {
    case "list":
    case "set":
    case "map":
      return `${type[0]} of ${describeType(type[1])}`;
    case "object":
      return "object";
    case "tuple":
      return "tuple";
  }
}

/**
 * Parses a variable's type constraint (`string`, `list(string)`, `map(number)`, `any`) into a cty
 * type; `any` becomes `dynamic`. Returns undefined for forms it does not read (`object({...})`,
 * `tuple([...])`, `optional(...)`), so defaults of those types are simply not checked.
 */
export function parseTypeConstraint(text: string): CtyType | undefined {
  const trimmed = text
    .trim()
    .replace(/^\$\{(.*)\}$/s, "$1")
    .trim();
  if (trimmed === "string" || trimmed === "number" || trimmed === "bool") return trimmed;
  if (trimmed === "any") return "dynamic";
  const collection = /^(list|set|map)\s*\((.*)\)$/s.exec(trimmed);
  if (collection) {
    const element = parseTypeConstraint(collection[2]);
    const kind = collection[1] as "list" | "set" | "map";
    return element === undefined ? undefined : [kind, element];
  }
  return undefined;
}
