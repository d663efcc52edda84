import type { Catalog } from "./catalog";
import { describeJson, entriesOf, isJsonObject } from "./json-path";
import { problem, type ValidationProblem } from "./report";
import type { SchemaIndex } from "./schema-index";
import { sensitiveReferences } from "./sensitivity";
import { didYouMean } from "../../lib/shared";
import { checkValue } from "./value-types";

const OUTPUT_KEYS = ["value", "description", "sensitive", "depends_on", "precondition", "ephemeral"];

/**
 * Checks the `output` section: each output has a value and known keys only, and an output that
 * shows a sensitive value is marked `"sensitive": true` (terraform refuses to plan it otherwise).
 */
export function checkOutputs(section: unknown, catalog: Catalog, index: SchemaIndex): ValidationProblem[] {
  if (section === undefined) return [];
  if (!isJsonObject(section)) return [problem(["output"], `wrong type: "output" must be an object of outputs, got ${describeJson(section)}`)];
  return entriesOf(section).flatMap(([name, body]) => {
    const path = ["output", name];
    if (!isJsonObject(body)) return [problem(path, `wrong type: output "${name}" must be a block (an object), got ${describeJson(body)}`)];
    const problems: ValidationProblem[] = [];
    for (const [key] of entriesOf(body)) {
      if (!OUTPUT_KEYS.includes(key)) problems.push(problem([...path, key], `unknown argument "${key}" in output "${name}"${didYouMean(key, OUTPUT_KEYS)}`));
    }
    if (body.value === undefined) problems.push(problem(path, `missing required "value" in output "${name}"`));
    if (body.sensitive !== undefined) problems.push(...checkValue(body.sensitive, "bool", [...path, "sensitive"]));
    const sensitive = sensitiveReferences(body.value, catalog, index);
    if (sensitive.length > 0 && body.sensitive !== true && body.sensitive !== "true") {
      problems.push(
        problem([...path, "value"], `output "${name}" shows sensitive values (${sensitive.join(", ")}); set "sensitive": true, or output something else`),
      );
    }
    return problems;
  });
}
