import { TerraformProvider, Token } from "cdktf";
import { apiKeyProblems, CartesiaApiKey, KEY_LIKE_PATTERN } from "./cartesia-api-key";
import { CartesiaModel, checkModel } from "./cartesia-model";
import { CARTESIA_API_BASE_URL, DEFAULT_CARTESIA_VERSION } from "./connector-config";
import { describeValue, maskSecret } from "./errors";
import { IntegrationConfigMode } from "./integration-config-mode";
import { OutputFormat, outputFormatProblems } from "./output-format";
import type { CartesiaTtsConnectorProps } from "./cartesia-tts-connector-props";
import { resolveConnectorType, TtsConnectorType } from "./tts-connector-type";

/** The guide's integration name. */
export const DEFAULT_INTEGRATION_NAME = "Genesys TTS Connector: Cartesia";
/** Longest integration or credential name accepted; longer names are unreadable in Architect anyway. */
export const MAX_NAME_LENGTH = 200;
/** Longest notes accepted. */
export const MAX_NOTES_LENGTH = 1000;
/** API versions Cartesia documents; another well-formed date is accepted with a warning. */
export const KNOWN_CARTESIA_VERSIONS: readonly string[] = ["2024-06-10", "2024-11-13", "2025-04-16", "2026-03-01", "2026-08-14"];

/** Props after defaults, validated: what the construct builds from. */
export interface ConnectorSettings {
  readonly apiKey: CartesiaApiKey;
  readonly model: CartesiaModel;
  readonly outputFormat: OutputFormat;
  readonly cartesiaVersion: string;
  readonly integrationName: string;
  readonly credentialName: string;
  readonly enabled: boolean;
  readonly pciCompliant: boolean;
  readonly configMode: IntegrationConfigMode;
  readonly language?: string;
  readonly notes?: string;
  readonly provider?: TerraformProvider;
  readonly apiBaseUrl: string;
  readonly connectorType: TtsConnectorType;
}

/** The outcome of validating props: settings are only usable when `errors` is empty. */
export interface PropsVerdict {
  readonly settings: ConnectorSettings;
  readonly errors: string[];
  readonly warnings: string[];
}

/**
 * Applies defaults and checks every prop, collecting all problems rather than stopping at the first.
 * `today` (YYYY-MM-DD) decides which announced model sunsets have passed.
 */
