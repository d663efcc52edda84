import { isJsonObject } from "../shared/json-path";
/**
 * A plan's two sides written as `cdk.tf.json`-shaped documents, so the review reads them as it reads a
 * synthesized stack: "before" holds each resource as terraform last read it (state, refreshed, or
 * what an import found), "after" as planned. Links between resources (a config's integration, its
 * credential slot) are written back as references, from the configuration where a value is not known
 * yet, from matching ids otherwise. Unknown values read `(known after apply)`. A sensitive value
 * never enters: it is replaced by a `HiddenValue` that holds only a fingerprint, so the review can
 * tell that it changed without holding it.
 */
import { createHash } from "node:crypto";
import type { TerraformDocument } from "../shared/synthesized-connectors";
import { HIDDEN_VALUE_KEY } from "../shared/synthesized-connectors";
import type { ResourceChange, TerraformPlan } from "./plan-json";

/** What an unknown value reads as. */
export const KNOWN_AFTER_APPLY = "(known after apply)";

/** Which side of a change. */
export type Side = "before" | "after";

/** The Genesys resource types a connector is made of; the rest of a plan is listed, not read. */
const CONNECTOR_TYPES = new Set(["genesyscloud_integration", "genesyscloud_integration_config", "genesyscloud_integration_credential", "genesyscloud_flow"]);

/** Whether a change is read as part of a connector (a root-module Genesys resource), not only listed. */
export function isConnectorPart(change: ResourceChange): boolean {
  return change.mode === "managed" && !change.nested && CONNECTOR_TYPES.has(change.type);
}

/** The document of one side of a list of changes (the plan's, or the drift's). */
export function sideDocument(plan: TerraformPlan, changes: readonly ResourceChange[], side: Side): TerraformDocument {
  const parts = changes.filter(isConnectorPart);
  const resource: Record<string, Record<string, Record<string, unknown>>> = {};
  const moved: { from: string; to: string }[] = [];
  const imports: { to: string; id: string }[] = [];
  for (const change of parts) {
    const value = side === "before" ? change.before : change.after;
    if (!isJsonObject(value)) continue;
    // The before side of a moved resource is the object at its old address.
    const address = side === "before" && change.previousAddress ? change.previousAddress : change.address;
    const name = address.slice(change.type.length + 1);
    const unknown = side === "after" ? change.afterUnknown : false;
    const sensitive = side === "before" ? change.beforeSensitive : change.afterSensitive;
    const config = clean(value, unknown, sensitive);
    // A resource that is unknown or sensitive as a whole has no attributes to read.
    if (!isJsonObject(config)) continue;
    const providerKey = plan.configuration[change.address]?.providerKey;
    if (providerKey !== undefined && providerKey !== "genesyscloud") config.provider = providerKey;
    setOwn((resource[change.type] ??= {}), name, config);
    if (side === "after" && change.previousAddress) moved.push({ from: change.previousAddress, to: change.address });
    if (side === "after" && change.importingId !== undefined) imports.push({ to: change.address, id: change.importingId });
  }
  linkReferences(resource, plan, side);
  return {
    resource,
    provider: { genesyscloud: plan.providers.filter((p) => p.name === "genesyscloud").map((p) => ({ alias: p.alias, aws_region: p.region })) },
    ...(moved.length > 0 ? { moved } : {}),
    ...(imports.length > 0 ? { import: imports } : {}),
  };
}

/** A value with unknowns spelled out and sensitive parts hidden, following terraform's marks. */
function clean(value: unknown, unknown: unknown, sensitive: unknown): unknown {
  if (unknown === true) return KNOWN_AFTER_APPLY;
  // A sensitive value that is absent (null) is absent: there is nothing to hide.
  if (sensitive === true) return value === null ? null : hidden(value);
  if (Array.isArray(value)) return value.map((v, i) => clean(v, pick(unknown, i), pick(sensitive, i)));
  if (value !== null && typeof value === "object") {
    const result: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) setOwn(result, k, clean(v, pick(unknown, k), pick(sensitive, k)));
    // A map may gain keys known only after apply.
    if (isJsonObject(unknown)) {
      for (const [k, u] of Object.entries(unknown)) if (u === true && !Object.hasOwn(result, k)) setOwn(result, k, KNOWN_AFTER_APPLY);
    }
    return result;
  }
  return value;
}

