import { byKey } from "../../lib/shared";
import type { JsonValue } from "../../lib/shared";
import { UsageError } from "./cli/usage-error";
import { documentShapeProblems } from "./document-shape";
import { parseJson } from "./json-input";
import { isJsonObject, own } from "./json-path";
import { findStackFiles, readStackJson } from "./read-stacks";
import { quotedName } from "./text-escaping";

/** A parsed `cdk.tf.json`; only the parts the tools read are typed. */
export interface TerraformDocument {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly variable?: Record<string, Record<string, unknown>>;
  readonly provider?: Record<string, Record<string, unknown>[]>;
  readonly [key: string]: unknown;
}

/** One stack of a `cdktf.out` directory. */
export interface SynthesizedStack {
  readonly name: string;
  readonly file: string;
  readonly document: TerraformDocument;
}

/** Where a credential field's value comes from, as far as the synthesized file says. Never holds a secret value. */
export type FieldSource =
  | { readonly kind: "literal"; readonly value: string }
  | { readonly kind: "variable"; readonly name: string; readonly sensitive: boolean }
  | { readonly kind: "expression"; readonly expression: string; readonly sensitiveVariables?: readonly string[] }
  /** A value terraform marks sensitive in a plan: only a fingerprint of it is kept, to tell a change. */
  | { readonly kind: "hidden"; readonly fingerprint: string };

/** The key of a value that stands for a sensitive one: `{ "//sensitive": "<fingerprint>" }` (written by the plan review). */
export const HIDDEN_VALUE_KEY = "//sensitive";

/** The credential resource a connector links, as synthesized. */
export interface SynthesizedCredential {
  readonly address: string;
  readonly name?: string;
  readonly credentialTypeName?: string;
  readonly fields: Readonly<Record<string, FieldSource>>;
}

/** A Genesys TTS Connector integration found in a synthesized stack, with its config and credential. */
export interface SynthesizedConnector {
  readonly stack: string;
  /** `genesyscloud_integration.<logical id>`. */
  readonly address: string;
  /** The construct path of the connector (the integration's path without its last segment). */
  readonly constructPath?: string;
  readonly integrationType?: string;
  /** As synthesized; the provider's default when absent is DISABLED. */
  readonly intendedState: string;
  /** `genesyscloud.<alias>` when the integration uses an aliased provider. */
  readonly provider?: string;
  /** Where the config lives: a `genesyscloud_integration_config` resource or the embedded block. */
  readonly configStyle: "standalone" | "embedded" | "none";
  /** `genesyscloud_integration_config.<logical id>` in standalone style. */
  readonly configAddress?: string;
  readonly name?: string;
  readonly notes?: string;
  /** The raw JSON strings, and their parsed form (undefined when absent or not valid JSON). */
  readonly propertiesJson?: string;
  readonly advancedJson?: string;
  readonly properties?: Record<string, JsonValue>;
  readonly advanced?: Record<string, JsonValue>;
  /** Credential slot -> credential id or reference, as synthesized. */
  readonly credentials: Readonly<Record<string, string>>;
  /** The linked credential when it is a resource of the same stack. */
  readonly credential?: SynthesizedCredential;
  /**
   * The ids of existing resources the stack's `import` blocks adopt into the connector's resources
   * (`importExisting`); undefined when the integration is not imported.
   */
  readonly imports?: { readonly integration: string; readonly config?: string; readonly credential?: string };
}

const RESOURCE_REF = /^\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.id\}$/;
const VARIABLE_REF = /^\$\{var\.([A-Za-z0-9_-]+)\}$/;
const VARIABLE_REFS = /\bvar\.([A-Za-z0-9_-]+)/g;

/** Problems listed in one message at most; the rest are counted. */
const MAX_SHAPE_PROBLEMS = 5;

/**
 * Reads every `stacks/<name>/cdk.tf.json` of a cdktf output directory, sorted by stack name; throws when
 * there is none. Only regular files inside the folder are read, bounded in size (`readStackText`).
 */
export function readSynthesizedStacks(outdir: string): SynthesizedStack[] {
  return findStackFiles(outdir).map((stack) => ({ ...stack, document: checkedDocument(stack.file, readStackJson(outdir, stack)) }));
}

/** A stack file that is not shaped like a cdk.tf.json is not a cdktf.out stack: bad usage, named by its path and the JSON paths. */
function checkedDocument(file: string, document: unknown): TerraformDocument {
  const problems = documentShapeProblems(document);
  if (problems.length === 0) return document as TerraformDocument;
  const more = problems.length > MAX_SHAPE_PROBLEMS ? `; and ${problems.length - MAX_SHAPE_PROBLEMS} more` : "";
  throw new UsageError(`${quotedName(file)} is not shaped like a cdk.tf.json: ${problems.slice(0, MAX_SHAPE_PROBLEMS).join("; ")}${more}`);
}

/**
 * Finds the TTS connectors of a stack: integrations of type `genesys-tts-connector`, or any integration
 * whose advanced config carries a `synthesizeBody` (a connector whose type id was overridden).
 */
