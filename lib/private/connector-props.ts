import type { IConstruct } from "constructs";
import { CartesiaModel } from "../cartesia-model";
import { type CartesiaTtsConnectorProps, Emotion, type GenerationConfig } from "../cartesia-tts-connector-props";
import { CARTESIA_API_BASE_URL, DEFAULT_CARTESIA_VERSION, DEFAULT_INTEGRATION_NAME } from "../connector-config";
import { IntegrationConfigMode } from "../integration-config-mode";
import { OutputFormat } from "../output-format";
import { GENESYS_TTS_CONNECTOR, resolveConnectorType, type TtsConnectorTypeOverrides } from "../tts-connector-type";
import { apiBaseUrlIsValid } from "./rules/api-base-url-is-valid";
import { apiKeyIsAReference } from "./rules/api-key-is-a-reference";
import { cartesiaVersionIsKnown } from "./rules/cartesia-version-is-known";
import { connectorTypeIsValid } from "./rules/connector-type-is-valid";
import { importExistingIsValid } from "./rules/import-existing-is-valid";
import { modelIsServed } from "./rules/model-is-served";
import { modelServesLanguage } from "./rules/model-serves-language";
import { outputFormatIsSupported } from "./rules/output-format-is-supported";
import { providerIsGenesys } from "./rules/provider-is-genesys";
import { MAX_NAME_LENGTH, MAX_NOTES_LENGTH, textIsPlain } from "./rules/text-is-plain";
import { describeOutputFormat } from "./describe-output-format";
import { describeKey, describeValue } from "./describe-value";
import { isGenuine } from "./genuine";
import { containsKeyLike } from "./key-hygiene";
import { MODEL_CONSTANTS, predatesSonic3, RECOMMENDED_MODEL } from "./model-catalog";
import { closestName } from "./suggest";
import { outOfRange } from "./synthesize-body";
import { errorsOnly, NO_PROBLEMS, type Verdict } from "./verdict";

/** What a prop's check can see besides the value. */
export interface PropContext {
  /** The connector itself, when known: the provider must be of its stack. */
  readonly scope?: IConstruct;
  /** All the props given, for a check that depends on another prop (importExisting on apiKey). */
  readonly props: CartesiaTtsConnectorProps;
}

/** One prop: its default, how it is checked, and what the construct builds from it. */
export interface PropEntry {
  /**
   * The default, in words ("required" for required props). The README's props table and the prop's
   * TSDoc `@default` start with it (a test compares them).
   */
  readonly default: string;
  /** The value used when the prop is absent (`undefined` or `null`); without one, an absent optional prop is not checked. */
  readonly fallback?: (props: CartesiaTtsConnectorProps) => unknown;
  /** Whether the fallback is checked like a given value; a derived default is not (its source prop is). @default true */
  readonly checkFallback?: boolean;
  /** Errors and warnings about the value. Required props are checked even when absent. */
  readonly check: (value: unknown, context: PropContext) => Verdict;
  /** What the settings hold, from a checked value: a normalized or resolved form. @default - the value */
  readonly settle?: (value: unknown, verdict: Verdict) => unknown;
}

const CONFIG_MODES: readonly unknown[] = Object.values(IntegrationConfigMode);
/** The name of `CartesiaModel`'s constant for the recommended model, for messages. */
const RECOMMENDED_CONSTANT = Object.entries(MODEL_CONSTANTS).find(([, m]) => m === RECOMMENDED_MODEL)![0];

/**
 * Every prop of `CartesiaTtsConnector`, once: the unknown-prop check, the settings, the README's props
 * table and the tests' recipes all follow this table, so a new prop cannot be forgotten by any of them.
 */
