import { CartesiaModel, ModelKind } from "../../lib/cartesia-model";
import { buildConnectorConfig, CARTESIA_API_BASE_URL, DEFAULT_CARTESIA_VERSION, DEFAULT_INTEGRATION_NAME } from "../../lib/connector-config";
import { OutputFormat, outputFormatJson, type OutputFormatSpec } from "../../lib/output-format";
import { CartesiaApiKey } from "../../lib/cartesia-api-key";
import { validateConnectorProps } from "../../lib/shared-with-engine";
import { modelIsServed } from "../../lib/shared";
import { modelKindOf } from "../../lib/shared";
import { EXAMPLE_GENESYS_ID, isGenesysId } from "../../lib/shared";
import { outputFormatIsSupported } from "../../lib/shared";
import { RECOMMENDED_MODEL } from "../../lib/shared";
import { readBodyProps } from "../../lib/shared";
import { GENESYS_TTS_CONNECTOR } from "../../lib/tts-connector-type";
import { notesOf } from "../shared/genesys/notes";
import type { Models } from "../shared/genesys/sdk";
import { jsonDifferences } from "../shared/json-diff";
import { quotedName, tsString } from "../shared/text-escaping";
import { classifyVendor } from "./classify";

/** What Genesys answered about one integration. */
export interface IntegrationAnswers {
  readonly integration: Models.Integration;
  readonly config: Models.IntegrationConfiguration | Error;
  /** The credential in the slot, when one is linked and it was read. */
  readonly credential?: Models.Credential | Error;
}

/** One value the first apply writes over what Genesys holds. */
export interface FirstApplyChange {
  /** `properties.ttsConnectorVoicesURI`, `advanced.synthesizeBody.model_id`, `credential`. */
  readonly path: string;
  /** JSON of what Genesys holds; undefined when absent. */
  readonly from?: unknown;
  /** JSON of what the construct writes; undefined when it removes the key. */
  readonly to?: unknown;
  readonly why?: string;
}

/** The construct that reproduces a Cartesia connector, as data: the renderers make code of it. */
export interface AdoptedConnector {
  /** The construct id, unique among the adopted connectors (set by `adoptAll`). */
  readonly constructId: string;
  /** Props that differ from the defaults, each as a TypeScript expression, in the props table's order. `apiKey` is the shared variable. */
  readonly props: readonly (readonly [string, string])[];
  /** The library's names those expressions use, such as `CartesiaModel` and `Emotion`, for the code's import. */
  readonly imports: readonly string[];
  readonly importExisting: { readonly integrationId: string; readonly credentialId?: string };
  /** What the first apply changes in Genesys; nothing else changes. */
  readonly changes: readonly FirstApplyChange[];
  /** What is kept but worth a look (a moving alias). */
  readonly notes: readonly string[];
}

/** Whether an integration is adopted, and how; or why not. */
export type Adoption =
  | { readonly kind: "cartesia"; readonly adopted: AdoptedConnector }
  | { readonly kind: "other"; readonly reason: string }
  | { readonly kind: "unreadable"; readonly reason: string }
  /** An id that is not a Genesys id: never printed as code, never put in a URL. */
  | { readonly kind: "refused"; readonly reason: string };

/** The snapshot that replaces a model the construct cannot keep: the one the library recommends. */
const DEFAULT_SNAPSHOT = RECOMMENDED_MODEL.id;
const KEYS = GENESYS_TTS_CONNECTOR.propertyKeys;
const SLOT = GENESYS_TTS_CONNECTOR.credentialSlot;
/** The key's place in the settings adopt builds the config from; a key is never read, so any token does. */
const KEY_TOKEN = "${var.cartesia_api_key}";

/**
 * Decides how the construct reproduces an integration (pure): its props, the ids to import, and what
 * the first apply changes: the construct writes exactly its nine properties and its synthesis body, so
 * any other key, a URL that is not Cartesia's, a model or format it refuses, are replaced; the
 * credential's fields cannot be read back, so they are written.
 */
