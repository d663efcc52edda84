// The public API, by name: everything else under lib/ (lib/private/ above all) is internal and may
// change in any release. __tests__/lib/public-api.test.ts lists these exports, so a change shows.

// First: says which package to take when this one is installed into an app of the other engine.
import "./private/engine-check";

export { CartesiaTtsConnector } from "./cartesia-tts-connector";
// Whole: the props, the settings and the value types only a prop uses, so a
// new prop's types need no line here.
export * from "./cartesia-tts-connector-props";
export type { ImportExisting } from "./import-existing";
export { ApiKeySourceKind, CartesiaApiKey, type ApiKeyVariableOptions, type CredentialNameOptions } from "./cartesia-api-key";
export { CartesiaModel, ModelKind } from "./cartesia-model";
export {
  OutputFormat,
  AudioContainer,
  type AudioContainerName,
  Mp3BitRate,
  type Mp3FormatOptions,
  type OutputFormatJson,
  type OutputFormatSpec,
  PcmEncoding,
  type PcmEncodingName,
  type PcmFormatOptions,
  SampleRate,
} from "./output-format";
export { IntegrationConfigMode, STANDALONE_CONFIG_ENV } from "./integration-config-mode";
export { CartesiaConnectorConfigError, ConnectorErrors } from "./errors";
export {
  GENESYS_TTS_CONNECTOR,
  type ConnectorPropertyKeys,
  type ConnectorPropertyKeyOverrides,
  type TtsConnectorType,
  type TtsConnectorTypeOverrides,
} from "./tts-connector-type";
export {
  API_KEY_HEADER,
  buildConnectorConfig,
  CARTESIA_API_BASE_URL,
  DEFAULT_CARTESIA_VERSION,
  VERSION_HEADER,
  type ConnectorConfig,
} from "./connector-config";
export { ConnectorConstants } from "./constants";
export type { JsonValue } from "./private/canonical-json";
export * from "./genesyscloud";