export const CONNECTOR_PROPS = {
  apiKey: {
    default: "required",
    check: (value) => apiKeyIsAReference(value),
  },
  model: {
    default: "required",
    check: (value, { props }) => {
      if (value instanceof CartesiaModel && !isGenuine(value)) {
        return errorsOnly([
          `model: got an object posing as a CartesiaModel (not made by its factories); use CartesiaModel.snapshot, CartesiaModel.alias or a constant such as CartesiaModel.${RECOMMENDED_CONSTANT}.`,
        ]);
      }
      if (value instanceof CartesiaModel) return modelIsServed(value, "model", props.language !== undefined && props.language !== null);
      const hint =
        typeof value === "string" && !containsKeyLike(value)
          ? ` (a plain string: wrap it, CartesiaModel.snapshot(${describeValue(value)}) or CartesiaModel.alias(${describeValue(value)}))`
          : "";
      return errorsOnly([
        `model: got ${describeValue(value)}${hint}; expected a CartesiaModel, e.g. CartesiaModel.${RECOMMENDED_CONSTANT} or CartesiaModel.snapshot("${RECOMMENDED_MODEL.id}").`,
      ]);
    },
  },
  outputFormat: {
    default: "OutputFormat.TELEPHONY",
    fallback: () => OutputFormat.TELEPHONY,
    check: (value) => {
      if (!(value instanceof OutputFormat)) {
        return errorsOnly([`outputFormat: got ${describeValue(value)}; expected an OutputFormat from OutputFormat.raw, OutputFormat.wav or OutputFormat.mp3.`]);
      }
      if (!isGenuine(value)) {
        return errorsOnly([
          "outputFormat: got an object posing as an OutputFormat (not made by its factories); use OutputFormat.raw, OutputFormat.wav or OutputFormat.mp3.",
        ]);
      }
      const { errors } = outputFormatIsSupported(value.spec);
      const warnings =
        errors.length === 0 && !value.isTelephonySafe
          ? [
              `outputFormat: ${describeOutputFormat(value.spec)} is not 8 kHz PCM; Genesys telephony played only 8 kHz raw or wav PCM cleanly (others crackled). Keep it only if your telephony setup wants it.`,
            ]
          : [];
      return { errors, warnings };
    },
  },
  cartesiaVersion: {
    default: `"${DEFAULT_CARTESIA_VERSION}"`,
    fallback: () => DEFAULT_CARTESIA_VERSION,
    check: (value) => cartesiaVersionIsKnown(value),
  },
  integrationName: {
    default: `"${DEFAULT_INTEGRATION_NAME}"`,
    fallback: () => DEFAULT_INTEGRATION_NAME,
    check: (value) => textIsPlain("integrationName", value, { required: true, maxLength: MAX_NAME_LENGTH }),
  },
  credentialName: {
    default: 'the integration name followed by " credential"',
    fallback: (props) => `${typeof props.integrationName === "string" ? props.integrationName : DEFAULT_INTEGRATION_NAME} credential`,
    checkFallback: false,
    check: (value) => textIsPlain("credentialName", value, { required: true, maxLength: MAX_NAME_LENGTH }),
  },
  enabled: { default: "true", fallback: () => true, check: booleanVerdict("enabled") },
  pciCompliant: { default: "true", fallback: () => true, check: booleanVerdict("pciCompliant") },
  configMode: {
    default: "IntegrationConfigMode.STANDALONE",
    fallback: () => IntegrationConfigMode.STANDALONE,
    check: (value) => {
      if (CONFIG_MODES.includes(value)) return NO_PROBLEMS;
      const allowed = Object.entries(IntegrationConfigMode).map(([name, mode]) => `IntegrationConfigMode.${name} ("${mode}")`);
      return errorsOnly([`configMode: got ${describeValue(value)}; allowed: ${allowed.join(", ")}.`]);
    },
  },
  language: {
    default: "no language is sent",
    check: (value, { props }) => {
      if (typeof value !== "string" || !/^[a-z]{2}$/.test(value)) {
        return errorsOnly([`language: got ${describeValue(value)}; expected a two-letter ISO 639-1 code in lower case, such as "en".`]);
      }
      // Against the model's languages, when the model is one the model check can read.
      const model: unknown = props.model;
      if (!(model instanceof CartesiaModel) || !isGenuine(model) || typeof model.id !== "string") return NO_PROBLEMS;
      return modelServesLanguage(model.id, value);
    },
  },
  generationConfig: {
    default: "none is sent",
    check: (value, { props }) => generationConfigVerdict(value, props),
    settle: (value) => (value === undefined ? undefined : generationConfigSettings(value as GenerationConfig)),
  },
  notes: {
    default: "no notes",
    check: (value) => textIsPlain("notes", value, { required: false, maxLength: MAX_NOTES_LENGTH, multiline: true }),
  },
  provider: {
    default: "the stack's default genesyscloud provider",
    check: (value, { scope }) => providerIsGenesys(value, scope),
  },
  apiBaseUrl: {
    default: `"${CARTESIA_API_BASE_URL}"`,
    fallback: () => CARTESIA_API_BASE_URL,
    check: (value) => (value === CARTESIA_API_BASE_URL ? NO_PROBLEMS : apiBaseUrlIsValid(value)),
    settle: (value) => (typeof value === "string" ? value.replace(/\/+$/, "") : value),
  },
  connectorType: {
    default: "GENESYS_TTS_CONNECTOR",
    check: (value) => connectorTypeIsValid(value),
    // Absent: the defaults themselves, not a copy.
    settle: (value, verdict) =>
      value === undefined || verdict.errors.length > 0 ? GENESYS_TTS_CONNECTOR : resolveConnectorType(value as TtsConnectorTypeOverrides),
  },
  importExisting: {
    default: "nothing is imported",
    check: (value, { props }) => importExistingIsValid(value, props.apiKey),
  },
} as const satisfies { readonly [K in keyof CartesiaTtsConnectorProps]-?: PropEntry };

