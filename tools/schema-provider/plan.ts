/**
 * PlanResourceChange, as a provider built on Terraform's plugin SDK v2 answers it (each rule a row of
 * docs/provider-rules.md): the proposed new state, with every computed attribute the configuration
 * leaves unset unknown when the object (or a nested block of it) is being created, defaults filled
 * in, `""` and null alike for strings and `{}` and null alike for maps, a computed block left out of
 * the configuration kept as it was, JSON strings the provider's suppress function finds equivalent
 * kept as they were, and a replacement asked for when a ForceNew attribute changes.
 */
import { type CtyObject, type CtyValue, ctyEqual, isObjectValue, UNKNOWN } from "./cty-value";
import { equivalentJsons } from "./go-json";
import type { ResourceBehaviour } from "./provider-behaviour";
import type { BlockSchema } from "../validate/schema-types";

/** The planned state, and the top-level attributes whose change forces a replacement. */
export interface PlannedChange {
  readonly planned: CtyValue;
  readonly requiresReplace: readonly string[];
}

/** Plans one resource: `prior` is null for a create, `proposed` null for a destroy. */
export function planResourceChange(block: BlockSchema, behaviour: ResourceBehaviour, prior: CtyValue, proposed: CtyValue, config: CtyValue): PlannedChange {
  if (!isObjectValue(proposed)) return { planned: null, requiresReplace: [] };
  const priorObject = isObjectValue(prior) ? prior : null;
  const planned = planObject(block, behaviour, "", priorObject, proposed, isObjectValue(config) ? config : {});
  const requiresReplace =
    priorObject === null ? [] : (behaviour.forceNew ?? []).filter((name) => !ctyEqual(priorObject[name] ?? null, (planned as CtyObject)[name] ?? null));
  return { planned, requiresReplace };
}

function planObject(
  block: BlockSchema,
  behaviour: ResourceBehaviour,
  prefix: string,
  prior: CtyObject | null,
  proposed: CtyObject,
  config: CtyObject,
): CtyValue {
  const result: Record<string, CtyValue> = { ...proposed };
  for (const [name, attr] of Object.entries(block.attributes ?? {})) {
    const path = prefix + name;
    const configured = config[name] ?? null;
    const before = prior?.[name] ?? null;
    let value = proposed[name] ?? null;
    const fallback = behaviour.defaults?.[path];
    if (configured === null && fallback !== undefined) value = fallback;
    if (attr.type === "string" && (configured === null || configured === "")) {
      // The SDK holds strings flat, "" for null: "" and null are one value to its diff. A computed
      // attribute with no value set keeps what it has, or is unknown until created.
      if (attr.computed === true) value = prior === null ? UNKNOWN : before;
      else if ((value ?? "") === (before ?? "")) value = before;
    } else if (configured === null && attr.computed === true && prior === null) {
      value = UNKNOWN;
    }
    if (Array.isArray(attr.type) && attr.type[0] === "map" && isEmptyMap(value) && isEmptyMap(before)) value = before;
    // util.SuppressEquivalentJsonDiffs(k, old, new): old is the state's text, new the configuration's.
    if (behaviour.jsonEquivalent?.includes(path) && typeof before === "string" && typeof value === "string" && equivalentJsons(before, value)) value = before;
    result[name] = value;
  }
  for (const [name, nested] of Object.entries(block.block_types ?? {})) {
    const path = `${prefix}${name}.`;
    const proposedValue = proposed[name] ?? null;
    const configValue = config[name] ?? null;
    const priorValue = prior?.[name] ?? null;
    const plan = (element: CtyValue, priorElement: CtyValue, configElement: CtyValue): CtyValue =>
      isObjectValue(element)
        ? planObject(
            nested.block,
            behaviour,
            path,
            isObjectValue(priorElement) ? priorElement : null,
            element,
            isObjectValue(configElement) ? configElement : {},
          )
        : element;
    const configured = Array.isArray(configValue) ? configValue.length > 0 : configValue !== null;
    if (!configured && behaviour.computedBlocks?.includes(prefix + name)) {
      // Optional+Computed: left out, it keeps what the state has; on a create it is known after apply.
      result[name] = prior === null ? UNKNOWN : priorValue;
      continue;
    }
    if (Array.isArray(proposedValue)) {
      const priors = Array.isArray(priorValue) ? (priorValue as readonly CtyValue[]) : [];
      const configs = Array.isArray(configValue) ? (configValue as readonly CtyValue[]) : [];
      // A list pairs its blocks by position; a set's blocks have none, so each is planned as new.
      result[name] = (proposedValue as readonly CtyValue[]).map((element, i) =>
        plan(element, nested.nesting_mode === "list" ? (priors[i] ?? null) : null, configs[i] ?? null),
      );
    } else if (nested.nesting_mode === "map" && isObjectValue(proposedValue)) {
      const priors = isObjectValue(priorValue) ? priorValue : {};
      const configs = isObjectValue(configValue) ? configValue : {};
      result[name] = Object.fromEntries(Object.entries(proposedValue).map(([key, element]) => [key, plan(element, priors[key] ?? null, configs[key] ?? null)]));
    } else {
      result[name] = plan(proposedValue, priorValue, configValue);
    }
  }
  return result;
}

/** Null or an empty map: one value to the SDK, whose flat state has no entry for either. */
function isEmptyMap(value: CtyValue | undefined): boolean {
  return value === null || value === undefined || (isObjectValue(value) && Object.keys(value).length === 0);
}
