import { hasTemplate } from "./expressions";
import { entriesOf, isJsonObject, type JsonPath } from "./json-path";
import { problem, type ValidationProblem } from "./report";
import { GENESYS_BEHAVIOUR, type ProviderBehaviour } from "../schema-provider/provider-behaviour";

/**
 * The provider's own value validators, restated from the one table the schema provider also
 * enforces (tools/schema-provider/provider-behaviour.ts; sources in docs/provider-rules.md): a
 * literal outside an attribute's allowed values is refused. An expression (`${...}`) waits for
 * terraform, as the provider's validator does with an unknown value.
 */
export function providerValidatorProblems(type: string, body: unknown, path: JsonPath, behaviour: ProviderBehaviour = GENESYS_BEHAVIOUR): ValidationProblem[] {
  const allowed = Object.hasOwn(behaviour, type) ? behaviour[type].allowedValues : undefined;
  if (allowed === undefined || !isJsonObject(body)) return [];
  return entriesOf(body).flatMap(([name, value]) => {
    const values = Object.hasOwn(allowed, name) ? allowed[name] : undefined;
    // Terraform converts a number or bool literal to the string the validator then sees.
    const text = typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;
    if (values === undefined || text === undefined) return [];
    if (hasTemplate(text) || values.includes(text)) return [];
    const list = values.map((v) => JSON.stringify(v)).join(", ");
    return [problem([...path, name], `"${name}" of ${type} must be one of ${list} (the provider's own validator), got ${JSON.stringify(text)}`)];
  });
}
