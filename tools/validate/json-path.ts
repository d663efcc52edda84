import { isJsonObject, type JsonPath } from "../shared/json-path";

// Paths, objects and own members are the commands' shared reading of JSON.
export { formatPath, isJsonObject, own, type JsonPath } from "../shared/json-path";

/** cdktf writes `"//"` metadata keys into blocks; Terraform reads them as comments. */
export const COMMENT_KEY = "//";

/** An object's entries without `"//"` comment keys. */
export function entriesOf(value: Record<string, unknown>): [string, unknown][] {
  return Object.entries(value).filter(([key]) => key !== COMMENT_KEY);
}

/** A JSON value, named for a message: `string "yes"`, `number 8000`, `bool true`, `object`, `list of 2`. */
export function describeJson(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === "number") return `number ${value}`;
  if (typeof value === "boolean") return `bool ${value}`;
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return "an object";
}

/** Visits every string value in a JSON document with its path, skipping `"//"` comments. */
export function walkStrings(value: unknown, path: JsonPath, visit: (value: string, path: JsonPath) => void): void {
  if (typeof value === "string") visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => walkStrings(item, [...path, i], visit));
  else if (isJsonObject(value)) {
    for (const [key, item] of Object.entries(value)) if (key !== COMMENT_KEY) walkStrings(item, [...path, key], visit);
  }
}