export function validateConnectorProps(props: CartesiaTtsConnectorProps, today: string): PropsVerdict {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (props === null || typeof props !== "object") {
    errors.push(`props: got ${describeValue(props)}; expected an object with at least apiKey and model.`);
    props = {} as CartesiaTtsConnectorProps;
  }

  errors.push(...apiKeyProblems(props.apiKey));

  const model = props.model;
  if (model instanceof CartesiaModel) {
    const verdict = checkModel(model, today);
    errors.push(...verdict.errors);
    warnings.push(...verdict.warnings);
  } else {
    errors.push(
      `model: got ${describeValue(model)}; expected a CartesiaModel, e.g. CartesiaModel.SONIC_3_2026_01_12 or CartesiaModel.snapshot("sonic-3-2026-01-12").`,
    );
  }

  const outputFormat = props.outputFormat ?? OutputFormat.TELEPHONY;
  if (outputFormat instanceof OutputFormat) {
    const formatProblems = outputFormatProblems(outputFormat.spec);
    errors.push(...formatProblems);
    if (formatProblems.length === 0 && !outputFormat.isTelephonySafe) {
      warnings.push(
        `outputFormat: ${describeFormat(outputFormat)} is not 8 kHz PCM; Genesys telephony played only 8 kHz raw or wav PCM cleanly (others crackled). Keep it only if your telephony setup wants it.`,
      );
    }
  } else {
    errors.push(
      `outputFormat: got ${describeValue(outputFormat)}; expected an OutputFormat from OutputFormat.raw, OutputFormat.wav or OutputFormat.mp3.`,
    );
  }

  const cartesiaVersion = props.cartesiaVersion ?? DEFAULT_CARTESIA_VERSION;
  if (typeof cartesiaVersion !== "string" || !isIsoDate(cartesiaVersion)) {
    errors.push(`cartesiaVersion: got ${describeValue(cartesiaVersion)}; expected a date YYYY-MM-DD such as "${DEFAULT_CARTESIA_VERSION}".`);
  } else if (!KNOWN_CARTESIA_VERSIONS.includes(cartesiaVersion)) {
    warnings.push(
      `cartesiaVersion: "${cartesiaVersion}" is not an API version Cartesia documents (${KNOWN_CARTESIA_VERSIONS.join(", ")}); Cartesia answers "Invalid Cartesia-Version header" to an unknown one.`,
    );
  }

  const integrationName = props.integrationName ?? DEFAULT_INTEGRATION_NAME;
  errors.push(...textProblems("integrationName", integrationName, { required: true, maxLength: MAX_NAME_LENGTH }));
  const credentialName = props.credentialName ?? `${typeof integrationName === "string" ? integrationName : DEFAULT_INTEGRATION_NAME} credential`;
  if (props.credentialName !== undefined) {
    errors.push(...textProblems("credentialName", credentialName, { required: true, maxLength: MAX_NAME_LENGTH }));
  }
  if (props.notes !== undefined) {
    errors.push(...textProblems("notes", props.notes, { required: false, maxLength: MAX_NOTES_LENGTH, multiline: true }));
  }

  const enabled = props.enabled ?? true;
  const pciCompliant = props.pciCompliant ?? true;
  for (const [prop, value] of [["enabled", enabled], ["pciCompliant", pciCompliant]] as const) {
    if (typeof value !== "boolean") errors.push(`${prop}: got ${describeValue(value)}; expected true or false.`);
  }

  const configMode = props.configMode ?? IntegrationConfigMode.STANDALONE;
  const modes = Object.values(IntegrationConfigMode) as string[];
  if (!modes.includes(configMode)) {
    errors.push(`configMode: got ${describeValue(configMode)}; allowed: ${modes.map((m) => `IntegrationConfigMode.${m.toUpperCase()}`).join(", ")}.`);
  }

  if (props.language !== undefined && !(typeof props.language === "string" && /^[a-z]{2}$/.test(props.language))) {
    errors.push(`language: got ${describeValue(props.language)}; expected a two-letter ISO 639-1 code in lower case, such as "en".`);
  }

  if (props.provider !== undefined && !(props.provider instanceof TerraformProvider)) {
    errors.push(`provider: got ${describeValue(props.provider)}; expected a GenesyscloudProvider (or another TerraformProvider).`);
  }

  const apiBaseUrl = props.apiBaseUrl ?? CARTESIA_API_BASE_URL;
  errors.push(...baseUrlProblems(apiBaseUrl));

  const overrides = props.connectorType ?? {};
  for (const [key, value] of Object.entries({ ...overrides, ...overrides.propertyKeys })) {
    if (key !== "propertyKeys" && (typeof value !== "string" || value.trim() === "")) {
      errors.push(`connectorType.${key}: got ${describeValue(value)}; expected a non-empty string.`);
    }
  }

  const settings: ConnectorSettings = {
    apiKey: props.apiKey,
    model,
    outputFormat,
    cartesiaVersion,
    integrationName,
    credentialName,
    enabled,
    pciCompliant,
    configMode,
    language: props.language,
    notes: props.notes,
    provider: props.provider,
    apiBaseUrl: typeof apiBaseUrl === "string" ? apiBaseUrl.replace(/\/+$/, "") : apiBaseUrl,
    connectorType: resolveConnectorType(overrides),
  };
  return { settings, errors, warnings };
}

/** `raw pcm_s16le 8000 Hz`, for messages. */
export function describeFormat(format: OutputFormat): string {
  const { container, encoding, sampleRate, bitRate } = format.spec;
  return [container, encoding, `${sampleRate} Hz`, bitRate === undefined ? undefined : `${bitRate} bit/s`].filter(Boolean).join(" ");
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

interface TextRules {
  readonly required: boolean;
  readonly maxLength: number;
  readonly multiline?: boolean;
}

function textProblems(prop: string, value: unknown, rules: TextRules): string[] {
  if (typeof value !== "string") return [`${prop}: got ${describeValue(value)}; expected a string.`];
  if (Token.isUnresolved(value)) return [];
  if (KEY_LIKE_PATTERN.test(value)) {
    return [`${prop}: contains what looks like a Cartesia API key (${maskSecret(value.match(KEY_LIKE_PATTERN)![0])}); names and notes are not secret and end up in plain text. Remove it.`];
  }
  if (rules.required && value.trim() === "") return [`${prop}: got ${describeValue(value)}; expected a non-empty name.`];
  const control = rules.multiline ? /[\u0000-\u0008\u000b-\u001f\u007f]/ : /[\u0000-\u001f\u007f]/;
  if (control.test(value)) {
    return [`${prop}: got ${JSON.stringify(value)}, which contains control characters; use printable text${rules.multiline ? " (line breaks and tabs are fine)" : ""}.`];
  }
  if (value.length > rules.maxLength) {
    return [`${prop}: got ${value.length} characters ("${value.slice(0, 24)}…"); at most ${rules.maxLength} are allowed.`];
  }
  return [];
}

function baseUrlProblems(value: unknown): string[] {
  const hint = `expected an https URL such as "${CARTESIA_API_BASE_URL}" (http only for localhost), without a query.`;
  if (typeof value !== "string") return [`apiBaseUrl: got ${describeValue(value)}; ${hint}`];
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [`apiBaseUrl: got ${describeValue(value)}; ${hint}`];
  }
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (!(url.protocol === "https:" || (url.protocol === "http:" && local)) || url.search || url.hash || url.username) {
    return [`apiBaseUrl: got ${describeValue(value)}; ${hint}`];
  }
  return [];
}