/** Every prop's name, in the table's order. */
export const CONNECTOR_PROP_NAMES = Object.keys(CONNECTOR_PROPS) as (keyof CartesiaTtsConnectorProps)[];

function booleanVerdict(prop: string): (value: unknown) => Verdict {
  return (value) => errorsOnly(typeof value === "boolean" ? [] : [`${prop}: got ${describeValue(value)}; expected true or false.`]);
}

/** The first Cartesia-Version that takes `generation_config` (the request shapes in docs/cartesia-request-shapes.md). */
const GENERATION_FIELDS = ["speed", "volume", "emotion"];
const GENERATION_CONFIG_SINCE = "2025-04-16";
/** The emotions Cartesia's SDK calls primary, for a message about an unknown one. */
const PRIMARY_EMOTIONS = [Emotion.NEUTRAL, Emotion.CALM, Emotion.ANGRY, Emotion.CONTENT, Emotion.SAD, Emotion.SCARED].map((e) => e.name).join(", ");

/** Every problem of a `generationConfig` at once; an emotion the SDK does not name, an older model or API version only warn. */
function generationConfigVerdict(value: unknown, props: CartesiaTtsConnectorProps): Verdict {
  if (value === null || typeof value !== "object" || Array.isArray(value) || value instanceof Emotion) {
    return errorsOnly([
      `generationConfig: got ${describeValue(value)}; expected an object with any of ${GENERATION_FIELDS.join(", ")}, such as { speed: 1.1, emotion: Emotion.CALM }.`,
    ]);
  }
  const given = value as Record<string, unknown>;
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const key of Object.keys(given).filter((k) => !GENERATION_FIELDS.includes(k) && given[k] !== undefined)) {
    const meant = closestName(key, GENERATION_FIELDS);
    errors.push(`generationConfig.${describeKey(key)}: not a field${meant ? ` (did you mean ${meant}?)` : ""}; allowed: ${GENERATION_FIELDS.join(", ")}.`);
  }
  for (const { field, value: v, min, max } of outOfRange(given)) {
    errors.push(
      `generationConfig.${field}: got ${describeValue(v)}; allowed: a number from ${min.toFixed(1)} to ${max.toFixed(1)} (1 is the voice's own ${field}).`,
    );
  }
  const emotion = given.emotion;
  if (emotion !== undefined) {
    if (!(emotion instanceof Emotion) || !isGenuine(emotion) || typeof emotion.name !== "string" || !/^[a-z_]+$/.test(emotion.name)) {
      const hint = typeof emotion === "string" ? ` (a plain string: wrap it, Emotion.of(${describeValue(emotion)}))` : "";
      errors.push(
        `generationConfig.emotion: got ${describeValue(emotion instanceof Emotion ? emotion.name : emotion)}${hint}; expected an Emotion, such as Emotion.CALM or Emotion.of("calm"), whose name is lower-case letters.`,
      );
    } else if (!Emotion.ALL.includes(emotion)) {
      const meant = closestName(
        emotion.name,
        Emotion.ALL.map((e) => e.name),
      );
      warnings.push(
        `generationConfig.emotion: "${emotion.name}" is not an emotion Cartesia's SDK names${meant ? ` (did you mean Emotion.${meant.toUpperCase()}?)` : ""}; it is sent as given. The primary ones: ${PRIMARY_EMOTIONS}.`,
      );
    }
  }
  if (errors.length > 0) return { errors, warnings };
  const model: unknown = props.model;
  if (model instanceof CartesiaModel && isGenuine(model) && typeof model.id === "string" && predatesSonic3(model.id)) {
    warnings.push(
      `generationConfig: has no effect with model "${model.id}": Cartesia applies generation_config to Sonic 3 models only; use CartesiaModel.${RECOMMENDED_CONSTANT} or drop generationConfig.`,
    );
  }
  const version: unknown = props.cartesiaVersion ?? undefined;
  if (typeof version === "string" && version < GENERATION_CONFIG_SINCE) {
    warnings.push(
      `generationConfig: Cartesia-Version "${version}" takes no generation_config (it came with ${GENERATION_CONFIG_SINCE}); set cartesiaVersion to that version or later, or drop generationConfig.`,
    );
  }
  return { errors, warnings };
}

/** The given fields only: `{}` sends nothing. */
function generationConfigSettings(given: GenerationConfig): GenerationConfig | undefined {
  const { speed, volume, emotion } = given;
  const settled = { ...(speed === undefined ? {} : { speed }), ...(volume === undefined ? {} : { volume }), ...(emotion === undefined ? {} : { emotion }) };
  return Object.keys(settled).length === 0 ? undefined : settled;
}
