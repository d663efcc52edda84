import { parseTypeConstraint } from "./cty-types";
import { NAME_PATTERN } from "./declarations";
import { describeJson, entriesOf, isJsonObject, type JsonPath } from "./json-path";
import { problem, type ValidationProblem } from "./report";
import { didYouMean } from "../../lib/shared";
import { checkValue } from "./value-types";

const VARIABLE_KEYS = ["type", "default", "description", "sensitive", "nullable", "validation", "ephemeral"];

/**
 * Checks the `variable` section: known keys only, a default that fits the declared type (for the
 * type forms `parseTypeConstraint` reads), and validation rules with a condition and an error message.
 */
export function checkVariables(section: unknown): ValidationProblem[] {
  if (section === undefined) return [];
  if (!isJsonObject(section)) return [problem(["variable"], `wrong type: "variable" must be an object of variables, got ${describeJson(section)}`)];
  return entriesOf(section).flatMap(([name, body]) => checkVariable(name, body, ["variable", name]));
}

function checkVariable(name: string, body: unknown, path: JsonPath): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (!NAME_PATTERN.test(name)) problems.push(problem(path, `invalid variable name "${name}"`));
  if (!isJsonObject(body)) return [...problems, problem(path, `wrong type: variable "${name}" must be a block (an object), got ${describeJson(body)}`)];
  for (const [key, value] of entriesOf(body)) {
    const at = [...path, key];
    if (!VARIABLE_KEYS.includes(key)) problems.push(problem(at, `unknown argument "${key}" in variable "${name}"${didYouMean(key, VARIABLE_KEYS)}`));
    else if (key === "sensitive" || key === "nullable" || key === "ephemeral") problems.push(...checkValue(value, "bool", at));
    else if (key === "description") problems.push(...checkValue(value, "string", at));
    else if (key === "type" && typeof value !== "string")
      problems.push(problem(at, `wrong type: a type constraint is written as a string such as "string" or "map(string)", got ${describeJson(value)}`));
    else if (key === "validation") problems.push(...validationProblems(value, at, name));
  }
  const type = typeof body.type === "string" ? parseTypeConstraint(body.type) : undefined;
  if (type !== undefined && body.default !== undefined) problems.push(...checkValue(body.default, type, [...path, "default"]));
  return problems;
}

function validationProblems(value: unknown, path: JsonPath, variable: string): ValidationProblem[] {
  const rules: [unknown, JsonPath][] = Array.isArray(value) ? value.map((rule, i): [unknown, JsonPath] => [rule, [...path, i]]) : [[value, path]];
  return rules.flatMap(([rule, at]) => {
    if (!isJsonObject(rule)) return [problem(at, `wrong type: a validation rule of variable "${variable}" must be an object, got ${describeJson(rule)}`)];
    const problems: ValidationProblem[] = [];
    for (const key of ["condition", "error_message"]) {
      if (rule[key] === undefined) problems.push(problem(at, `missing "${key}" in a validation rule of variable "${variable}"`));
    }
    for (const [key] of entriesOf(rule)) {
      if (key !== "condition" && key !== "error_message")
        problems.push(problem([...at, key], `unknown argument "${key}" in a validation rule of variable "${variable}"`));
    }
    if (rule.error_message !== undefined) problems.push(...checkValue(rule.error_message, "string", [...at, "error_message"]));
    return problems;
  });
}
