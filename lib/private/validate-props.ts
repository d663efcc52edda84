import { TerraformProvider, TerraformStack, Token } from "cdktf";
import { type IConstruct } from "constructs";
import { CartesiaModel } from "../cartesia-model";
import type { CartesiaTtsConnectorProps, ConnectorSettings } from "../cartesia-tts-connector-props";
import { CARTESIA_API_BASE_URL, DEFAULT_CARTESIA_VERSION, KNOWN_CARTESIA_VERSIONS } from "../connector-config";
import { apiKeyProblems } from "./check-api-key";
import { checkModel, type ModelVerdict } from "./check-model";
import { outputFormatProblems } from "./check-output-format";
import { describeOutputFormat } from "./describe-output-format";
import { describeValue, firstInvisible } from "./describe-value";
import { IntegrationConfigMode } from "../integration-config-mode";
import { KEY_LIKE_PATTERN, maskSecret } from "./key-hygiene";
import { isLoopbackHost } from "./loopback";
import { OutputFormat } from "../output-format";
import { closestName } from "./suggest";
import { isWholeExpression, templateAdvice, templateSequence } from "./terraform-text";
import { GENESYS_TTS_CONNECTOR, resolveConnectorType } from "../tts-connector-type";

/** The guide's integration name. */
export const DEFAULT_INTEGRATION_NAME = "Genesys TTS Connector: Cartesia";
/** Longest integration or credential name accepted; longer names are unreadable in Architect anyway. */
export const MAX_NAME_LENGTH = 200;
/** Longest notes accepted. */
export const MAX_NOTES_LENGTH = 1000;
/** Every prop `CartesiaTtsConnectorProps` has; anything else is a typo that would silently fall back to a default. */
export const CONNECTOR_PROP_NAMES: readonly (keyof CartesiaTtsConnectorProps)[] = [
  "apiKey",
  "model",
  "outputFormat",
  "cartesiaVersion",
  "integrationName",
  "credentialName",
  "enabled",
  "pciCompliant",
  "configMode",
  "language",
  "notes",
  "provider",
  "apiBaseUrl",
  "connectorType",
];

/** The outcome of validating props: settings are only usable when `errors` is empty. */
export interface PropsVerdict {
  readonly settings: ConnectorSettings;
  readonly errors: string[];
  readonly warnings: string[];
}

/**
 * Applies defaults and checks every prop, collecting all problems rather than stopping at the first.
 * `today` (YYYY-MM-DD) decides which announced model sunsets have passed. `scope`, the connector
 * itself when given, lets the provider be checked against the connector's stack and the
 * construct's own id be checked for a pasted key.
 *
 * A prop that is `undefined` or `null` takes its default.
 */
