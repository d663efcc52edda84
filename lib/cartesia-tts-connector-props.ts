import type { TerraformProvider } from "cdktf";
import { type CartesiaApiKey } from "./cartesia-api-key";
import { type CartesiaModel } from "./cartesia-model";
import { type ImportExisting } from "./import-existing";
import { type IntegrationConfigMode } from "./integration-config-mode";
import { type OutputFormat } from "./output-format";
import { markGenuine } from "./private/genuine";
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

/**
 * The emotion Cartesia guides its speech toward (`generation_config.emotion`; the sonic-3 family only).
 *
 * The constants are the `Emotion` union of Cartesia's SDK (`@cartesia/cartesia-js` 4.2.0,
 * `resources/tts.d.ts`), in its order; Cartesia calls `neutral`, `calm`, `angry`, `content`, `sad` and
 * `scared` the primary ones. `Emotion.of` takes another name, which is sent with a warning.
 */
export class Emotion {
  /** `neutral`, one of the primary emotions. */
  public static readonly NEUTRAL = new Emotion("neutral");
  /** `happy`. */
  public static readonly HAPPY = new Emotion("happy");
  /** `excited`. */
  public static readonly EXCITED = new Emotion("excited");
  /** `enthusiastic`. */
  public static readonly ENTHUSIASTIC = new Emotion("enthusiastic");
  /** `elated`. */
  public static readonly ELATED = new Emotion("elated");
  /** `euphoric`. */
  public static readonly EUPHORIC = new Emotion("euphoric");
  /** `triumphant`. */
  public static readonly TRIUMPHANT = new Emotion("triumphant");
  /** `amazed`. */
  public static readonly AMAZED = new Emotion("amazed");
  /** `surprised`. */
  public static readonly SURPRISED = new Emotion("surprised");
  /** `flirtatious`. */
  public static readonly FLIRTATIOUS = new Emotion("flirtatious");
  /** `curious`. */
  public static readonly CURIOUS = new Emotion("curious");
  /** `content`, one of the primary emotions. */
  public static readonly CONTENT = new Emotion("content");
  /** `peaceful`. */
  public static readonly PEACEFUL = new Emotion("peaceful");
  /** `serene`. */
  public static readonly SERENE = new Emotion("serene");
  /** `calm`, one of the primary emotions. */
  public static readonly CALM = new Emotion("calm");
  /** `grateful`. */
  public static readonly GRATEFUL = new Emotion("grateful");
  /** `affectionate`. */
  public static readonly AFFECTIONATE = new Emotion("affectionate");
  /** `trust`. */
  public static readonly TRUST = new Emotion("trust");
  /** `sympathetic`. */
  public static readonly SYMPATHETIC = new Emotion("sympathetic");
  /** `anticipation`. */
  public static readonly ANTICIPATION = new Emotion("anticipation");
  /** `mysterious`. */
  public static readonly MYSTERIOUS = new Emotion("mysterious");
  /** `angry`, one of the primary emotions. */
  public static readonly ANGRY = new Emotion("angry");
  /** `mad`. */
  public static readonly MAD = new Emotion("mad");
  /** `outraged`. */
  public static readonly OUTRAGED = new Emotion("outraged");
  /** `frustrated`. */
  public static readonly FRUSTRATED = new Emotion("frustrated");
  /** `agitated`. */
  public static readonly AGITATED = new Emotion("agitated");
  /** `threatened`. */
  public static readonly THREATENED = new Emotion("threatened");
  /** `disgusted`. */
  public static readonly DISGUSTED = new Emotion("disgusted");
  /** `contempt`. */
  public static readonly CONTEMPT = new Emotion("contempt");
  /** `envious`. */
  public static readonly ENVIOUS = new Emotion("envious");
  /** `sarcastic`. */
  public static readonly SARCASTIC = new Emotion("sarcastic");
  /** `ironic`. */
  public static readonly IRONIC = new Emotion("ironic");
  /** `sad`, one of the primary emotions. */
  public static readonly SAD = new Emotion("sad");
  /** `dejected`. */
  public static readonly DEJECTED = new Emotion("dejected");
  /** `melancholic`. */
  public static readonly MELANCHOLIC = new Emotion("melancholic");
  /** `disappointed`. */
  public static readonly DISAPPOINTED = new Emotion("disappointed");
  /** `hurt`. */
  public static readonly HURT = new Emotion("hurt");
  /** `guilty`. */
  public static readonly GUILTY = new Emotion("guilty");
  /** `bored`. */
  public static readonly BORED = new Emotion("bored");
  /** `tired`. */
  public static readonly TIRED = new Emotion("tired");
  /** `rejected`. */
  public static readonly REJECTED = new Emotion("rejected");
  /** `nostalgic`. */
  public static readonly NOSTALGIC = new Emotion("nostalgic");
  /** `wistful`. */
  public static readonly WISTFUL = new Emotion("wistful");
  /** `apologetic`. */
  public static readonly APOLOGETIC = new Emotion("apologetic");
  /** `hesitant`. */
  public static readonly HESITANT = new Emotion("hesitant");
  /** `insecure`. */
  public static readonly INSECURE = new Emotion("insecure");
  /** `confused`. */
  public static readonly CONFUSED = new Emotion("confused");
  /** `resigned`. */
  public static readonly RESIGNED = new Emotion("resigned");
  /** `anxious`. */
  public static readonly ANXIOUS = new Emotion("anxious");
  /** `panicked`. */
  public static readonly PANICKED = new Emotion("panicked");
  /** `alarmed`. */
  public static readonly ALARMED = new Emotion("alarmed");
  /** `scared`, one of the primary emotions. */
  public static readonly SCARED = new Emotion("scared");
  /** `proud`. */
  public static readonly PROUD = new Emotion("proud");
  /** `confident`. */
  public static readonly CONFIDENT = new Emotion("confident");
  /** `distant`. */
  public static readonly DISTANT = new Emotion("distant");
  /** `skeptical`. */
  public static readonly SKEPTICAL = new Emotion("skeptical");
  /** `contemplative`. */
  public static readonly CONTEMPLATIVE = new Emotion("contemplative");
  /** `determined`. */
  public static readonly DETERMINED = new Emotion("determined");