export function adoptIntegration(answers: IntegrationAnswers): Adoption {
  const { integration, config } = answers;
  const badId = idProblem("id", integration.id);
  if (badId) return { kind: "refused", reason: badId };
  if (config instanceof Error) return { kind: "unreadable", reason: `its config could not be read: ${config.message}` };
  const badCredentialId = linkedCredentialId(config) === undefined ? undefined : idProblem("credential id", linkedCredentialId(config));
  if (badCredentialId) return { kind: "refused", reason: badCredentialId };
  const properties = (config.properties ?? {}) as Record<string, unknown>;
  const advanced = (config.advanced ?? {}) as Record<string, unknown>;
  const vendor = classifyVendor(properties, advanced, KEYS);
  if (vendor.kind === "other") return { kind: "other", reason: vendor.reason };

  const body = (typeof advanced.synthesizeBody === "object" && advanced.synthesizeBody !== null ? advanced.synthesizeBody : {}) as Record<string, unknown>;
  const model = modelChoice(body.model_id);
  const format = formatChoice(body.output_format);
  const pci = properties[KEYS.pciCompliant];
  const pciCompliant = !(pci === false || (typeof pci === "string" && pci.toLowerCase() === "false"));
  const name = config.name ?? integration.name ?? DEFAULT_INTEGRATION_NAME;
  const notes = notesOf(config.notes);
  // What the construct writes for these props: the settings come from the construct's own validation.
  const chosen = {
    apiKey: CartesiaApiKey.fromToken(KEY_TOKEN),
    model: modelKindOf(model.id) === ModelKind.ALIAS ? CartesiaModel.alias(model.id) : CartesiaModel.snapshot(model.id),
    outputFormat: format.format,
    pciCompliant,
    apiBaseUrl: vendor.apiBaseUrl ?? CARTESIA_API_BASE_URL,
  };
  // The body's optional props, each kept unless the construct refuses it, with the construct's reason.
  const read = readBodyProps(body);
  const withProps = (list: readonly { prop: string; value: unknown }[]) => ({ ...chosen, ...Object.fromEntries(list.map(({ prop, value }) => [prop, value])) });
  const given = validateConnectorProps(withProps(read.props));
  const refusal = (prop: string) => {
    const error = given.errors.find((e) => e.startsWith(`${prop}:`) || e.startsWith(`${prop}.`));
    return error === undefined ? undefined : sentence(error);
  };
  const kept = read.props.filter(({ prop }) => refusal(prop) === undefined);
  // Validated again only without what was refused.
  const { settings } = kept.length === read.props.length ? given : validateConnectorProps(withProps(kept));
  const built = buildConnectorConfig(settings);

  const why: Readonly<Record<string, string | undefined>> = {
    "advanced.synthesizeBody.model_id": model.why,
    "advanced.synthesizeBody.output_format": format.why,
    ...Object.fromEntries(Object.entries(read.unread).map(([field, why]) => [`advanced.synthesizeBody.${field}`, why])),
    ...Object.fromEntries(read.props.map(({ prop, field }) => [`advanced.synthesizeBody.${field}`, refusal(prop)])),
    [`properties.${KEYS.synthesizeUri}`]: vendor.urlProblem,
    [`properties.${KEYS.voicesUri}`]: vendor.urlProblem,
  };
  const changes: FirstApplyChange[] = [];
  for (const [kind, current, ours] of [
    ["properties", properties, built.properties],
    ["advanced", advanced, built.advanced],
  ] as const) {
    for (const d of jsonDifferences(current, ours, { path: kind })) {
      // A replaced object differs leaf by leaf: its reason is the object's.
      const owner = Object.keys(why).find((key) => why[key] !== undefined && (d.path === key || d.path.startsWith(`${key}.`)));
      const reason = owner ? why[owner] : d.right === undefined ? `not a ${kind === "properties" ? "property" : "key"} the construct writes` : undefined;
      changes.push({ path: d.path, from: d.left, to: d.right, why: reason });
    }
  }

  const linked = config.credentials?.[SLOT];
  const credential = answers.credential instanceof Error ? undefined : answers.credential;
  const adoptCredential = linked?.id !== undefined && credential?.type?.name === GENESYS_TTS_CONNECTOR.credentialType;
  if (adoptCredential) {
    changes.push({
      path: "credential",
      why: `its fields cannot be read back from Genesys, so the first apply writes them: X-Api-Key from TF_VAR_cartesia_api_key, Cartesia-Version ${DEFAULT_CARTESIA_VERSION} (set cartesiaVersion if it uses another)`,
    });
  } else {
    const what =
      linked?.id === undefined
        ? "no credential is linked"
        : answers.credential instanceof Error
          ? `its credential ${linked.id} could not be read (${answers.credential.message})`
          : `its credential ${linked.id} is of type ${credential?.type?.name ?? "unknown"}, not ${GENESYS_TTS_CONNECTOR.credentialType}`;
    changes.push({
      path: "credential",
      why: `${what}: the first apply creates a ${GENESYS_TTS_CONNECTOR.credentialType} credential and links it in slot ${SLOT}`,
    });
  }

  const imports = new Set(["CartesiaModel", ...(format.expression ? ["OutputFormat"] : [])]);
  const props: [string, string][] = [
    ["apiKey", "apiKey"],
    ["model", model.expression],
  ];
  if (format.expression) props.push(["outputFormat", format.expression]);
  if (name !== DEFAULT_INTEGRATION_NAME) props.push(["integrationName", literal(name)]);
  if (adoptCredential && credential?.name !== undefined && credential.name !== `${name} credential`) props.push(["credentialName", literal(credential.name)]);
  if (integration.intendedState === "DISABLED") props.push(["enabled", "false"]);
  if (!pciCompliant) props.push(["pciCompliant", "false"]);
  for (const { prop, value } of kept) props.push([prop, expressionOfValue(value, imports)]);
  if (notes !== "") props.push(["notes", literal(notes)]);
  if (vendor.apiBaseUrl) props.push(["apiBaseUrl", literal(vendor.apiBaseUrl)]);

  return {
    kind: "cartesia",
    adopted: {
      constructId: "",
      props,
      imports: [...imports].sort(),
      importExisting: { integrationId: integration.id!, credentialId: adoptCredential ? linked.id : undefined },
      changes,
      notes: model.note ? [model.note] : [],
    },
  };
}

