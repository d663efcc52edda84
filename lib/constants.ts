import { API_KEY_HEADER, CARTESIA_API_BASE_URL, DEFAULT_CARTESIA_VERSION, DEFAULT_INTEGRATION_NAME, VERSION_HEADER } from "./connector-config";
import { STANDALONE_CONFIG_ENV } from "./integration-config-mode";
import { GENESYS_TTS_CONNECTOR, type TtsConnectorType } from "./tts-connector-type";

/**
 * The library's constants, on a class so that every language jsii targets has them (jsii carries no
 * module-level constants). TypeScript can also import each one by itself (`API_KEY_HEADER`).
 */
export class ConnectorConstants {
  /** Cartesia's public API; `apiBaseUrl` replaces it for a proxy or a test server. */
  public static readonly CARTESIA_API_BASE_URL: string = CARTESIA_API_BASE_URL;
  /** The guide's integration name. */
  public static readonly DEFAULT_INTEGRATION_NAME: string = DEFAULT_INTEGRATION_NAME;
  /** The Cartesia API version the guide sets as `Cartesia-Version`. */
  public static readonly DEFAULT_CARTESIA_VERSION: string = DEFAULT_CARTESIA_VERSION;
  /** The credential field (an HTTP header) that carries the key. */
  public static readonly API_KEY_HEADER: string = API_KEY_HEADER;
  /** The credential field (an HTTP header) that carries the Cartesia API version. */
  public static readonly VERSION_HEADER: string = VERSION_HEADER;
  /** The environment variable the provider needs before it manages `genesyscloud_integration_config`. */
  public static readonly STANDALONE_CONFIG_ENV: string = STANDALONE_CONFIG_ENV;
  /** The Genesys TTS Connector facts the connector writes unless overridden. */
  public static readonly GENESYS_TTS_CONNECTOR: TtsConnectorType = GENESYS_TTS_CONNECTOR;

  private constructor() {}
}
