import { jsonKind } from "../shared/document-shape";
import { formatPath, isJsonObject, type JsonPath } from "./json-path";

const PRIMITIVES = ["string", "number", "bool", "dynamic"];
const COLLECTIONS = ["list", "set", "map"];
const NESTING_MODES = ["single", "group", "list", "set", "map"];
const FLAGS = ["required", "optional", "computed", "sensitive", "deprecated"];

/**
 * What keeps a document from being a `terraform providers schema -json` the validator can read, with
 * JSON paths: every part it walks has the shape it walks (blocks, attributes, cty types, nesting modes),
 * so a hand-made or truncated schema is refused up front rather than failing on the first stack.
 */
export function schemaShapeProblems(schema: unknown): string[] {
  const problems: string[] = [];
  const fail = (path: JsonPath, expected: string, value: unknown) => problems.push(`${formatPath(path)}: expected ${expected}, got ${jsonKind(value)}`);
  const object = (value: unknown, path: JsonPath, expected: string): value is Record<string, unknown> => {
    if (isJsonObject(value)) return true;
    fail(path, expected, value);
    return false;
  };
  const eachOf = (value: unknown, path: JsonPath, expected: string, check: (item: unknown, at: JsonPath) => void) => {
    if (value === undefined || !object(value, path, expected)) return;
    for (const [key, item] of Object.entries(value)) check(item, [...path, key]);
  };

  const ctyType = (type: unknown, path: JsonPath): void => {
    if (typeof type === "string") {
      if (!PRIMITIVES.includes(type))
        problems.push(`${formatPath(path)}: unknown type ${JSON.stringify(type)}; expected one of ${PRIMITIVES.join(", ")} or a collection`);
      return;
    }
    if (!Array.isArray(type) || typeof type[0] !== "string") return void fail(path, 'a type such as "string" or ["list", "string"]', type);
    const [kind, inner] = type as [string, unknown];
    if (COLLECTIONS.includes(kind)) ctyType(inner, [...path, 1]);
    else if (kind === "object") eachOf(inner, [...path, 1], "an object of attribute types", ctyType);
    else if (kind === "tuple" && Array.isArray(inner)) inner.forEach((item, i) => ctyType(item, [...path, 1, i]));
    else if (kind === "tuple") fail([...path, 1], "a list of element types", inner);
    else problems.push(`${formatPath([...path, 0])}: unknown type kind ${JSON.stringify(kind)}; expected list, set, map, object or tuple`);
  };
  const attribute = (value: unknown, path: JsonPath) => {
    if (!object(value, path, "an attribute (an object)")) return;
    if (value.type !== undefined) ctyType(value.type, [...path, "type"]);
    else if (!isJsonObject(value.nested_type)) problems.push(`${formatPath([...path, "type"])}: missing; an attribute has a type (or a nested_type)`);
    for (const flag of FLAGS) if (value[flag] !== undefined && typeof value[flag] !== "boolean") fail([...path, flag], "a bool", value[flag]);
  };
  const block = (value: unknown, path: JsonPath): void => {
    if (!object(value, path, "a block (an object)")) return;
    eachOf(value.attributes, [...path, "attributes"], "an object of attributes", attribute);
    eachOf(value.block_types, [...path, "block_types"], "an object of nested block types", (nested, at) => {
      if (!object(nested, at, "a nested block type (an object)")) return;
      if (typeof nested.nesting_mode !== "string" || !NESTING_MODES.includes(nested.nesting_mode)) {
        problems.push(`${formatPath([...at, "nesting_mode"])}: expected one of ${NESTING_MODES.join(", ")}, got ${jsonKind(nested.nesting_mode)}`);
      }
      block(nested.block, [...at, "block"]);
      for (const limit of ["min_items", "max_items"]) {
        if (nested[limit] !== undefined && (typeof nested[limit] !== "number" || !Number.isInteger(nested[limit])))
          fail([...at, limit], "a whole number", nested[limit]);
      }
    });
  };
  const typeSchema = (value: unknown, path: JsonPath) => {
    if (object(value, path, "a schema (an object)") && value.block !== undefined) block(value.block, [...path, "block"]);
  };

  if (!object(schema, [], 'the output of "terraform providers schema -json" (an object with "provider_schemas")')) return problems;
  if (!isJsonObject(schema.provider_schemas))
    return [...problems, `${formatPath(["provider_schemas"])}: expected an object of provider schemas, got ${jsonKind(schema.provider_schemas)}`];
  for (const [address, provider] of Object.entries(schema.provider_schemas)) {
    const path = ["provider_schemas", address];
    if (!object(provider, path, "a provider schema (an object)")) continue;
    if (provider.provider !== undefined) typeSchema(provider.provider, [...path, "provider"]);
    eachOf(provider.resource_schemas, [...path, "resource_schemas"], "an object of resource schemas", typeSchema);
    eachOf(provider.data_source_schemas, [...path, "data_source_schemas"], "an object of data source schemas", typeSchema);
  }
  return problems;
}
