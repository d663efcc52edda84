import { type TerraformProvider } from "cdktf";
import { type CartesiaApiKey } from "./cartesia-api-key";
import { type CartesiaModel } from "./cartesia-model";
import { type GenerationConfig } from "./generation-config";
import { type ImportExisting } from "./import-existing";
import { type IntegrationConfigMode } from "./integration-config-mode";
import { type OutputFormat } from "./output-format";
import { type TtsConnectorType, type TtsConnectorTypeOverrides } from "./tts-connector-type";

/** Props of `CartesiaTtsConnector`. Only `apiKey` and `model` are required; the rest default to the guide. */
export interface CartesiaTtsConnectorProps {
  /**
   * The Cartesia API key, as a reference resolved at deploy time. Never a literal string: it would
   * be written in plain text into `cdktf.out`.
   */
  readonly apiKey: CartesiaApiKey;

  /**
   * The model Cartesia synthesizes with (`model_id`). Pin a dated snapshot for production; an alias
   * such as `CartesiaModel.SONIC_LATEST` is accepted with a warning.
   */
  readonly model: CartesiaModel;

  /**
   * The audio format Cartesia returns (`output_format`).
   * @default OutputFormat.TELEPHONY - raw pcm_s16le at 8000 Hz, as in the guide
   */
  readonly outputFormat?: OutputFormat;

  /**
   * The Cartesia API version, sent as the `Cartesia-Version` header.
   * @default "2026-03-01"
   */
  readonly cartesiaVersion?: string;

  /**
   * The integration's name in Genesys Cloud, unique in the organization. Architect users pick the
   * engine by this name, so renaming it is a visible change.
   * @default "Genesys TTS Connector: Cartesia"
   */
  readonly integrationName?: string;

  /**
   * The name of the credential the connector creates (not used with `fromExistingCredential`).
   * @default - the integration name followed by " credential"
   */
  readonly credentialName?: string;

  /**
   * Whether the integration is activated (`intended_state` ENABLED) or left DISABLED.
   * @default true
   */
  readonly enabled?: boolean;

  /**
   * The "PCI Compliant" property.
   * @default true
   */
  readonly pciCompliant?: boolean;

  /**
   * How the integration's config is written: a standalone `genesyscloud_integration_config`
   * resource, or the `config` block embedded in `genesyscloud_integration`. One stack must use one style.
   * @default IntegrationConfigMode.STANDALONE - needs provider 1.86+ run with ENABLE_STANDALONE_INTEGRATION_CONFIG set
   */
  readonly configMode?: IntegrationConfigMode;

  /**
   * The `language` Cartesia synthesizes in (ISO 639-1, such as "en").
   * @default - no language is sent; Cartesia uses the voice's language
   */
  readonly language?: string;

  /**
   * How Cartesia speaks (`generation_config`): speed, volume and emotion. The sonic-3 family only: with an
   * older model it has no effect (synth warns).
   * @default - none is sent; Cartesia speaks at its normal speed and volume
   */
  readonly generationConfig?: GenerationConfig;

  /**
   * Notes shown on the integration in Genesys Cloud.
   * @default - no notes
   */
  readonly notes?: string;

  /**
   * The Genesys provider to create the resources with: an aliased provider for stacks that manage
   * several organizations. At most ten connectors share one provider (the per-organization limit).
   * @default - the stack's default genesyscloud provider
   */
  readonly provider?: TerraformProvider;

  /**
   * Base URL of Cartesia's API, for a proxy in front of it.
   * @default "https://api.cartesia.ai"
   */
  readonly apiBaseUrl?: string;

  /**
   * Overrides for the Genesys TTS Connector facts that come from a single third-party source
   * (integration type id, credential slot and type, property keys).
   * @default - GENESYS_TTS_CONNECTOR
   */
  readonly connectorType?: TtsConnectorTypeOverrides;

  /**
   * Adopt resources that already exist (a connector configured by hand) instead of creating them:
   * Terraform import blocks for the integration, its standalone config and, with `credentialId`, its
   * credential. The first apply then updates them in place; the integration keeps its id, so its TTS
   * engine `connector-<id>` and the Architect flows that use it are untouched. Needs Terraform 1.5+.
   * `cartesia-genesys adopt` prints this prop, with the ids, for every connector of an organization.
   * @default - nothing is imported: every resource is created
   */
  readonly importExisting?: ImportExisting;
}

/** The props after validation, each default applied: what the construct built from (`connector.settings`). */
export interface ConnectorSettings {
  /** Where the key comes from. */
  readonly apiKey: CartesiaApiKey;
  /** The model sent as `model_id`. */
  readonly model: CartesiaModel;
  /** The `output_format` sent. */
  readonly outputFormat: OutputFormat;
  /** The `Cartesia-Version` header sent. */
  readonly cartesiaVersion: string;
  /** The integration's name. */
  readonly integrationName: string;
  /** The created credential's name (unused with `fromExistingCredential`). */
  readonly credentialName: string;
  /** Whether `intended_state` is ENABLED. */
  readonly enabled: boolean;
  /** The "PCI Compliant" property. */
  readonly pciCompliant: boolean;
  /** Where the config is written. */
  readonly configMode: IntegrationConfigMode;
  /** The `language` sent, if any. */
  readonly language?: string;
  /** The `generation_config` sent, if any. */
  readonly generationConfig?: GenerationConfig;
  /** The integration's notes, if any. */
  readonly notes?: string;
  /** The provider passed, if any; else the stack's default one is used. */
  readonly provider?: TerraformProvider;
  /** Cartesia's base URL, without a trailing slash. */
  readonly apiBaseUrl: string;
  /** The connector type's facts, overrides applied. */
  readonly connectorType: TtsConnectorType;
  /** What is adopted instead of created, if anything. */
  readonly importExisting?: ImportExisting;
}
