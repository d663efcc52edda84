/**
 * PlanResourceChange, as a provider built on Terraform's plugin SDK answers it: the proposed new
 * state, with every computed attribute the configuration leaves unset unknown when the object (or a
 * nested block of it) is being created, defaults filled in, JSON-equivalent strings kept as they were,
 * and a replacement asked for when a ForceNew attribute changes.
 */
import { type CtyObject, type CtyValue, ctyEqual, isObjectValue, UNKNOWN } from "./cty-value";
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
    let value = proposed[name] ?? null;
    const fallback = behaviour.defaults?.[path];
    if (configured === null && fallback !== undefined) value = fallback;
    else if (configured === null && attr.computed === true && prior === null) value = UNKNOWN;
    const before = prior?.[name];
    if (behaviour.jsonEquivalent?.includes(path) && typeof before === "string" && typeof value === "string" && sameJson(before, value)) value = before;
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

function sameJson(a: string, b: string): boolean {
  try {
    return ctyEqual(JSON.parse(a) as CtyValue, JSON.parse(b) as CtyValue);
  } catch {
    return false;
  }
}
