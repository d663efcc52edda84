import { entriesOf, isJsonObject } from "./json-path";
import { normalizeProviderSource } from "./schema-index";

/** A resource or data source declared in the document. */
export interface Declaration {
  readonly type: string;
  readonly name: string;
  readonly body: Record<string, unknown>;
}

/** What a document declares: the names references must resolve to. Collected leniently; shapes are checked elsewhere. */
export interface Catalog {
  /** `type.name` -> declaration. */
  readonly resources: ReadonlyMap<string, Declaration>;
  /** `type.name` -> declaration (without the `data.` prefix). */
  readonly dataSources: ReadonlyMap<string, Declaration>;
  /** Variable name -> its block. */
  readonly variables: ReadonlyMap<string, Record<string, unknown>>;
  readonly locals: ReadonlySet<string>;
  readonly modules: ReadonlySet<string>;
  /** `genesyscloud` for a default configuration, `genesyscloud.<alias>` for aliased ones. */
  readonly providerConfigs: ReadonlySet<string>;
  /** Local provider name -> full provider address, as `terraform.required_providers` (or Terraform's defaults) says. */
  providerAddress(localName: string): string;
}

/** Collects the declarations of a synthesized document. */
export function buildCatalog(doc: Record<string, unknown>): Catalog {
  const terraform = isJsonObject(doc.terraform) ? doc.terraform : {};
  const requiredProviders = isJsonObject(terraform.required_providers) ? terraform.required_providers : {};
  return {
    resources: declarations(doc.resource),
    dataSources: declarations(doc.data),
    variables: new Map(objectEntries(doc.variable).filter((entry): entry is [string, Record<string, unknown>] => isJsonObject(entry[1]))),
    locals: new Set(objectEntries(doc.locals).map(([name]) => name)),
    modules: new Set(objectEntries(doc.module).map(([name]) => name)),
    providerConfigs: providerConfigNames(doc.provider),
    providerAddress: (localName) => requiredProviderAddress(localName, Object.hasOwn(requiredProviders, localName) ? requiredProviders[localName] : undefined),
  };
}

/**
 * Where terraform installs a provider from: the `source` in required_providers, else
 * `hashicorp/<name>` (what terraform assumes), except `terraform`, which is builtin.
 */
export function requiredProviderAddress(localName: string, requirement: unknown): string {
  if (isJsonObject(requirement) && typeof requirement.source === "string") return normalizeProviderSource(requirement.source);
  return localName === "terraform" ? "terraform.io/builtin/terraform" : `registry.terraform.io/hashicorp/${localName}`;
}

/** The provider local name a resource type belongs to, as terraform infers it: the part before the first `_`. */
export function impliedProviderName(type: string): string {
  return type.split("_")[0];
}

function objectEntries(value: unknown): [string, unknown][] {
  return isJsonObject(value) ? entriesOf(value) : [];
}

function declarations(section: unknown): Map<string, Declaration> {
  const found = new Map<string, Declaration>();
  for (const [type, byName] of objectEntries(section)) {
    for (const [name, body] of objectEntries(byName)) {
      if (isJsonObject(body)) found.set(`${type}.${name}`, { type, name, body });
    }
  }
  return found;
}

function providerConfigNames(section: unknown): Set<string> {
  const names = new Set<string>();
  for (const [localName, configs] of objectEntries(section)) {
    for (const config of Array.isArray(configs) ? configs : [configs]) {
      if (!isJsonObject(config)) continue;
      names.add(typeof config.alias === "string" ? `${localName}.${config.alias}` : localName);
    }
  }
  return names;
}