  /** Every emotion Cartesia's SDK names, in its order. */
  // A plain array: jsii carries no ReadonlyArray to the other languages.
  public static readonly ALL: Emotion[] = [
    Emotion.NEUTRAL,
    Emotion.HAPPY,
    Emotion.EXCITED,
    Emotion.ENTHUSIASTIC,
    Emotion.ELATED,
    Emotion.EUPHORIC,
    Emotion.TRIUMPHANT,
    Emotion.AMAZED,
    Emotion.SURPRISED,
    Emotion.FLIRTATIOUS,
    Emotion.CURIOUS,
    Emotion.CONTENT,
    Emotion.PEACEFUL,
    Emotion.SERENE,
    Emotion.CALM,
    Emotion.GRATEFUL,
    Emotion.AFFECTIONATE,
    Emotion.TRUST,
    Emotion.SYMPATHETIC,
    Emotion.ANTICIPATION,
    Emotion.MYSTERIOUS,
    Emotion.ANGRY,
    Emotion.MAD,
    Emotion.OUTRAGED,
    Emotion.FRUSTRATED,
    Emotion.AGITATED,
    Emotion.THREATENED,
    Emotion.DISGUSTED,
    Emotion.CONTEMPT,
    Emotion.ENVIOUS,
    Emotion.SARCASTIC,
    Emotion.IRONIC,
    Emotion.SAD,
    Emotion.DEJECTED,
    Emotion.MELANCHOLIC,
    Emotion.DISAPPOINTED,
    Emotion.HURT,
    Emotion.GUILTY,
    Emotion.BORED,
    Emotion.TIRED,
    Emotion.REJECTED,
    Emotion.NOSTALGIC,
    Emotion.WISTFUL,
    Emotion.APOLOGETIC,
    Emotion.HESITANT,
    Emotion.INSECURE,
    Emotion.CONFUSED,
    Emotion.RESIGNED,
    Emotion.ANXIOUS,
    Emotion.PANICKED,
    Emotion.ALARMED,
    Emotion.SCARED,
    Emotion.PROUD,
    Emotion.CONFIDENT,
    Emotion.DISTANT,
    Emotion.SKEPTICAL,
    Emotion.CONTEMPLATIVE,
    Emotion.DETERMINED,
  ];

  /**
   * The emotion of that name: the constant when Cartesia's SDK names it, else one the library does not
   * know, sent as given with a warning (Cartesia may accept emotions its SDK does not list yet).
   */
  public static of(name: string): Emotion {
    return Emotion.ALL.find((e) => e.name === name) ?? new Emotion(name);
  }

  private constructor(
    /** As sent in `generation_config.emotion`. */
    public readonly name: string,
  ) {
    markGenuine(this);
  }
}

/**
 * Cartesia's `generation_config` (`GenerationConfig` in `@cartesia/cartesia-js`, "Volume, Speed, and
 * Emotion in Sonic-3": https://docs.cartesia.ai/build-with-cartesia/sonic-3/volume-speed-emotion).
 */
export interface GenerationConfig {
  /**
   * Speed, from 0.6 to 1.5 times the voice's own.
   * @default - 1, the voice's own speed
   */
  readonly speed?: number;
  /**
   * Volume, from 0.5 to 2.0 times the voice's own.
   * @default - 1, the voice's own volume
   */
  readonly volume?: number;
  /**
   * The emotion the speech is guided toward, such as `Emotion.CALM`.
   * @default - none; the voice's own
   */
  readonly emotion?: Emotion;
}