/** A sensitive value, or each value of a sensitive map, as a fingerprint only. */
function hidden(value: unknown): unknown {
  if (value === null) return null;
  if (typeof value === "object" && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hidden(v)]));
  }
  return { [HIDDEN_VALUE_KEY]: createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16) };
}

/** The marks of a member: its own entry in a map or list of marks, or the mark that covers the whole value. */
function pick(marks: unknown, key: string | number): unknown {
  if (marks === null || typeof marks !== "object") return marks;
  return Object.hasOwn(marks, key) ? (marks as Record<string, unknown>)[key] : undefined;
}

/** Sets a member named by the plan, `__proto__` included, as an own property (an assignment would set the prototype). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Writes a config's `integration_id` and its credential slots back as `${type.name.id}` references:
 * from the configuration's references when the value is not known yet, from the matching id when it is.
 */
function linkReferences(resource: Record<string, Record<string, Record<string, unknown>>>, plan: TerraformPlan, side: Side): void {
  const byId = new Map<string, string>();
  for (const [type, byName] of Object.entries(resource)) {
    for (const [name, r] of Object.entries(byName)) if (typeof r.id === "string" && r.id !== KNOWN_AFTER_APPLY) byId.set(r.id, `${type}.${name}`);
  }
  const link = (value: unknown, references: readonly string[], type: string): unknown => {
    if (typeof value !== "string") return value;
    const known = value !== KNOWN_AFTER_APPLY ? byId.get(value) : undefined;
    const target =
      known ?? (side === "after" ? references.map((ref) => ref.match(new RegExp(`^(${type}\\.[A-Za-z0-9_-]+)\\.id$`))?.[1]).find(Boolean) : undefined);
    return target !== undefined && target.startsWith(`${type}.`) ? `\${${target}.id}` : value;
  };
  const configs = (type: string) => Object.entries(resource[type] ?? {});
  for (const [name, config] of configs("genesyscloud_integration_config")) {
    const refs = plan.configuration[`genesyscloud_integration_config.${name}`]?.references ?? {};
    config.integration_id = link(config.integration_id, refs.integration_id ?? [], "genesyscloud_integration");
    config.credentials = linkSlots(config.credentials, (v) => link(v, refs.credentials ?? [], "genesyscloud_integration_credential"));
  }
  for (const [name, integration] of configs("genesyscloud_integration")) {
    const refs = plan.configuration[`genesyscloud_integration.${name}`]?.references ?? {};
    const blocks = Array.isArray(integration.config) ? integration.config.filter(isJsonObject) : [];
    for (const block of blocks) block.credentials = linkSlots(block.credentials, (v) => link(v, refs.config ?? [], "genesyscloud_integration_credential"));
  }
  // A flow refers to an integration through its substitutions: keep that reference visible to the review.
  for (const [name, flow] of configs("genesyscloud_flow")) {
    const refs = plan.configuration[`genesyscloud_flow.${name}`]?.references ?? {};
    const integrations = Object.values(refs)
      .flat()
      .filter((ref) => /^genesyscloud_integration\.[A-Za-z0-9_-]+\.id$/.test(ref));
    if (integrations.length > 0) flow["//references"] = integrations.map((ref) => `\${${ref}}`).join(" ");
  }
}

function linkSlots(slots: unknown, link: (value: unknown) => unknown): unknown {
  if (slots === null || typeof slots !== "object" || Array.isArray(slots)) return slots;
  return Object.fromEntries(Object.entries(slots).map(([slot, value]) => [slot, link(value)]));
}
