import { isLoopbackHost } from "../../lib/shared";
import type { JsonValue } from "../../lib/shared";
import { GENESYS_TTS_CONNECTOR, type ConnectorPropertyKeys } from "../../lib/tts-connector-type";
import type { FieldSource, SynthesizedConnector } from "../shared/synthesized-connectors";
import { placeholderPaths, substitutePlaceholders, type PlaceholderValues } from "./placeholders";
import { PROPERTY_LABELS } from "../../lib/connector-config";

/** What the requests are rendered from: a connector's config as Genesys holds it. */
export interface ConnectorSource {
  /** Names the connector in messages: its construct path or address. */
  readonly label: string;
  /** The integration's "Properties" (parsed); undefined when absent or not JSON. */
  readonly properties?: Readonly<Record<string, JsonValue>>;
  /** The integration's "Advanced" JSON (parsed); undefined when absent or not JSON. */
  readonly advanced?: Readonly<Record<string, JsonValue>>;
  /** The credential's fields; undefined when the credential is managed outside the stack. */
  readonly credentialFields?: Readonly<Record<string, FieldSource>>;
  /** Property keys, when the connector type's keys were overridden. @default GENESYS_TTS_CONNECTOR.propertyKeys */
  readonly propertyKeys?: ConnectorPropertyKeys;
  /** The declared `apiBaseUrl`, when known (from a construct); else it is read off the synthesis URI. */
  readonly apiBaseUrl?: string;
}

