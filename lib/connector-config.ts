import { canonicalJson } from "./private/canonical-json";
import type { ConnectorSettings } from "./cartesia-tts-connector-props";
import type { ConnectorPropertyKeys } from "./tts-connector-type";
import { buildSynthesizeBody } from "./private/synthesize-body";

/** Cartesia's public API; `apiBaseUrl` replaces it for a proxy or a test server. */
export const CARTESIA_API_BASE_URL = "https://api.cartesia.ai";
/** The guide's integration name. */
export const DEFAULT_INTEGRATION_NAME = "Genesys TTS Connector: Cartesia";
/** The Cartesia API version the guide sets as `Cartesia-Version`. */
export const DEFAULT_CARTESIA_VERSION = "2026-03-01";
/** API versions Cartesia documents; another well-formed date is accepted with a warning. */
export const KNOWN_CARTESIA_VERSIONS: readonly string[] = ["2024-06-10", "2024-11-13", "2025-04-16", "2026-03-01", "2026-08-14"];
/** The credential field that carries the key: Genesys sends each "User Defined" field as an HTTP header of that name. */
export const API_KEY_HEADER = "X-Api-Key";
/** The credential field (and so the header) that carries the Cartesia API version. */
export const VERSION_HEADER = "Cartesia-Version";

/**
 * The guide's nine properties by meaning: each one's name in Genesys Cloud's UI (Configuration >
 * Properties), for messages. The keys Genesys stores them under are `GENESYS_TTS_CONNECTOR.propertyKeys`.
 */
export const PROPERTY_LABELS: Readonly<Record<keyof ConnectorPropertyKeys, string>> = {
  synthesizeUri: "Synthesize Text URI",
  voicesUri: "List Voices URI",
  synthesizeMethod: "Synthesize Text Request Method",
  voicesAttribute: "Voices Attribute",
  voiceNameAttribute: "Voice Name Attribute",
  voiceIdAttribute: "Voice Id Attribute",
  voiceLanguageAttribute: "Voice Language Attribute",
  voiceGenderAttribute: "Voice Gender Attribute",
  pciCompliant: "PCI Compliant",
};

/** The integration config's two JSON documents, as data and as the canonical strings Genesys receives. */
export interface ConnectorConfig {
  /** The "Properties": the nine settings of the guide, by their keys. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- jsii: a JSON object is a map of any, in every language
  readonly properties: { readonly [key: string]: any };
  /** The "Advanced" JSON: `synthesizeBody`, with its `$voice` and `$text` placeholders. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- jsii: a JSON object is a map of any, in every language
  readonly advanced: { readonly [key: string]: any };
  /** `properties` as canonical JSON (keys sorted at every depth): the string written into `cdk.tf.json`. */
  readonly propertiesJson: string;
  /** `advanced` as canonical JSON. */
  readonly advancedJson: string;
}

/** Builds the integration's "Properties" and "Advanced" configuration from validated settings, exactly as the guide prescribes. */
export function buildConnectorConfig(settings: ConnectorSettings): ConnectorConfig {
  const keys = settings.connectorType.propertyKeys;
  const properties = {
    [keys.synthesizeUri]: `${settings.apiBaseUrl}/tts/bytes`,
    [keys.voicesUri]: `${settings.apiBaseUrl}/voices/export`,
    [keys.synthesizeMethod]: "post",
    [keys.voicesAttribute]: "data",
    [keys.voiceNameAttribute]: "name",
    [keys.voiceIdAttribute]: "id",
    [keys.voiceLanguageAttribute]: "language",
    [keys.voiceGenderAttribute]: "gender",
    [keys.pciCompliant]: settings.pciCompliant,
  };
  const advanced = { synthesizeBody: buildSynthesizeBody(settings) };
  return { properties, advanced, propertiesJson: canonicalJson(properties), advancedJson: canonicalJson(advanced) };
}

/** The "User Defined" credential's fields: each becomes a header on every request to Cartesia. */
export function buildCredentialFields(apiKey: string, cartesiaVersion: string): { [header: string]: string } {
  return { [API_KEY_HEADER]: apiKey, [VERSION_HEADER]: cartesiaVersion };
}
