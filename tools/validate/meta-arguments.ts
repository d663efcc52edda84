import { describeJson, entriesOf, isJsonObject, type JsonPath } from "./json-path";
import { hasTemplate } from "./expressions";
import { problem, type ValidationProblem } from "./report";
import { didYouMean } from "../../lib/shared";
import { checkValue } from "./value-types";

/** Terraform's meta-arguments, valid on every resource whatever its provider says. */
export const RESOURCE_META_ARGUMENTS: ReadonlySet<string> = new Set(["provider", "depends_on", "count", "for_each", "lifecycle", "connection", "provisioner"]);

/** Meta-arguments valid on data sources. */
export const DATA_META_ARGUMENTS: ReadonlySet<string> = new Set(["provider", "depends_on", "count", "for_each", "lifecycle"]);

const LIFECYCLE_KEYS = ["create_before_destroy", "prevent_destroy", "ignore_changes", "replace_triggered_by", "precondition", "postcondition"];

/** `genesyscloud` or `genesyscloud.alias`, as written in a `provider` meta-argument. */
export const PROVIDER_REFERENCE = /^[a-z][a-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)?$/;

/** Checks the shape of the meta-arguments in a resource or data-source body; references are resolved elsewhere. */
export function checkMetaArguments(body: Record<string, unknown>, path: JsonPath): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const at = (key: string) => [...path, key];
  if (body.count !== undefined && body.for_each !== undefined) {
    problems.push(problem(path, `"count" and "for_each" cannot be used together`));
  }
  if (body.count !== undefined) problems.push(...checkValue(body.count, "number", at("count")));
  if (body.for_each !== undefined) problems.push(...forEachProblems(body.for_each, at("for_each")));
  if (body.provider !== undefined && !(typeof body.provider === "string" && (PROVIDER_REFERENCE.test(body.provider) || hasTemplate(body.provider)))) {
    problems.push(
      problem(
        at("provider"),
        `"provider" must name a provider configuration such as "genesyscloud" or "genesyscloud.<alias>", got ${describeJson(body.provider)}`,
      ),
    );
  }
  if (body.depends_on !== undefined) {
    if (!Array.isArray(body.depends_on))
      problems.push(problem(at("depends_on"), `wrong type: "depends_on" takes a list of references, got ${describeJson(body.depends_on)}`));
    else
      body.depends_on.forEach((item, index) => {
        if (typeof item !== "string")
          problems.push(
            problem([...path, "depends_on", index], `wrong type: expected a reference such as "genesyscloud_integration.x", got ${describeJson(item)}`),
          );
      });
  }
  if (body.lifecycle !== undefined) problems.push(...lifecycleProblems(body.lifecycle, at("lifecycle")));
  return problems;
}

function forEachProblems(value: unknown, path: JsonPath): ValidationProblem[] {
  if (isJsonObject(value) || (typeof value === "string" && hasTemplate(value))) return [];
  if (Array.isArray(value)) {
    return [problem(path, `"for_each" takes a map or a set of strings; a JSON list is a tuple, so wrap it: "\${toset([...])}"`)];
  }
  return [problem(path, `wrong type: "for_each" takes a map or a set of strings, got ${describeJson(value)}`)];
}

function lifecycleProblems(value: unknown, path: JsonPath): ValidationProblem[] {
  if (!isJsonObject(value)) return [problem(path, `wrong type: "lifecycle" must be a block (an object), got ${describeJson(value)}`)];
  return entriesOf(value).flatMap(([key, item]) => {
    if (!LIFECYCLE_KEYS.includes(key)) return [problem([...path, key], `unknown lifecycle argument "${key}"${didYouMean(key, LIFECYCLE_KEYS)}`)];
    if (key === "create_before_destroy" || key === "prevent_destroy") return checkValue(item, "bool", [...path, key]);
    if (key === "ignore_changes" && item !== "all") return checkValue(item, ["list", "dynamic"], [...path, key]);
    return [];
  });
}