/** One HTTP request, exactly as it goes on the wire (the body as the bytes' text). */
export interface HttpRequestSpec {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** The attribute names Genesys reads the voice list with. */
export interface VoiceListAttributes {
  readonly voices: string;
  readonly id: string;
  readonly name: string;
  readonly language: string;
  readonly gender: string;
}

/** The voice-list request and how its answer is read. */
export interface VoiceListRequest extends HttpRequestSpec {
  readonly attributes: VoiceListAttributes;
}

/** The synthesis request, with its body also as the value that was serialized. */
export interface SynthesisRequest extends HttpRequestSpec {
  readonly json: JsonValue;
}

/** Rendering's outcome: `problems` mean the connector cannot work as configured. */
export interface Rendered<T> {
  readonly request?: T;
  readonly problems: readonly string[];
  readonly warnings: readonly string[];
}

/** A connector read from `cdk.tf.json`, as a render source. */
export function sourceFromSynthesized(connector: SynthesizedConnector): ConnectorSource {
  return {
    label: connector.constructPath ?? connector.address,
    properties: connector.properties,
    advanced: connector.advanced,
    credentialFields: connector.credential?.fields,
  };
}

/**
 * The `GET` Genesys sends to list voices: the List Voices URI with the credential's fields as
 * headers. `endpoint` replaces the URL's origin (and prefixes its path) to reach a proxy or test server.
 */
export function renderVoiceListRequest(source: ConnectorSource, headers: Readonly<Record<string, string>>, endpoint?: string): Rendered<VoiceListRequest> {
  const keys = source.propertyKeys ?? GENESYS_TTS_CONNECTOR.propertyKeys;
  const problems: string[] = [];
  const properties = source.properties;
  if (!properties) return { problems: [`${source.label}: the integration has no Properties JSON; Genesys cannot list voices.`], warnings: [] };
  const url = urlProperty(properties, keys.voicesUri, PROPERTY_LABELS.voicesUri, problems, endpoint);
  const attribute = (key: string, label: string) => {
    const value = properties[key];
    if (typeof value !== "string" || value === "")
      problems.push(`Properties.${key} ("${label}"): got ${JSON.stringify(value ?? null)}; expected an attribute name such as the guide's.`);
    return typeof value === "string" ? value : "";
  };
  const attributes: VoiceListAttributes = {
    voices: attribute(keys.voicesAttribute, PROPERTY_LABELS.voicesAttribute),
    id: attribute(keys.voiceIdAttribute, PROPERTY_LABELS.voiceIdAttribute),
    name: attribute(keys.voiceNameAttribute, PROPERTY_LABELS.voiceNameAttribute),
    language: attribute(keys.voiceLanguageAttribute, PROPERTY_LABELS.voiceLanguageAttribute),
    gender: attribute(keys.voiceGenderAttribute, PROPERTY_LABELS.voiceGenderAttribute),
  };
  if (problems.length > 0 || url === undefined) return { problems, warnings: [] };
  return { request: { method: "GET", url, headers: { ...headers }, attributes }, problems, warnings: [] };
}

/**
 * The synthesis request Genesys sends: the Synthesize Text Request Method on the Synthesize Text URI,
 * the credential's fields as headers, and `synthesizeBody` with `$text` and `$voice` substituted in
 * the parsed value (see `substitutePlaceholders`) before it is serialized once.
 */
export function renderSynthesisRequest(
  source: ConnectorSource,
  headers: Readonly<Record<string, string>>,
  values: PlaceholderValues,
  endpoint?: string,
): Rendered<SynthesisRequest> {
  const keys = source.propertyKeys ?? GENESYS_TTS_CONNECTOR.propertyKeys;
  const problems: string[] = [];
  const warnings: string[] = [];
  const properties = source.properties;
  if (!properties) problems.push(`${source.label}: the integration has no Properties JSON; Genesys cannot synthesize.`);
  const url = properties ? urlProperty(properties, keys.synthesizeUri, PROPERTY_LABELS.synthesizeUri, problems, endpoint) : undefined;
  const methodValue = properties?.[keys.synthesizeMethod];
  if (properties && typeof methodValue !== "string") {
    problems.push(
      `Properties.${keys.synthesizeMethod} ("${PROPERTY_LABELS.synthesizeMethod}"): got ${JSON.stringify(methodValue ?? null)}; the guide sets "post".`,
    );
  }
  const template = source.advanced?.synthesizeBody;
  if (template === undefined) {
    problems.push(
      `Advanced.synthesizeBody: missing; Genesys has no body to send. The guide's is {"voice":{"mode":"id","id":"$voice"},"model_id":...,"transcript":"$text","output_format":{...}}.`,
    );
  } else if (template === null || typeof template !== "object" || Array.isArray(template)) {
    problems.push(`Advanced.synthesizeBody: got ${JSON.stringify(template)}; expected a JSON object.`);
  } else {
    if (placeholderPaths(template, "text").length === 0) {
      problems.push(`Advanced.synthesizeBody: no "$text" anywhere; Genesys would send the same body for every prompt. Put "$text" in "transcript".`);
    }
    if (placeholderPaths(template, "voice").length === 0) {
      warnings.push(`Advanced.synthesizeBody: no "$voice"; the voice chosen in Architect is ignored.`);
    }
  }
  if (problems.length > 0 || url === undefined || typeof methodValue !== "string" || template === undefined) return { problems, warnings };

  const json = substitutePlaceholders(template, values);
  const request: SynthesisRequest = {
    method: methodValue.toUpperCase(),
    url,
    headers: { ...headers, "Content-Type": "application/json" },
    body: JSON.stringify(json),
    json,
  };
  return { request, problems, warnings };
}

/**
 * Sends a URL to another base: `https://api.cartesia.ai/tts/bytes` with `http://127.0.0.1:8080/proxy`
 * becomes `http://127.0.0.1:8080/proxy/tts/bytes`; the query is kept.
 */
export function rebaseUrl(url: string, endpoint: string): string {
  const original = new URL(url);
  const base = new URL(endpoint);
  const prefix = base.pathname.replace(/\/+$/, "");
  return `${base.origin}${prefix}${original.pathname}${original.search}`;
}

function urlProperty(
  properties: Readonly<Record<string, JsonValue>>,
  key: string,
  label: string,
  problems: string[],
  endpoint: string | undefined,
): string | undefined {
  const value = properties[key];
  let url: URL;
  try {
    url = new URL(typeof value === "string" ? value : "");
  } catch {
    problems.push(`Properties.${key} ("${label}"): got ${JSON.stringify(value ?? null)}; expected an https URL such as the guide's.`);
    return undefined;
  }
  if (url.protocol !== "https:" && !isLoopbackHost(url.hostname)) {
    problems.push(`Properties.${key} ("${label}"): got ${JSON.stringify(value)}; Cartesia serves HTTPS only (a key sent over HTTP may be rotated).`);
    return undefined;
  }
  return endpoint === undefined ? url.toString() : rebaseUrl(url.toString(), endpoint);
}
