import { isJsonObject } from "../shared/json-path";
/**
 * A saved plan as `terraform show -json <planfile>` prints it, read into what the review needs: each
 * resource's change (actions, values before and after, which are unknown and which sensitive, an
 * import, a move), the drift terraform found while refreshing, and the configuration's references.
 * Pure: the caller reads the file.
 */
import { jsonEqual } from "../shared/json-diff";

/** One resource's change, planned or found by refresh. */
export interface ResourceChange {
  readonly address: string;
  /** Where a `moved` block takes it from. */
  readonly previousAddress?: string;
  readonly mode: "managed" | "data";
  readonly type: string;
  readonly name: string;
  /** True for a resource in a child module or with count/for_each: read as "another change", not as a connector. */
  readonly nested: boolean;
  /** `["create"]`, `["update"]`, `["delete", "create"]`, `["no-op"]`, ... as terraform writes them. */
  readonly actions: readonly string[];
  readonly before: unknown;
  readonly after: unknown;
  readonly afterUnknown: unknown;
  readonly beforeSensitive: unknown;
  readonly afterSensitive: unknown;
  /** The id an `import` block adopts. */
  readonly importingId?: string;
  /** Why terraform replaces or deletes it (`replace_because_cannot_update`, `delete_because_no_resource_config`, ...). */
  readonly actionReason?: string;
}

/** A provider configuration of the plan's root module. */
export interface ProviderConfig {
  readonly name: string;
  readonly alias?: string;
  /** Its `aws_region`: the literal, or `${reference}` when it is not one. */
  readonly region?: string;
}

/** The configuration's view of one root-module resource: which provider, and what each attribute references. */
export interface ConfigResource {
  readonly providerKey: string;
  readonly references: Readonly<Record<string, readonly string[]>>;
}

/** What a plan says. */
export interface TerraformPlan {
  readonly terraformVersion?: string;
  readonly changes: readonly ResourceChange[];
  readonly drift: readonly ResourceChange[];
  readonly providers: readonly ProviderConfig[];
  /** Root-module resources of the configuration, by address. */
  readonly configuration: Readonly<Record<string, ConfigResource>>;
  /** Terraform stopped with errors: the plan is incomplete. */
  readonly errored: boolean;
}

/** What `readPlan` throws for a document that is not a plan, saying what it is instead. */
export class NotAPlanError extends Error {}

/** Reads a parsed `terraform show -json` of a plan; throws `NotAPlanError` saying what it is instead. */
export function readPlan(json: unknown): TerraformPlan {
  if (!isJsonObject(json) || typeof json.format_version !== "string") {
    throw new NotAPlanError('not terraform\'s JSON: expected the output of "terraform show -json <planfile>" (an object with "format_version")');
  }
  if (!Array.isArray(json.resource_changes) && !isJsonObject(json.planned_values)) {
    throw new NotAPlanError(
      'not a plan: it has no "resource_changes" or "planned_values" (a state? run "terraform plan -out=plan.tfplan", then "terraform show -json plan.tfplan")',
    );
  }
  const configuration = isJsonObject(json.configuration) ? json.configuration : {};
  return {
    terraformVersion: typeof json.terraform_version === "string" ? json.terraform_version : undefined,
    // An entry that is not an object with an address names no resource: there is nothing to say about it.
    changes: list(json.resource_changes).filter(hasAddress).map(readChange),
    drift: list(json.resource_drift).filter(hasAddress).map(readChange),
    providers: readProviders(configuration.provider_config),
    configuration: readConfiguration(isJsonObject(configuration.root_module) ? configuration.root_module.resources : undefined),
    errored: json.errored === true,
  };
}

function readChange(raw: unknown): ResourceChange {
  const r = isJsonObject(raw) ? raw : {};
  const change = isJsonObject(r.change) ? r.change : {};
  const importing = isJsonObject(change.importing) ? change.importing : undefined;
  return {
    address: text(r.address),
    previousAddress: typeof r.previous_address === "string" ? r.previous_address : undefined,
    mode: r.mode === "data" ? "data" : "managed",
    type: text(r.type),
    name: text(r.name),
    nested: typeof r.module_address === "string" || r.index !== undefined,
    actions: list(change.actions).filter(isString),
    before: change.before ?? null,
    // An unchanged resource's two sides are one value: a plan of thousands of them holds it once, not twice.
    after: jsonEqual(change.before, change.after) ? (change.before ?? null) : (change.after ?? null),
    afterUnknown: change.after_unknown ?? {},
    beforeSensitive: change.before_sensitive ?? {},
    afterSensitive: change.after_sensitive ?? {},
    importingId: typeof importing?.id === "string" ? importing.id : undefined,
    actionReason: typeof r.action_reason === "string" ? r.action_reason : undefined,
  };
}

function readProviders(raw: unknown): ProviderConfig[] {
  if (!isJsonObject(raw)) return [];
  return Object.values(raw).flatMap((p) => {
    if (!isJsonObject(p) || typeof p.name !== "string") return [];
    const region = isJsonObject(p.expressions) ? expressionText(p.expressions.aws_region) : undefined;
    return [{ name: p.name, alias: typeof p.alias === "string" ? p.alias : undefined, region }];
  });
}

function readConfiguration(raw: unknown): Record<string, ConfigResource> {
  // Keyed by the plan's addresses and attribute names: no prototype, so `constructor` or `__proto__` is only a name.
  const resources: Record<string, ConfigResource> = Object.create(null) as Record<string, ConfigResource>;
  for (const r of list(raw)) {
    if (!isJsonObject(r) || typeof r.address !== "string") continue;
    const references: Record<string, readonly string[]> = Object.create(null) as Record<string, readonly string[]>;
    for (const [name, expression] of Object.entries(isJsonObject(r.expressions) ? r.expressions : {})) {
      const refs = allReferences(expression);
      if (refs.length > 0) references[name] = refs;
    }
    resources[r.address] = { providerKey: typeof r.provider_config_key === "string" ? r.provider_config_key : "", references };
  }
  return resources;
}

/** Every reference of an expression, nested ones (a map's values) included. */
function allReferences(expression: unknown): string[] {
  if (Array.isArray(expression)) return expression.flatMap(allReferences);
  if (!isJsonObject(expression)) return [];
  if (Array.isArray(expression.references)) return expression.references.filter(isString);
  return Object.values(expression).flatMap(allReferences);
}

/** A provider argument as the review reads it: a literal, or its first reference as `${...}`. */
function expressionText(expression: unknown): string | undefined {
  if (!isJsonObject(expression)) return undefined;
  if (typeof expression.constant_value === "string") return expression.constant_value;
  const [reference] = allReferences(expression);
  return reference === undefined ? undefined : `\${${reference}}`;
}

function hasAddress(value: unknown): boolean {
  return isJsonObject(value) && typeof value.address === "string" && value.address !== "";
}

function isString(value: unknown): value is string {
  return typeof value === "string";
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