export function validateConnectorProps(props: CartesiaTtsConnectorProps, today: string, scope?: IConstruct): PropsVerdict {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (props === null || typeof props !== "object" || Array.isArray(props)) {
    // One problem, not one per missing prop: the call itself is wrong.
    errors.push(`props: got ${describeValue(props)}; expected an object with at least apiKey and model.`);
    return { settings: {} as ConnectorSettings, errors, warnings };
  }
  errors.push(...unknownPropProblems(props));
  if (scope && KEY_LIKE_PATTERN.test(scope.node.path)) {
    // Construct ids become logical ids: a key there would be written into cdktf.out.
    errors.push(
      `id: the construct path holds what looks like a Cartesia API key (${maskSecret(scope.node.path)}); construct ids are written into cdktf.out. Choose another id.`,
    );
  }

  errors.push(...(isObject(props.apiKey) ? once(apiKeyVerdicts, props.apiKey, () => apiKeyProblems(props.apiKey)) : apiKeyProblems(props.apiKey)));

  const model = props.model;
  if (model instanceof CartesiaModel) {
    const verdict = once(
      modelVerdicts,
      model,
      () => ({ today, verdict: checkModel(model, today) }),
      (cached) => cached.today === today,
    ).verdict;
    errors.push(...verdict.errors);
    warnings.push(...verdict.warnings);
  } else {
    const hint =
      typeof model === "string" && !KEY_LIKE_PATTERN.test(model)
        ? ` (a plain string: wrap it, CartesiaModel.snapshot(${describeValue(model)}) or CartesiaModel.alias(${describeValue(model)}))`
        : "";
    errors.push(
      `model: got ${describeValue(model)}${hint}; expected a CartesiaModel, e.g. CartesiaModel.SONIC_3_2026_01_12 or CartesiaModel.snapshot("sonic-3-2026-01-12").`,
    );
  }

  const outputFormat = props.outputFormat ?? OutputFormat.TELEPHONY;
  if (outputFormat instanceof OutputFormat) {
    const formatProblems = once(formatVerdicts, outputFormat, () => outputFormatProblems(outputFormat.spec));
    errors.push(...formatProblems);
    if (formatProblems.length === 0 && !outputFormat.isTelephonySafe) {
      warnings.push(
        `outputFormat: ${describeOutputFormat(outputFormat.spec)} is not 8 kHz PCM; Genesys telephony played only 8 kHz raw or wav PCM cleanly (others crackled). Keep it only if your telephony setup wants it.`,
      );
    }
  } else {
    errors.push(`outputFormat: got ${describeValue(outputFormat)}; expected an OutputFormat from OutputFormat.raw, OutputFormat.wav or OutputFormat.mp3.`);
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
  if (props.credentialName !== undefined && props.credentialName !== null) {
    errors.push(...textProblems("credentialName", credentialName, { required: true, maxLength: MAX_NAME_LENGTH }));
  }
  const notes = props.notes ?? undefined;
  if (notes !== undefined) {
    errors.push(...textProblems("notes", notes, { required: false, maxLength: MAX_NOTES_LENGTH, multiline: true }));
  }

  const enabled = props.enabled ?? true;
  const pciCompliant = props.pciCompliant ?? true;
  for (const [prop, value] of [
    ["enabled", enabled],
    ["pciCompliant", pciCompliant],
  ] as const) {
    if (typeof value !== "boolean") errors.push(`${prop}: got ${describeValue(value)}; expected true or false.`);
  }

  const configMode = props.configMode ?? IntegrationConfigMode.STANDALONE;
  const modes = Object.values(IntegrationConfigMode) as string[];
  if (!modes.includes(configMode)) {
    errors.push(`configMode: got ${describeValue(configMode)}; allowed: ${modes.map((m) => `IntegrationConfigMode.${m.toUpperCase()} ("${m}")`).join(", ")}.`);
  }

  const language = props.language ?? undefined;
  if (language !== undefined && !(typeof language === "string" && /^[a-z]{2}$/.test(language))) {
    errors.push(`language: got ${describeValue(language)}; expected a two-letter ISO 639-1 code in lower case, such as "en".`);
  }

  const provider = props.provider ?? undefined;
  errors.push(...providerProblems(provider, scope));

  const apiBaseUrl = props.apiBaseUrl ?? CARTESIA_API_BASE_URL;
  errors.push(...(apiBaseUrl === CARTESIA_API_BASE_URL ? [] : baseUrlProblems(apiBaseUrl)));

  const overrides = props.connectorType ?? undefined;
  const overrideProblems = overrides === undefined ? [] : connectorTypeProblems(overrides);
  errors.push(...overrideProblems);

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
    language,
    notes,
    provider,
    apiBaseUrl: typeof apiBaseUrl === "string" ? apiBaseUrl.replace(/\/+$/, "") : apiBaseUrl,
    connectorType: overrides !== undefined && overrideProblems.length === 0 ? resolveConnectorType(overrides) : GENESYS_TTS_CONNECTOR,
  };
  return { settings, errors, warnings };
}