/**
 * Why an id Genesys answered is refused, or undefined for a Genesys id (a UUID). An id goes into code
 * and into URL paths: anything else (`..`, `%2F`, a name, a line break) is refused before either.
 */
export function idProblem(what: string, id: unknown): string | undefined {
  if (isGenesysId(id)) return undefined;
  const shown = typeof id === "string" ? quotedName(id) : "(none)";
  return `its ${what} ${shown} is not a Genesys id (a UUID such as ${EXAMPLE_GENESYS_ID}): refused, neither requested nor printed as code`;
}

/** The credential id a config links in the connector's slot, as Genesys answered it. */
export function linkedCredentialId(config: Models.IntegrationConfiguration): unknown {
  return (config.credentials?.[SLOT] as { id?: unknown } | undefined)?.id;
}

/** Unique construct ids from the integrations' names, in order: `Genesys TTS Connector: Cartesia` -> `genesys-tts-connector-cartesia`. */
export function withConstructIds(adopted: readonly { readonly name: string; readonly adopted: AdoptedConnector }[]): AdoptedConnector[] {
  const taken = new Set<string>();
  return adopted.map(({ name, adopted: connector }) => {
    const slug =
      name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 48)
        .replace(/-+$/, "") || "cartesia";
    let id = slug;
    for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
    taken.add(id);
    return { ...connector, constructId: id };
  });
}

/**
 * A string as a TypeScript literal that the construct writes as the same text: Terraform would read
 * `${` and `%{` as a template, so they are doubled, Terraform's own escape; `tsString` keeps it one
 * literal on one line, whatever the organization put in it.
 */
