import { describeType } from "./cty-types";
import { hasTemplate } from "./expressions";
import { describeJson, entriesOf, isJsonObject, type JsonPath } from "./json-path";
import { problem, type ValidationProblem } from "./report";
import type { CtyType } from "./schema-types";

/** Terraform's number syntax for strings it converts to numbers (no spaces, no hex). */
const NUMBER_STRING = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Strings Terraform converts to bools. */
const BOOL_STRINGS = ["true", "false", "1", "0"];

/**
 * Checks a JSON value against an attribute's cty type, with Terraform's automatic conversions:
 * numbers and bools become strings, numeric strings become numbers, "true"/"false"/"1"/"0" become
 * bools. A string holding a template (`${...}`) is an expression: any type, checked when terraform plans.
 * `null` means "not set" and is left to the required-attribute check.
 */
export function checkValue(value: unknown, type: CtyType, path: JsonPath): ValidationProblem[] {
  if (value === null || type === "dynamic") return [];
  if (typeof value === "string" && hasTemplate(value)) return [];
  if (typeof type === "string") return convertsToPrimitive(value, type) ? [] : [wrongType(path, type, value)];
  switch (type[0]) {
    case "list":
    case "set": {
      if (!Array.isArray(value)) return [wrongType(path, type, value)];
      const element = type[1];
      return value.flatMap((item, index) => checkValue(item, element, [...path, index]));
    }
    case "map": {
      if (!isJsonObject(value)) return [wrongType(path, type, value)];
      const element = type[1];
      return entriesOf(value).flatMap(([key, item]) => checkValue(item, element, [...path, key]));
    }
    case "object":
      return isJsonObject(value) ? objectProblems(value, type, path) : [wrongType(path, type, value)];
    case "tuple": {
      const elements = type[1];
      if (!Array.isArray(value) || value.length !== elements.length) {
        return [problem(path, `wrong type: expected a tuple of ${elements.length}, got ${describeJson(value)}`)];
      }
      return value.flatMap((item, index) => checkValue(item, elements[index], [...path, index]));
    }
  }
}

function convertsToPrimitive(value: unknown, type: "string" | "number" | "bool"): boolean {
  switch (type) {
    case "string":
      return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
    case "number":
      return (typeof value === "number" && Number.isFinite(value)) || (typeof value === "string" && NUMBER_STRING.test(value));
    case "bool":
      return typeof value === "boolean" || (typeof value === "string" && BOOL_STRINGS.includes(value));
  }
}

function objectProblems(value: Record<string, unknown>, type: CtyType & readonly ["object", ...unknown[]], path: JsonPath): ValidationProblem[] {
  const attributes = type[1] as Readonly<Record<string, CtyType>>;
  const optional = new Set(Array.isArray(type[2]) ? (type[2] as string[]) : []);
  const problems: ValidationProblem[] = [];
  for (const [key, item] of entriesOf(value)) {
    const attributeType = Object.hasOwn(attributes, key) ? attributes[key] : undefined;
    if (attributeType === undefined) problems.push(problem([...path, key], `unknown attribute "${key}" in this object`));
    else problems.push(...checkValue(item, attributeType, [...path, key]));
  }
  for (const name of Object.keys(attributes)) {
    if (!Object.hasOwn(value, name) && !optional.has(name)) problems.push(problem(path, `missing attribute "${name}" in this object`));
  }
  return problems;
}

function wrongType(path: JsonPath, type: CtyType, value: unknown): ValidationProblem {
  return problem(path, `wrong type: expected ${describeType(type)}, got ${describeJson(value)}`);
}