/** A prop the interface does not have: a typo (`output_format`) that would otherwise fall back to a default unseen. */
export function unknownPropProblems(props: object): string[] {
  const known = CONNECTOR_PROP_NAMES as readonly string[];
  return Object.keys(props)
    .filter((key) => !known.includes(key) && (props as Record<string, unknown>)[key] !== undefined)
    .map((key) => {
      const meant = closestName(key, known);
      return `${keyName(key)}: not a prop of CartesiaTtsConnector${meant ? ` (did you mean ${meant}?)` : ""}; its props are ${known.join(", ")}.`;
    });
}

/** An object key for a message: bare when it is an identifier, else quoted (and masked if it could be a key). */
function keyName(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) && !KEY_LIKE_PATTERN.test(key) ? key : describeValue(key);
}

/** The provider must be a Genesys Cloud provider of the connector's own stack. */
export function providerProblems(provider: unknown, scope?: IConstruct): string[] {
  if (provider === undefined) return [];
  if (!(provider instanceof TerraformProvider)) {
    return [`provider: got ${describeValue(provider)}; expected a GenesyscloudProvider (or another TerraformProvider).`];
  }
  if (provider.terraformResourceType !== "genesyscloud") {
    return [`provider: got a provider of type ${describeValue(provider.terraformResourceType)} (${provider.node.path}); expected a GenesyscloudProvider.`];
  }
  if (scope && TerraformStack.of(provider) !== TerraformStack.of(scope)) {
    return [
      `provider: got ${provider.node.path}, which belongs to stack ${TerraformStack.of(provider).node.path}, not ${TerraformStack.of(scope).node.path}; a stack can only use its own providers. Declare a GenesyscloudProvider in this stack.`,
    ];
  }
  return [];
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
  const key = value.match(KEY_LIKE_PATTERN);
  if (key) {
    return [
      `${prop}: contains what looks like a Cartesia API key (${maskSecret(key[0])}); names and notes are not secret and end up in plain text. Remove it.`,
    ];
  }
  if (rules.required && value.trim() === "") return [`${prop}: got ${describeValue(value)}; expected a non-empty name.`];
  // A whole hand-written expression is a reference, as a token would be.
  if (isWholeExpression(value)) return [];
  const template = templateSequence(value);
  if (template) return [`${prop}: got ${describeValue(value)}; ${templateAdvice(template.sequence)}.`];
  const invisible = firstInvisible(rules.multiline ? value.replace(/[\t\n\r]/g, " ") : value);
  if (invisible) {
    return [
      `${prop}: got ${describeValue(value)}, which contains control character ${invisible.codePoint} at index ${invisible.index}; use printable text${rules.multiline ? " (line breaks and tabs are fine)" : ""}.`,
    ];
  }
  if (value.length > rules.maxLength) {
    return [`${prop}: got ${describeValue(value)}; at most ${rules.maxLength} characters are allowed.`];
  }
  return [];
}