function literal(text: string): string {
  return tsString(text.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{"));
}

interface ModelChoice {
  readonly id: string;
  readonly expression: string;
  readonly why?: string;
  readonly note?: string;
}

/** The construct's model for a `model_id`: its constant or factory, or the newest snapshot when the construct refuses it. */
function modelChoice(id: unknown): ModelChoice {
  const replaced = (why: string): ModelChoice => ({ id: DEFAULT_SNAPSHOT, expression: expressionOf(CartesiaModel.snapshot(DEFAULT_SNAPSHOT)), why });
  if (typeof id !== "string" || id === "") return replaced("no model_id is set");
  const model = modelKindOf(id) === ModelKind.ALIAS ? CartesiaModel.alias(id) : CartesiaModel.snapshot(id);
  const verdict = modelIsServed(model);
  if (verdict.errors.length > 0) return replaced(sentence(verdict.errors[0].replace(/^model: /, "")));
  const note =
    model.kind === ModelKind.ALIAS
      ? `model_id ${JSON.stringify(id)} is an alias Cartesia moves to newer models without notice: kept; pin a dated snapshot (${expressionOf(CartesiaModel.snapshot(DEFAULT_SNAPSHOT))}) once you have listened to it.`
      : undefined;
  return { id, expression: expressionOf(model), note };
}

/** A library message as a clause inside parentheses: without its final period. */
function sentence(message: string): string {
  return message.replace(/\.$/, "");
}

/** `CartesiaModel.SONIC_LATEST` when a constant has the id, else the factory call. */
function expressionOf(model: CartesiaModel): string {
  const constant = Object.entries(CartesiaModel).find(([, value]) => value instanceof CartesiaModel && value.id === model.id && value.kind === model.kind);
  if (constant) return `CartesiaModel.${constant[0]}`;
  return `CartesiaModel.${model.kind === ModelKind.ALIAS ? "alias" : "snapshot"}(${tsString(model.id)})`;
}

/**
 * A prop's value read from a body as TypeScript, adding the library classes it names to `names`: a
 * string as a literal, a number or boolean as itself, an object field by field, and an instance of a
 * library class as its constant (`Emotion.CALM`) or else its factory `of` (`Emotion.of("whispering")`).
 */
function expressionOfValue(value: unknown, names: Set<string>): string {
  if (typeof value === "string") return literal(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value !== null && typeof value === "object") {
    if (Object.getPrototypeOf(value) === Object.prototype) {
      const fields = Object.entries(value).filter(([, v]) => v !== undefined);
      return `{ ${fields.map(([key, v]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : tsString(key)}: ${expressionOfValue(v, names)}`).join(", ")} }`;
    }
    const kind = value.constructor as unknown as { readonly name: string; readonly of?: unknown } & Readonly<Record<string, unknown>>;
    names.add(kind.name);
    const constant = Object.keys(kind).find((key) => kind[key] === value);
    if (constant !== undefined) return `${kind.name}.${constant}`;
    const name = (value as { readonly name?: unknown }).name;
    if (typeof kind.of === "function" && typeof name === "string") return `${kind.name}.of(${tsString(name)})`;
  }
  throw new Error(`adopt: no TypeScript for ${typeof value}`);
}

interface FormatChoice {
  readonly format: OutputFormat;
  /** Undefined for the default, `OutputFormat.TELEPHONY`. */
  readonly expression?: string;
  readonly why?: string;
}

/** The construct's output format for an `output_format`, or the telephony default when the construct refuses it. */
function formatChoice(value: unknown): FormatChoice {
  const telephony = (why?: string): FormatChoice => ({ format: OutputFormat.TELEPHONY, why });
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return telephony(value === undefined ? "no output_format is set" : "output_format is not an object");
  const given = value as Record<string, unknown>;
  const container = given.container;
  const spec = (
    container === "mp3"
      ? { container, sampleRate: given.sample_rate, bitRate: given.bit_rate }
      : { container, encoding: given.encoding, sampleRate: given.sample_rate }
  ) as OutputFormatSpec;
  const problems = outputFormatIsSupported(spec, "output_format").errors;
  if (problems.length > 0) return telephony(sentence(problems[0]));
  const format =
    spec.container === "mp3"
      ? OutputFormat.mp3({ sampleRate: spec.sampleRate, bitRate: spec.bitRate! })
      : OutputFormat[spec.container]({ encoding: spec.encoding!, sampleRate: spec.sampleRate });
  const json = outputFormatJson(format);
  const telephonyJson = outputFormatJson(OutputFormat.TELEPHONY);
  if (JSON.stringify(json) === JSON.stringify(telephonyJson)) return { format };
  const options =
    spec.container === "mp3"
      ? `{ sampleRate: ${Number(spec.sampleRate)}, bitRate: ${Number(spec.bitRate)} }`
      : `{ encoding: ${tsString(String(spec.encoding))}, sampleRate: ${Number(spec.sampleRate)} }`;
  return { format, expression: `OutputFormat.${spec.container}(${options})` };
}