export function findConnectors(stack: string, document: TerraformDocument, integrationType = "genesys-tts-connector"): SynthesizedConnector[] {
  // Own members only, throughout: a resource named `constructor` is a resource, not Object's constructor.
  const resources = asObject(document.resource) ?? {};
  const blocks = (type: string) =>
    Object.entries(asObject(own(resources, type)) ?? {}).filter((entry): entry is [string, Record<string, unknown>] => isJsonObject(entry[1]));
  const standaloneByIntegration = new Map<string, [string, Record<string, unknown>]>();
  for (const [id, config] of blocks("genesyscloud_integration_config")) {
    const ref = typeof config.integration_id === "string" ? config.integration_id.match(RESOURCE_REF) : null;
    if (ref && ref[1] === "genesyscloud_integration") standaloneByIntegration.set(ref[2], [id, config]);
  }

  const imported = importIds(document);
  const connectors: SynthesizedConnector[] = [];
  // By code unit, not localeCompare: the order of a review or a smoke run must not depend on LANG or LC_ALL.
  for (const [id, integration] of blocks("genesyscloud_integration").sort(byKey)) {
    const embedded = asObject(Array.isArray(integration.config) ? integration.config[0] : integration.config);
    const standalone = standaloneByIntegration.get(id);
    const config = standalone ? standalone[1] : embedded;
    const advanced = parseJsonObject(config?.advanced);
    const isConnector = integration.integration_type === integrationType || (advanced !== undefined && Object.hasOwn(advanced, "synthesizeBody"));
    if (!isConnector) continue;

    const credentials = Object.fromEntries(Object.entries(asObject(config?.credentials) ?? {}).filter(([, v]) => typeof v === "string")) as Record<
      string,
      string
    >;
    const credentialRef = Object.values(credentials)
      .map((value) => (typeof value === "string" ? value.match(RESOURCE_REF) : null))
      .find((ref) => ref?.[1] === "genesyscloud_integration_credential");
    const credentialResource = credentialRef ? asObject(own(own(resources, "genesyscloud_integration_credential"), credentialRef[2])) : undefined;
    const path = metadataPath(integration);
    const address = `genesyscloud_integration.${id}`;
    const configAddress = standalone ? `genesyscloud_integration_config.${standalone[0]}` : undefined;
    const credentialAddress = credentialRef && credentialResource ? `genesyscloud_integration_credential.${credentialRef[2]}` : undefined;
    const importedId = imported.get(address);

    connectors.push({
      stack,
      address,
      constructPath: path?.split("/").slice(0, -1).join("/"),
      integrationType: asString(integration.integration_type),
      intendedState: asString(integration.intended_state) ?? "DISABLED",
      provider: asString(integration.provider),
      configStyle: standalone ? "standalone" : embedded ? "embedded" : "none",
      configAddress,
      name: asString(config?.name),
      notes: asString(config?.notes),
      propertiesJson: asString(config?.properties),
      advancedJson: asString(config?.advanced),
      properties: parseJsonObject(config?.properties),
      advanced,
      credentials,
      imports:
        importedId === undefined
          ? undefined
          : {
              integration: importedId,
              config: configAddress === undefined ? undefined : imported.get(configAddress),
              credential: credentialAddress === undefined ? undefined : imported.get(credentialAddress),
            },
      credential:
        credentialRef && credentialResource
          ? {
              address: credentialAddress!,
              name: asString(credentialResource.name),
              credentialTypeName: asString(credentialResource.credential_type_name),
              fields: fieldSources(asObject(credentialResource.fields) ?? {}, document),
            }
          : undefined,
    });
  }
  return connectors;
}

/** `import` blocks with a literal id, by the address they import into. */
function importIds(document: TerraformDocument): Map<string, string> {
  const blocks = Array.isArray(document.import) ? (document.import as unknown[]) : [];
  const ids = new Map<string, string>();
  for (const block of blocks) {
    const { to, id } = (asObject(block) ?? {}) as { to?: unknown; id?: unknown };
    if (typeof to === "string" && typeof id === "string") ids.set(to, id);
  }
  return ids;
}

/** Classifies each credential field's value without ever copying a non-literal value. */
function fieldSources(fields: Record<string, unknown>, document: TerraformDocument): Record<string, FieldSource> {
  // fromEntries defines own properties: a field named "__proto__" stays a field.
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, fieldSource(value, document)]));
}

function fieldSource(value: unknown, document: TerraformDocument): FieldSource {
  const hidden = own(value, HIDDEN_VALUE_KEY);
  if (typeof hidden === "string") return { kind: "hidden", fingerprint: hidden };
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  const variable = text.match(VARIABLE_REF);
  if (variable) return { kind: "variable", name: variable[1], sensitive: own(own(document.variable, variable[1]), "sensitive") === true };
  if (!text.includes("${")) return { kind: "literal", value: text };
  const sensitiveVariables = [...text.matchAll(VARIABLE_REFS)].map((m) => m[1]).filter((name) => own(own(document.variable, name), "sensitive") === true);
  return sensitiveVariables.length > 0 ? { kind: "expression", expression: text, sensitiveVariables } : { kind: "expression", expression: text };
}

function metadataPath(resource: Record<string, unknown>): string | undefined {
  const meta = asObject(asObject(resource["//"])?.metadata);
  return asString(meta?.path);
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return isJsonObject(value) ? value : undefined;
}

function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** A JSON string (properties, advanced) parsed, or undefined when it is not a JSON object of sane depth. */
function parseJsonObject(value: unknown): Record<string, JsonValue> | undefined {
  if (typeof value !== "string") return undefined;
  const parsed = parseJson(value);
  return "value" in parsed ? (asObject(parsed.value) as Record<string, JsonValue> | undefined) : undefined;
}
