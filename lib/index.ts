// The public API, by name: everything else under lib/ (lib/private/ above all) is internal and may
// change in any release. __tests__/lib/public-api.test.ts lists these exports, so a change shows.

export { CartesiaTtsConnector } from "./cartesia-tts-connector";
export type { CartesiaTtsConnectorProps, ConnectorSettings } from "./cartesia-tts-connector-props";
export type { ImportExisting } from "./import-existing";
export { ApiKeySourceKind, CartesiaApiKey, type ApiKeyVariableOptions, type CredentialNameOptions } from "./cartesia-api-key";
export { CartesiaModel, ModelKind } from "./cartesia-model";
export {
  OutputFormat,
  type AudioContainer,
  type Mp3BitRate,
  type Mp3FormatOptions,
  type OutputFormatJson,
  type OutputFormatSpec,
  type PcmEncoding,
  type PcmFormatOptions,
  type SampleRate,
} from "./output-format";
export { IntegrationConfigMode, STANDALONE_CONFIG_ENV } from "./integration-config-mode";
export { CartesiaConnectorConfigError } from "./errors";
export { GENESYS_TTS_CONNECTOR, type ConnectorPropertyKeys, type TtsConnectorType, type TtsConnectorTypeOverrides } from "./tts-connector-type";
export {
  API_KEY_HEADER,
  buildConnectorConfig,
  CARTESIA_API_BASE_URL,
  DEFAULT_CARTESIA_VERSION,
  VERSION_HEADER,
  type ConnectorConfig,
  type ConnectorConfigInput,
} from "./connector-config";
export type { JsonValue } from "./private/canonical-json";
export * from "./genesyscloud";
