/**
 * What a provider built on Terraform's plugin SDK (v2) checks in a configuration beyond what Terraform
 * itself checks: no value for an attribute only the provider sets (the SDK's "Computed attributes
 * cannot be set"), and the provider's own allowed-value lists. Worded as the SDK words them.
 */
import { type CtyValue, isObjectValue } from "./cty-value";
import { Severity } from "./protocol";
import type { BlockSchema } from "../validate/schema-types";

/** A diagnostic with the SDK's attribute path (names and list positions). */
export interface ConfigProblem {
  readonly severity: number;
  readonly summary: string;
  readonly detail?: string;
  readonly attribute: { readonly steps: readonly ({ readonly attribute_name: string } | { readonly element_key_int: number })[] };
}

type Step = ConfigProblem["attribute"]["steps"][number];

/** Values set for attributes that are computed only, at any depth of nested blocks. */
export function computedOnlyProblems(block: BlockSchema, config: CtyValue, steps: readonly Step[] = [], flat = ""): ConfigProblem[] {
  if (!isObjectValue(config)) return [];
  const problems: ConfigProblem[] = [];
  for (const [name, attr] of Object.entries(block.attributes ?? {})) {
    const value = config[name] ?? null;
    if (attr.computed === true && attr.optional !== true && attr.required !== true && value !== null) {
      problems.push({
        severity: Severity.ERROR,
        summary: "Computed attributes cannot be set",
        detail: `Computed attributes cannot be set, but a value was set for "${flat}${name}".`,
        attribute: { steps: [...steps, { attribute_name: name }] },
      });
    }
  }
  for (const [name, nested] of Object.entries(block.block_types ?? {})) {
    const value = config[name] ?? null;
    const elements: [string, CtyValue][] = Array.isArray(value)
      ? (value as readonly CtyValue[]).map((element, i) => [String(i), element])
      : isObjectValue(value) && nested.nesting_mode === "map"
        ? Object.entries(value)
        : [["0", value]];
    elements.forEach(([key, element], i) => {
      const at: Step[] = nested.nesting_mode === "single" || nested.nesting_mode === "group" ? [] : [{ element_key_int: i }];
      problems.push(...computedOnlyProblems(nested.block, element, [...steps, { attribute_name: name }, ...at], `${flat}${name}.${key}.`));
    });
  }
  return problems;
}

/** Top-level string attributes outside their allowed values, as the SDK's StringInSlice validator says it. */
export function allowedValueProblems(allowed: Readonly<Record<string, readonly string[]>>, config: CtyValue): ConfigProblem[] {
  if (!isObjectValue(config)) return [];
  return Object.entries(allowed).flatMap(([name, values]) => {
    const value = config[name];
    // An unknown value (a symbol) is not a string: it is checked at apply, as the SDK does.
    if (typeof value !== "string" || values.includes(value)) return [];
    return [
      {
        severity: Severity.ERROR,
        summary: `expected ${name} to be one of [${values.map((v) => JSON.stringify(v)).join(" ")}], got ${value}`,
        attribute: { steps: [{ attribute_name: name }] },
      },
    ];
  });
}