function baseUrlProblems(value: unknown): string[] {
  const hint = `expected an https URL such as "${CARTESIA_API_BASE_URL}" (http only for localhost), without credentials, a query or a fragment.`;
  if (typeof value !== "string") return [`apiBaseUrl: got ${describeValue(value)}; ${hint}`];
  if (KEY_LIKE_PATTERN.test(value)) {
    return [`apiBaseUrl: contains what looks like a Cartesia API key (${maskSecret(value)}); the URL is written in plain text. The key belongs in apiKey.`];
  }
  // The URL parser drops tabs and line breaks silently; the string itself is what Genesys receives.
  if (/\s/.test(value) || firstInvisible(value)) return [`apiBaseUrl: got ${describeValue(value)}, which contains spaces or control characters; ${hint}`];
  const template = templateSequence(value);
  if (template) return [`apiBaseUrl: got ${describeValue(value)}; ${templateAdvice(template.sequence)}.`];
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [`apiBaseUrl: got ${describeValue(value)}; ${hint}`];
  }
  const local = isLoopbackHost(url.hostname);
  if (!(url.protocol === "https:" || (url.protocol === "http:" && local)) || url.search || url.hash || url.username || url.password) {
    return [`apiBaseUrl: got ${describeValue(value)}; ${hint}`];
  }
  if (/\/tts\/bytes\/*$|\/voices\/export\/*$/.test(url.pathname)) {
    return [
      `apiBaseUrl: got ${describeValue(value)}, a full endpoint; give the base the endpoints hang off (the connector appends /tts/bytes and /voices/export), such as "${CARTESIA_API_BASE_URL}".`,
    ];
  }
  return [];
}

/** `connectorType` overrides: known keys only, each a non-empty single-line string, property keys distinct. */
export function connectorTypeProblems(overrides: unknown): string[] {
  const topKeys = Object.keys(GENESYS_TTS_CONNECTOR);
  const propertyKeyNames = Object.keys(GENESYS_TTS_CONNECTOR.propertyKeys);
  if (overrides === null || typeof overrides !== "object" || Array.isArray(overrides)) {
    return [`connectorType: got ${describeValue(overrides)}; expected an object with any of ${topKeys.join(", ")}.`];
  }
  const problems: string[] = [];
  const check = (path: string, value: unknown) => {
    if (typeof value !== "string" || value.trim() === "" || firstInvisible(value) || /^\s|\s$/.test(value)) {
      problems.push(`${path}: got ${describeValue(value)}; expected a non-empty string without control characters or surrounding spaces.`);
    } else if (templateSequence(value)) {
      problems.push(`${path}: got ${describeValue(value)}; ${templateAdvice(templateSequence(value)!.sequence)}.`);
    }
  };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (!topKeys.includes(key)) {
      problems.push(`connectorType.${keyName(key)}: not an override; allowed: ${topKeys.join(", ")}.`);
    } else if (key !== "propertyKeys") {
      check(`connectorType.${key}`, value);
    } else if (value === null || typeof value !== "object" || Array.isArray(value)) {
      problems.push(`connectorType.propertyKeys: got ${describeValue(value)}; expected an object with any of ${propertyKeyNames.join(", ")}.`);
    } else {
      for (const [name, keyValue] of Object.entries(value as object)) {
        if (keyValue === undefined) continue;
        if (!propertyKeyNames.includes(name)) {
          problems.push(`connectorType.propertyKeys.${keyName(name)}: not a property; allowed: ${propertyKeyNames.join(", ")}.`);
        } else {
          check(`connectorType.propertyKeys.${name}`, keyValue);
        }
      }
    }
  }
  if (problems.length === 0) {
    const keys = Object.entries(resolveConnectorType(overrides as never).propertyKeys) as [string, string][];
    const seen = new Map<string, string>();
    for (const [name, key] of keys) {
      const other = seen.get(key);
      if (other) problems.push(`connectorType.propertyKeys.${name}: got "${key}", which ${other} already uses; each property needs its own key.`);
      seen.set(key, name);
    }
  }
  return problems;
}

// Stacks share one key, one model and one format across many connectors, and the checks of those are
// pure: each distinct object is checked once. At a thousand connectors, repeating them was a measurable
// part of the construct's cost over raw bindings (bench/README.md).
const apiKeyVerdicts = new WeakMap<object, string[]>();
const modelVerdicts = new WeakMap<CartesiaModel, { readonly today: string; readonly verdict: ModelVerdict }>();
const formatVerdicts = new WeakMap<OutputFormat, string[]>();

/** The cached verdict for `key`, computed when absent or no longer `fresh`. */
function once<K extends object, V>(cache: WeakMap<K, V>, key: K, compute: () => V, fresh: (cached: V) => boolean = () => true): V {
  const cached = cache.get(key);
  if (cached !== undefined && fresh(cached)) return cached;
  const verdict = compute();
  cache.set(key, verdict);
  return verdict;
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}
