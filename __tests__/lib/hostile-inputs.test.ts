/**
 * A catalogue of hostile inputs: what a JavaScript caller, a typo or a pasted secret can hand the
 * library. Each must give exactly one CartesiaConnectorConfigError with the exact problem listed
 * (prop, value masked where it could be a key, what is allowed), add nothing to the stack, and
 * print no key anywhere.
 */
import "../support/leak-guard";
import { TerraformProvider, TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import {
  CartesiaApiKey,
  CartesiaConnectorConfigError,
  CartesiaModel,
  CartesiaTtsConnector,
  type CartesiaTtsConnectorProps,
  GenesyscloudProvider,
  IntegrationConfigMode,
  OutputFormat,
} from "../../lib";
import { validateConnectorProps } from "../../lib/private/validate-props";
import { findKeys, TEST_KEYS } from "../support/leak-guard";
import { foreignStack } from "../support/engine";
import { tempDir } from "../support/helpers";
import { CATALOG_READ_ON, MODEL_CATALOG, RECOMMENDED_MODEL } from "../../lib/private/model-catalog";
import { CONNECTOR_PROP_NAMES } from "../../lib/private/connector-props";

const [KEY, , ADMIN_KEY] = TEST_KEYS;
const OUTDIR = tempDir();

interface Context {
  readonly stack: TerraformStack;
  readonly key: CartesiaApiKey;
}

/** A hostile input: what is wrong, how it is handed over, and the one problem it must give. */
interface HostileInput {
  readonly input: string;
  /** The connector's props; `valid` gives props that are fine, to spoil one at a time. */
  readonly props?: (ctx: Context) => unknown;
  /** Something other than a connector to attempt (the key factories). */
  readonly attempt?: (ctx: Context) => unknown;
  /** Connectors that are already in the stack. */
  readonly setup?: (ctx: Context) => void;
  /** First line of the message: `Invalid <subject> "<path>"`. */
  readonly header?: string;
  readonly problems: readonly string[];
}

function valid(ctx: Context, overrides: Record<string, unknown> = {}): CartesiaTtsConnectorProps {
  return { apiKey: ctx.key, model: CartesiaModel.SONIC_3_2026_01_12, ...overrides };
}

function context(): Context {
  const stack = new TerraformStack(Testing.app({ outdir: OUTDIR }), "hostile");
  new GenesyscloudProvider(stack, "genesyscloud", {});
  return { stack, key: CartesiaApiKey.fromVariable(stack, "cartesia_api_key") };
}

/** A provider that is not Genesys Cloud's. */
class NullProvider extends TerraformProvider {
  constructor(scope: Construct, id: string) {
    super(scope, id, { terraformResourceType: "null", terraformProviderSource: "hashicorp/null" });
  }
}

const raw = (options: unknown) => OutputFormat.raw(options as never);
const wav = (options: unknown) => OutputFormat.wav(options as never);
const mp3 = (options: unknown) => OutputFormat.mp3(options as never);

const REC = RECOMMENDED_MODEL.id;
const AS_READ = `Cartesia's models as this library read them on ${CATALOG_READ_ON}`;
const MODEL_FORMS = `an alias such as "${CartesiaModel.SONIC_LATEST.id}", or a dated snapshot sonic[-version]-YYYY-MM-DD such as "${REC}"`;
const RATES = "8000, 16000, 22050, 24000, 44100, 48000 (Hz)";
const ENCODINGS = "pcm_f32le, pcm_s16le, pcm_mulaw, pcm_alaw";
const BIT_RATES = "32000, 64000, 96000, 128000, 192000";
const VERSION_HINT = 'expected a date YYYY-MM-DD such as "2026-03-01".';
const URL_HINT = 'expected an https URL such as "https://api.cartesia.ai" (http only for localhost), without credentials, a query or a fragment.';
const KEY_SOURCES = "expected a CartesiaApiKey from CartesiaApiKey.fromVariable, fromToken or fromExistingCredential.";
const PASS_KEY =
  'pass CartesiaApiKey.fromVariable(stack, "cartesia_api_key") (set TF_VAR_cartesia_api_key at deploy time), CartesiaApiKey.fromToken(token) or CartesiaApiKey.fromExistingCredential(id).';
const NEVER_LITERAL =
  'a key must never be written into cdktf.out. Pass it with CartesiaApiKey.fromVariable(stack, "cartesia_api_key") and set TF_VAR_cartesia_api_key at deploy time, or pass a token (data source, remote state output).';
const CREDENTIAL_ID = "pass the id of a genesyscloud_integration_credential (a literal id or a token).";
const NAMES_NOT_SECRET = "names and notes are not secret and end up in plain text. Remove it.";
const VARIABLE_NAME = 'expected a Terraform variable name (a letter or underscore, then letters, digits, underscores or dashes), such as "cartesia_api_key".';
const PROPS = CONNECTOR_PROP_NAMES.join(", ");
const MASKED_KEY = "sk_car_…(masked, 31 characters)";
const MASKED_ADMIN_KEY = "sk_car_admin_…(masked, 32 characters)";

const CATALOGUE: readonly HostileInput[] = [
  // ---- every prop with the wrong JavaScript type ----
  { input: "props: undefined", props: () => undefined, problems: ["props: got undefined; expected an object with at least apiKey and model."] },
  { input: "props: a model id string", props: () => "sonic-3", problems: ['props: got "sonic-3"; expected an object with at least apiKey and model.'] },
  { input: "props: an array", props: (c) => [valid(c)], problems: ["props: got an array; expected an object with at least apiKey and model."] },
  { input: "apiKey: a number", props: (c) => valid(c, { apiKey: 42 }), problems: [`apiKey: got 42; ${KEY_SOURCES}`] },
  { input: "apiKey: missing", props: (c) => valid(c, { apiKey: undefined }), problems: [`apiKey: got undefined; ${KEY_SOURCES}`] },
  {
    input: "apiKey: a look-alike plain object",
    props: (c) => valid(c, { apiKey: { kind: "variable", value: "${var.cartesia_api_key}" } }),
    problems: [`apiKey: got an object (Object); ${KEY_SOURCES}`],
  },
  {
    input: "apiKey: fromToken(undefined)",
    props: (c) => valid(c, { apiKey: CartesiaApiKey.fromToken(undefined as never) }),
    problems: ["apiKey: fromToken got undefined; expected a Terraform token string (a data source attribute, a remote state output)."],
  },
  {
    input: "model: the id as a plain string",
    props: (c) => valid(c, { model: "sonic-3-2026-01-12" }),
    problems: [
      `model: got "sonic-3-2026-01-12" (a plain string: wrap it, CartesiaModel.snapshot("sonic-3-2026-01-12") or CartesiaModel.alias("sonic-3-2026-01-12")); expected a CartesiaModel, e.g. CartesiaModel.SONIC_3_5_2026_05_04 or CartesiaModel.snapshot("${REC}").`,
    ],
  },
  {
    input: "model: missing",
    props: (c) => valid(c, { model: undefined }),
    problems: [`model: got undefined; expected a CartesiaModel, e.g. CartesiaModel.SONIC_3_5_2026_05_04 or CartesiaModel.snapshot("${REC}").`],
  },
  {
    input: "model: snapshot(42)",
    props: (c) => valid(c, { model: CartesiaModel.snapshot(42 as never) }),
    problems: [`model: got 42; expected a model id such as "${REC}".`],
  },
  {
    input: "outputFormat: Cartesia's JSON as a plain object",
    props: (c) => valid(c, { outputFormat: { container: "raw", encoding: "pcm_s16le", sample_rate: 8000 } }),
    problems: ["outputFormat: got an object (Object); expected an OutputFormat from OutputFormat.raw, OutputFormat.wav or OutputFormat.mp3."],
  },
  {
    input: "outputFormat: raw() given a string",
    props: (c) => valid(c, { outputFormat: raw("pcm_s16le") }),
    problems: ['outputFormat: OutputFormat.raw got "pcm_s16le"; expected options { encoding, sampleRate }.'],
  },
  {
    input: "outputFormat: mp3() given nothing",
    props: (c) => valid(c, { outputFormat: mp3(undefined) }),
    problems: ["outputFormat: OutputFormat.mp3 got undefined; expected options { sampleRate, bitRate }."],
  },
  { input: "cartesiaVersion: a number", props: (c) => valid(c, { cartesiaVersion: 20260301 }), problems: [`cartesiaVersion: got 20260301; ${VERSION_HINT}`] },
  {
    input: "cartesiaVersion: a Date",
    props: (c) => valid(c, { cartesiaVersion: new Date("2026-03-01") }),
    problems: [`cartesiaVersion: got an object (Date); ${VERSION_HINT}`],
  },
  { input: "integrationName: a number", props: (c) => valid(c, { integrationName: 7 }), problems: ["integrationName: got 7; expected a string."] },
  {
    input: "credentialName: an array",
    props: (c) => valid(c, { credentialName: ["Cartesia"] }),
    problems: ["credentialName: got an array; expected a string."],
  },
  { input: 'enabled: the string "false"', props: (c) => valid(c, { enabled: "false" }), problems: ['enabled: got "false"; expected true or false.'] },
  { input: "pciCompliant: 1", props: (c) => valid(c, { pciCompliant: 1 }), problems: ["pciCompliant: got 1; expected true or false."] },
  {
    input: "configMode: the enum member's name",
    props: (c) => valid(c, { configMode: "STANDALONE" }),
    problems: ['configMode: got "STANDALONE"; allowed: IntegrationConfigMode.STANDALONE ("standalone"), IntegrationConfigMode.EMBEDDED ("embedded").'],
  },
  {
    input: "language: an array",
    props: (c) => valid(c, { language: ["en"] }),
    problems: ['language: got an array; expected a two-letter ISO 639-1 code in lower case, such as "en".'],
  },
  { input: "notes: an object", props: (c) => valid(c, { notes: { text: "hi" } }), problems: ["notes: got an object (Object); expected a string."] },
  {
    input: "provider: its name as a string",
    props: (c) => valid(c, { provider: "genesyscloud" }),
    problems: ['provider: got "genesyscloud"; expected a GenesyscloudProvider (or another TerraformProvider).'],
  },
  {
    input: "provider: another provider type",
    props: (c) => valid(c, { provider: new NullProvider(c.stack, "null") }),
    problems: ['provider: got a provider of type "null" (hostile/null); expected a GenesyscloudProvider.'],
  },
  {
    input: "apiBaseUrl: a URL object",
    props: (c) => valid(c, { apiBaseUrl: new URL("https://api.cartesia.ai") }),
    problems: [`apiBaseUrl: got an object (URL); ${URL_HINT}`],
  },
  {
    input: "connectorType: a string",
    props: (c) => valid(c, { connectorType: "genesys-tts-connector" }),
    problems: ['connectorType: got "genesys-tts-connector"; expected an object with any of integrationType, credentialSlot, credentialType, propertyKeys.'],
  },
  {
    input: "connectorType.integrationType: a number",
    props: (c) => valid(c, { connectorType: { integrationType: 5 } }),
    problems: ["connectorType.integrationType: got 5; expected a non-empty string without control characters or surrounding spaces."],
  },
  {
    input: "connectorType.propertyKeys: two properties on one key",
    props: (c) => valid(c, { connectorType: { propertyKeys: { voicesUri: "ttsConnectorSynthesizeURI" } } }),
    problems: ['connectorType.propertyKeys.voicesUri: got "ttsConnectorSynthesizeURI", which synthesizeUri already uses; each property needs its own key.'],
  },
  {
    input: "a prop spelled the way Cartesia's JSON spells it",
    props: (c) => valid(c, { output_format: raw({ encoding: "pcm_s16le", sampleRate: 8000 }) }),
    problems: [`output_format: not a prop of CartesiaTtsConnector (did you mean outputFormat?); its props are ${PROPS}.`],
  },
  {
    input: "a prop with a typo",
    props: (c) => valid(c, { pciCompliance: false }),
    problems: [`pciCompliance: not a prop of CartesiaTtsConnector (did you mean pciCompliant?); its props are ${PROPS}.`],
  },

  // ---- wrong-typed arguments and objects posing as the library's own ----
  {
    input: "id: a number",
    attempt: (c) => new CartesiaTtsConnector(c.stack, 42 as never, valid(c)),
    header: 'Invalid CartesiaTtsConnector "hostile/(no id)"',
    problems: ['id: got 42; expected a construct id, a non-empty string such as "cartesia".'],
  },
  {
    input: "id: an empty string",
    attempt: (c) => new CartesiaTtsConnector(c.stack, "", valid(c)),
    header: 'Invalid CartesiaTtsConnector "hostile/"',
    problems: ['id: got ""; expected a construct id, a non-empty string such as "cartesia".'],
  },
  {
    input: "scope: a plain object",
    attempt: (c) => new CartesiaTtsConnector({} as never, "cartesia", valid(c)),
    header: 'Invalid CartesiaTtsConnector "(no scope)/cartesia"',
    problems: ["scope: got an object (Object); expected the stack (or a construct in it) to create the connector in."],
  },
  {
    input: "scope: an object posing as a stack",
    attempt: (c) => new CartesiaTtsConnector(Object.create(TerraformStack.prototype) as never, "cartesia", valid(c)),
    header: 'Invalid CartesiaTtsConnector "(no scope)/cartesia"',
    problems: ["scope: got an object (TerraformStack); expected the stack (or a construct in it) to create the connector in."],
  },
  {
    input: "scope: a stack of another engine (npm added this package's own peer to the app)",
    attempt: (c) => new CartesiaTtsConnector(foreignStack(), "cartesia", valid(c)),
    header: 'Invalid CartesiaTtsConnector "foreign/cartesia"',
    problems: [
      `scope: its stack "foreign" is not a TerraformStack of the cdktf that cdktf-cartesia-genesys loads: the app runs another engine, or another copy of cdktf. In a cdktn app, install cdktn-cartesia-genesys and import from it (and remove cdktf if npm added it as a peer); else keep one copy of cdktf (npm ls cdktf lists them).`,
    ],
  },
  {
    input: "fromVariable: a scope posing as a stack",
    attempt: () => CartesiaApiKey.fromVariable(Object.create(TerraformStack.prototype) as never, "cartesia_api_key"),
    header: 'Invalid CartesiaApiKey.fromVariable "(no scope)"',
    problems: ["scope: got an object (TerraformStack); expected the stack (or a construct in it) to declare the variable in."],
  },
  {
    input: "props: a Proxy whose every read throws",
    props: () =>
      new Proxy(
        {},
        {
          get: () => {
            throw new TypeError("no reading");
          },
        },
      ),
    problems: ["props: reading them threw (TypeError: no reading); pass plain values."],
  },
  {
    input: "outputFormat: an object posing as an OutputFormat",
    props: (c) => valid(c, { outputFormat: Object.create(OutputFormat.prototype) }),
    problems: [
      "outputFormat: got an object posing as an OutputFormat (not made by its factories); use OutputFormat.raw, OutputFormat.wav or OutputFormat.mp3.",
    ],
  },
  {
    input: "outputFormat: a posing object with a valid spec",
    props: (c) =>
      valid(c, {
        outputFormat: Object.assign(Object.create(OutputFormat.prototype) as object, { spec: { container: "raw", encoding: "pcm_s16le", sampleRate: 8000 } }),
      }),
    problems: [
      "outputFormat: got an object posing as an OutputFormat (not made by its factories); use OutputFormat.raw, OutputFormat.wav or OutputFormat.mp3.",
    ],
  },
  {
    input: "model: an object posing as a CartesiaModel",
    props: (c) => valid(c, { model: Object.assign(Object.create(CartesiaModel.prototype) as object, { id: "sonic-3-2026-01-12", kind: "snapshot" }) }),
    problems: [
      "model: got an object posing as a CartesiaModel (not made by its factories); use CartesiaModel.snapshot, CartesiaModel.alias or a constant such as CartesiaModel.SONIC_3_5_2026_05_04.",
    ],
  },
  {
    input: "apiKey: an object posing as a CartesiaApiKey",
    props: (c) => valid(c, { apiKey: Object.assign(Object.create(CartesiaApiKey.prototype) as object, { kind: "token", value: "${var.cartesia_api_key}" }) }),
    problems: [
      "apiKey: got an object posing as a CartesiaApiKey (not made by its factories); use CartesiaApiKey.fromVariable, fromToken or fromExistingCredential.",
    ],
  },
  {
    input: "provider: an object posing as a GenesyscloudProvider",
    props: (c) => valid(c, { provider: Object.create(GenesyscloudProvider.prototype) }),
    problems: ["provider: got an object (GenesyscloudProvider); expected a GenesyscloudProvider (or another TerraformProvider)."],
  },

  // ---- names that exist on Object.prototype ----
  {
    input: "a prop named __proto__ (as JSON.parse makes it)",
    props: (c) => valid(c, JSON.parse('{"__proto__": {"model": "sonic-3"}}') as Record<string, unknown>),
    problems: [`__proto__: not a prop of CartesiaTtsConnector; its props are ${PROPS}.`],
  },
  {
    input: "a prop named constructor",
    props: (c) => valid(c, { constructor: "CartesiaTtsConnector" }),
    problems: [`constructor: not a prop of CartesiaTtsConnector; its props are ${PROPS}.`],
  },
  {
    input: "raw: an option named constructor",
    props: (c) => valid(c, { outputFormat: raw({ encoding: "pcm_s16le", sampleRate: 8000, constructor: 8000 }) }),
    problems: ['outputFormat.constructor: OutputFormat.raw has no option "constructor"; its options are { encoding, sampleRate }.'],
  },
  {
    input: "connectorType: an override named hasOwnProperty",
    props: (c) => valid(c, { connectorType: { hasOwnProperty: "x" } }),
    problems: ["connectorType.hasOwnProperty: not an override; allowed: integrationType, credentialSlot, credentialType, propertyKeys."],
  },
  {
    input: "connectorType.propertyKeys: a key named toString",
    props: (c) => valid(c, { connectorType: { propertyKeys: { toString: "x" } } }),
    problems: [
      "connectorType.propertyKeys.toString: not a property; allowed: synthesizeUri, voicesUri, synthesizeMethod, voicesAttribute, voiceNameAttribute, voiceIdAttribute, voiceLanguageAttribute, voiceGenderAttribute, pciCompliant.",
    ],
  },

  // ---- empty and whitespace-only strings ----
  { input: "integrationName: empty", props: (c) => valid(c, { integrationName: "" }), problems: ['integrationName: got ""; expected a non-empty name.'] },
  {
    input: "integrationName: whitespace only",
    props: (c) => valid(c, { integrationName: " \t " }),
    problems: ['integrationName: got " \\t "; expected a non-empty name.'],
  },
  { input: "credentialName: empty", props: (c) => valid(c, { credentialName: "" }), problems: ['credentialName: got ""; expected a non-empty name.'] },
  { input: "cartesiaVersion: empty", props: (c) => valid(c, { cartesiaVersion: "" }), problems: [`cartesiaVersion: got ""; ${VERSION_HINT}`] },
  {
    input: "language: empty",
    props: (c) => valid(c, { language: "" }),
    problems: ['language: got ""; expected a two-letter ISO 639-1 code in lower case, such as "en".'],
  },
  { input: "apiBaseUrl: empty", props: (c) => valid(c, { apiBaseUrl: "" }), problems: [`apiBaseUrl: got ""; ${URL_HINT}`] },
  {
    input: "model: an empty snapshot id",
    props: (c) => valid(c, { model: CartesiaModel.snapshot("  ") }),
    problems: [`model: got "  "; expected a model id such as "${REC}".`],
  },
  {
    input: 'apiKey: fromToken("")',
    props: (c) => valid(c, { apiKey: CartesiaApiKey.fromToken("") }),
    problems: [
      'apiKey: fromToken got "", an empty string; pass it with CartesiaApiKey.fromVariable(stack, "cartesia_api_key") and set TF_VAR_cartesia_api_key at deploy time, or pass a token (data source, remote state output).',
    ],
  },
  {
    input: "apiKey: fromExistingCredential with an empty id",
    props: (c) => valid(c, { apiKey: CartesiaApiKey.fromExistingCredential("") }),
    problems: [`apiKey: fromExistingCredential got an empty credential id; ${CREDENTIAL_ID}`],
  },
  {
    input: "apiKey: fromExistingCredential with a whitespace id",
    props: (c) => valid(c, { apiKey: CartesiaApiKey.fromExistingCredential(" \n") }),
    problems: [`apiKey: fromExistingCredential got an empty credential id; ${CREDENTIAL_ID}`],
  },

  // ---- control and invisible characters ----
  {
    input: "integrationName: a NUL byte",
    props: (c) => valid(c, { integrationName: "Cartesia\u0000TTS" }),
    problems: ['integrationName: got "Cartesia\\u0000TTS", which contains control character U+0000 at index 8; use printable text.'],
  },
  {
    input: "integrationName: a line break",
    props: (c) => valid(c, { integrationName: "Cartesia\nTTS" }),
    problems: ['integrationName: got "Cartesia\\nTTS", which contains control character U+000A at index 8; use printable text.'],
  },
  {
    input: "integrationName: a right-to-left override",
    props: (c) => valid(c, { integrationName: "\u202eaisetraC" }),
    problems: ['integrationName: got "\\u202eaisetraC", which contains control character U+202E at index 0; use printable text.'],
  },
  {
    input: "integrationName: an unpaired surrogate",
    props: (c) => valid(c, { integrationName: "Cartesia \ud800" }),
    problems: ['integrationName: got "Cartesia \\ud800", which contains control character U+D800 at index 9; use printable text.'],
  },
  {
    input: "credentialName: a C1 control",
    props: (c) => valid(c, { credentialName: "Cartesia\u0085key" }),
    problems: ['credentialName: got "Cartesia\\u0085key", which contains control character U+0085 at index 8; use printable text.'],
  },
  {
    input: "notes: a bell (line breaks would be fine)",
    props: (c) => valid(c, { notes: "Owner: voice team\nPager\u0007" }),
    problems: [
      'notes: got "Owner: voice team\\nPager\\u0007", which contains control character U+0007 at index 23; use printable text (line breaks and tabs are fine).',
    ],
  },
  {
    input: "apiBaseUrl: a trailing line break (the URL parser would drop it)",
    props: (c) => valid(c, { apiBaseUrl: "https://api.cartesia.ai\n" }),
    problems: [`apiBaseUrl: got "https://api.cartesia.ai\\n", which contains spaces or control characters; ${URL_HINT}`],
  },
  {
    input: "apiKey: fromExistingCredential with a line break inside",
    props: (c) => valid(c, { apiKey: CartesiaApiKey.fromExistingCredential("3f2a0c9e\n-credential") }),
    problems: [`apiKey: fromExistingCredential got "3f2a0c9e\\n-credential", which contains spaces or control characters; ${CREDENTIAL_ID}`],
  },

  // ---- over-long names ----
  {
    input: "integrationName: 201 characters",
    props: (c) => valid(c, { integrationName: "C".repeat(201) }),
    problems: [`integrationName: got "${"C".repeat(40)}…" (201 characters); at most 200 characters are allowed.`],
  },
  {
    input: "notes: 1001 characters",
    props: (c) => valid(c, { notes: "n".repeat(1001) }),
    problems: [`notes: got "${"n".repeat(40)}…" (1001 characters); at most 1000 characters are allowed.`],
  },

  // ---- unknown enum values ----
  {
    input: "configMode: unknown",
    props: (c) => valid(c, { configMode: "hybrid" }),
    problems: ['configMode: got "hybrid"; allowed: IntegrationConfigMode.STANDALONE ("standalone"), IntegrationConfigMode.EMBEDDED ("embedded").'],
  },
  {
    input: "raw: an encoding Cartesia lacks",
    props: (c) => valid(c, { outputFormat: raw({ encoding: "pcm_u8", sampleRate: 8000 }) }),
    problems: [`outputFormat.encoding: got "pcm_u8"; allowed for raw: ${ENCODINGS}.`],
  },
  {
    input: "wav: an encoding in capitals",
    props: (c) => valid(c, { outputFormat: wav({ encoding: "PCM_S16LE", sampleRate: 8000 }) }),
    problems: [`outputFormat.encoding: got "PCM_S16LE"; allowed for wav: ${ENCODINGS}.`],
  },
  {
    input: "mp3: a bit rate in kbit/s",
    props: (c) => valid(c, { outputFormat: mp3({ sampleRate: 44100, bitRate: 128 }) }),
    problems: [`outputFormat.bitRate: got 128; allowed for mp3: ${BIT_RATES}.`],
  },
  {
    input: "language: upper case",
    props: (c) => valid(c, { language: "EN" }),
    problems: ['language: got "EN"; expected a two-letter ISO 639-1 code in lower case, such as "en".'],
  },

  // ---- sample rates: NaN, negative, fractional, strings ----
  {
    input: "sampleRate: NaN",
    props: (c) => valid(c, { outputFormat: raw({ encoding: "pcm_s16le", sampleRate: NaN }) }),
    problems: [`outputFormat.sampleRate: got NaN; allowed for raw: ${RATES}.`],
  },
  {
    input: "sampleRate: negative",
    props: (c) => valid(c, { outputFormat: raw({ encoding: "pcm_s16le", sampleRate: -8000 }) }),
    problems: [`outputFormat.sampleRate: got -8000; allowed for raw: ${RATES}.`],
  },
  {
    input: "sampleRate: fractional",
    props: (c) => valid(c, { outputFormat: wav({ encoding: "pcm_s16le", sampleRate: 8000.5 }) }),
    problems: [`outputFormat.sampleRate: got 8000.5; allowed for wav: ${RATES}.`],
  },
  {
    input: "sampleRate: Infinity",
    props: (c) => valid(c, { outputFormat: mp3({ sampleRate: Infinity, bitRate: 64000 }) }),
    problems: [`outputFormat.sampleRate: got Infinity; allowed for mp3: ${RATES}.`],
  },
  {
    input: "sampleRate: the number as a string",
    props: (c) => valid(c, { outputFormat: raw({ encoding: "pcm_s16le", sampleRate: "8000" }) }),
    problems: [`outputFormat.sampleRate: got "8000" (a string; pass the number 8000); allowed for raw: ${RATES}.`],
  },
  {
    input: "sampleRate: kHz instead of Hz",
    props: (c) => valid(c, { outputFormat: raw({ encoding: "pcm_s16le", sampleRate: 8 }) }),
    problems: [`outputFormat.sampleRate: got 8; allowed for raw: ${RATES}.`],
  },

  // ---- the output-format matrix ----
  {
    input: "mp3 with an encoding",
    props: (c) => valid(c, { outputFormat: mp3({ sampleRate: 8000, bitRate: 64000, encoding: "pcm_s16le" }) }),
    problems: ['outputFormat.encoding: got "pcm_s16le"; mp3 takes no encoding (only raw and wav do).'],
  },
  {
    input: "raw without an encoding",
    props: (c) => valid(c, { outputFormat: raw({ sampleRate: 8000 }) }),
    problems: [`outputFormat.encoding: missing; raw requires one of ${ENCODINGS}.`],
  },
  {
    input: "wav without an encoding",
    props: (c) => valid(c, { outputFormat: wav({ sampleRate: 16000 }) }),
    problems: [`outputFormat.encoding: missing; wav requires one of ${ENCODINGS}.`],
  },
  {
    input: "raw with a bit rate",
    props: (c) => valid(c, { outputFormat: raw({ encoding: "pcm_s16le", sampleRate: 8000, bitRate: 64000 }) }),
    problems: ["outputFormat.bitRate: got 64000; raw takes no bit rate (only mp3 does)."],
  },
  {
    input: "mp3 without a bit rate",
    props: (c) => valid(c, { outputFormat: mp3({ sampleRate: 44100 }) }),
    problems: [`outputFormat.bitRate: missing; mp3 requires one of ${BIT_RATES} (bits per second).`],
  },
  {
    input: "raw with Cartesia's snake_case sample_rate",
    props: (c) => valid(c, { outputFormat: raw({ encoding: "pcm_s16le", sampleRate: 8000, sample_rate: 8000 }) }),
    problems: ['outputFormat.sample_rate: OutputFormat.raw has no option "sample_rate" (did you mean sampleRate?); its options are { encoding, sampleRate }.'],
  },

  // ---- models: errors only for what is no model id, and for what Cartesia sunsetted ----
  {
    input: "model: a snapshot one character short of a known one",
    props: (c) => valid(c, { model: CartesiaModel.snapshot("sonic-3-2026-01-1") }),
    problems: [`model: got "sonic-3-2026-01-1", which is not a Cartesia model id (${MODEL_FORMS}); did you mean "${CartesiaModel.SONIC_3_2026_01_12.id}"?.`],
  },
  {
    input: "model: a known snapshot with a capital letter",
    props: (c) => valid(c, { model: CartesiaModel.snapshot("Sonic-3.5-2026-05-04") }),
    problems: [
      `model: got "Sonic-3.5-2026-05-04", which is not a Cartesia model id (${MODEL_FORMS}); did you mean "${CartesiaModel.SONIC_3_5_2026_05_04.id}"?.`,
    ],
  },
  {
    input: "model: a snapshot dated on a day that does not exist",
    props: (c) => valid(c, { model: CartesiaModel.snapshot("sonic-3-2026-02-30") }),
    problems: ['model: got "sonic-3-2026-02-30", whose date 2026-02-30 does not exist; a snapshot is named after a real day (YYYY-MM-DD).'],
  },
  ...MODEL_CATALOG.filter((m) => m.status.kind === "sunsetted").map((m) => ({
    input: `model: ${m.id}, which Cartesia sunsetted`,
    props: (c: Context) => valid(c, { model: /\d{4}-\d{2}-\d{2}$/.test(m.id) ? CartesiaModel.snapshot(m.id) : CartesiaModel.alias(m.id) }),
    problems: [
      `model: got "${m.id}", which Cartesia sunsetted on 2026-06-01 (its requests fail with error_code model_sunsetted); use a current model such as "${RECOMMENDED_MODEL.id}" (${AS_READ}).`,
    ],
  })),
  {
    input: "language: one a sonic-2 snapshot no longer serves",
    props: (c) => valid(c, { model: CartesiaModel.snapshot("sonic-2-2025-06-11"), language: "it" }),
    problems: [
      `language: got "it", which Cartesia stopped serving with "sonic-2-2025-06-11" on 2026-06-01; it still serves en, de, es, fr, ja, ko, pt, zh. For "it", use "${RECOMMENDED_MODEL.id}" (${AS_READ}).`,
    ],
  },

  // ---- malformed versions ----
  {
    input: "cartesiaVersion: no leading zeros",
    props: (c) => valid(c, { cartesiaVersion: "2026-3-1" }),
    problems: [`cartesiaVersion: got "2026-3-1"; ${VERSION_HINT}`],
  },
  {
    input: "cartesiaVersion: month 13",
    props: (c) => valid(c, { cartesiaVersion: "2026-13-01" }),
    problems: [`cartesiaVersion: got "2026-13-01"; ${VERSION_HINT}`],
  },
  {
    input: "cartesiaVersion: 29 February of a common year",
    props: (c) => valid(c, { cartesiaVersion: "2026-02-29" }),
    problems: [`cartesiaVersion: got "2026-02-29"; ${VERSION_HINT}`],
  },
  {
    input: "cartesiaVersion: a v prefix",
    props: (c) => valid(c, { cartesiaVersion: "v2026-03-01" }),
    problems: [`cartesiaVersion: got "v2026-03-01"; ${VERSION_HINT}`],
  },
  {
    input: "cartesiaVersion: a trailing space",
    props: (c) => valid(c, { cartesiaVersion: "2026-03-01 " }),
    problems: [`cartesiaVersion: got "2026-03-01 "; ${VERSION_HINT}`],
  },
  {
    input: "cartesiaVersion: a date and time",
    props: (c) => valid(c, { cartesiaVersion: "2026-03-01T00:00:00Z" }),
    problems: [`cartesiaVersion: got "2026-03-01T00:00:00Z"; ${VERSION_HINT}`],
  },

  // ---- keys where they must not be ----
  {
    input: "apiKey: a literal key through fromToken",
    props: (c) => valid(c, { apiKey: CartesiaApiKey.fromToken(KEY) }),
    problems: [`apiKey: fromToken got a literal string ${MASKED_KEY}; ${NEVER_LITERAL}`],
  },
  {
    input: "apiKey: a literal key as a plain string",
    props: (c) => valid(c, { apiKey: KEY }),
    problems: [`apiKey: got a literal string ${MASKED_KEY}; ${PASS_KEY}`],
  },
  {
    input: "apiKey: an admin key through fromToken",
    props: (c) => valid(c, { apiKey: CartesiaApiKey.fromToken(ADMIN_KEY) }),
    problems: [
      `apiKey: got a literal admin key ${MASKED_ADMIN_KEY}; admin keys cannot call text-to-speech, and a key must never be written into cdktf.out. Create a standard key and pass it with CartesiaApiKey.fromVariable(stack, "cartesia_api_key").`,
    ],
  },
  {
    input: "apiKey: an admin key as a plain string",
    props: (c) => valid(c, { apiKey: ADMIN_KEY }),
    problems: [`apiKey: got a literal string ${MASKED_ADMIN_KEY}; ${PASS_KEY}`],
  },
  {
    input: "apiKey: a key inside a hand-written expression",
    props: (c) => valid(c, { apiKey: CartesiaApiKey.fromToken(`\${trimspace("${KEY}")}`) }),
    problems: [
      'apiKey: fromToken got an expression that contains a literal key …(masked, 47 characters); a key must never be written into cdktf.out. Instead, pass it with CartesiaApiKey.fromVariable(stack, "cartesia_api_key") and set TF_VAR_cartesia_api_key at deploy time, or pass a token (data source, remote state output).',
    ],
  },
  {
    input: "apiKey: a key given as the existing credential's id",
    props: (c) => valid(c, { apiKey: CartesiaApiKey.fromExistingCredential(KEY) }),
    problems: [`apiKey: fromExistingCredential got ${MASKED_KEY}, which looks like an API key, not a credential id; pass the credential's id.`],
  },
  {
    input: "integrationName: holds a key",
    props: (c) => valid(c, { integrationName: `Cartesia ${KEY}` }),
    problems: [`integrationName: contains what looks like a Cartesia API key (${MASKED_KEY}); ${NAMES_NOT_SECRET}`],
  },
  {
    input: "notes: hold a key",
    props: (c) => valid(c, { notes: `Key for later:\n${KEY}` }),
    problems: [`notes: contains what looks like a Cartesia API key (${MASKED_KEY}); ${NAMES_NOT_SECRET}`],
  },
  {
    input: "credentialName: is the admin key",
    props: (c) => valid(c, { credentialName: ADMIN_KEY }),
    problems: [`credentialName: contains what looks like a Cartesia API key (${MASKED_ADMIN_KEY}); ${NAMES_NOT_SECRET}`],
  },
  {
    input: "cartesiaVersion: the key pasted into the wrong prop",
    props: (c) => valid(c, { cartesiaVersion: KEY }),
    problems: [`cartesiaVersion: got ${MASKED_KEY}; ${VERSION_HINT}`],
  },
  {
    input: "model: the key pasted into the wrong prop",
    props: (c) => valid(c, { model: CartesiaModel.snapshot(KEY) }),
    problems: [`model: got ${MASKED_KEY}, which is not a Cartesia model id (${MODEL_FORMS}).`],
  },
  {
    input: "language: the key pasted into the wrong prop",
    props: (c) => valid(c, { language: KEY }),
    problems: [`language: got ${MASKED_KEY}; expected a two-letter ISO 639-1 code in lower case, such as "en".`],
  },
  {
    input: "apiBaseUrl: a key in the path",
    props: (c) => valid(c, { apiBaseUrl: `https://proxy.example.com/${KEY}` }),
    problems: [`apiBaseUrl: contains what looks like a Cartesia API key (${MASKED_KEY}); the URL is written in plain text. The key belongs in apiKey.`],
  },
  {
    input: "apiBaseUrl: a password in the URL",
    props: (c) => valid(c, { apiBaseUrl: "https://:hunter2@proxy.example.com" }),
    problems: [`apiBaseUrl: got "https://:hunter2@proxy.example.com"; ${URL_HINT}`],
  },
  {
    input: "fromVariable: the key as the variable's name",
    attempt: (c) => CartesiaApiKey.fromVariable(c.stack, KEY),
    header: 'Invalid CartesiaApiKey.fromVariable "hostile"',
    problems: [
      `id: got ${MASKED_KEY}; ${VARIABLE_NAME} It looks like the key itself: the id becomes the variable's name in cdktf.out; the key is set at deploy time.`,
    ],
  },
  {
    input: "fromVariable: a key in the description",
    attempt: (c) => CartesiaApiKey.fromVariable(c.stack, "cartesia_api_key_2", { description: `was ${KEY}` }),
    header: 'Invalid CartesiaApiKey.fromVariable "hostile"',
    problems: [`options.description: contains what looks like a Cartesia API key (${MASKED_KEY}); the description is written into cdktf.out. Remove it.`],
  },
  {
    input: "fromVariable: a name Terraform would not accept",
    attempt: (c) => CartesiaApiKey.fromVariable(c.stack, "cartesia api key"),
    header: 'Invalid CartesiaApiKey.fromVariable "hostile"',
    problems: [`id: got "cartesia api key"; ${VARIABLE_NAME}`],
  },

  // ---- Terraform template sequences in literal text ----
  {
    input: "integrationName: an interpolation Terraform would evaluate",
    props: (c) => valid(c, { integrationName: "Cartesia ${var.env}" }),
    problems: [
      'integrationName: got "Cartesia ${var.env}"; Terraform would read "${" as an expression; write "$${" for a literal "${", or build the value from a cdktf token.',
    ],
  },
  {
    input: "notes: a template directive",
    props: (c) => valid(c, { notes: "%{ if true }on call%{ endif }" }),
    problems: [
      'notes: got "%{ if true }on call%{ endif }"; Terraform would read "%{" as a template directive; write "%%{" for a literal "%{", or build the value from a cdktf token.',
    ],
  },
  {
    input: "credentialName: a directive behind a dollar sign (only %%{ escapes it)",
    props: (c) => valid(c, { credentialName: "US$%{ if true }" }),
    problems: [
      'credentialName: got "US$%{ if true }"; Terraform would read "%{" as a template directive; write "%%{" for a literal "%{", or build the value from a cdktf token.',
    ],
  },
  {
    input: "apiBaseUrl: an interpolation in the path",
    props: (c) => valid(c, { apiBaseUrl: "https://proxy.example.com/${var.path}" }),
    problems: [
      'apiBaseUrl: got "https://proxy.example.com/${var.path}"; Terraform would read "${" as an expression; write "$${" for a literal "${", or build the value from a cdktf token.',
    ],
  },
  {
    input: "apiKey: fromExistingCredential with half an expression",
    props: (c) => valid(c, { apiKey: CartesiaApiKey.fromExistingCredential("cred-${var.org}") }),
    problems: [
      'apiKey: fromExistingCredential got "cred-${var.org}"; Terraform would read "${" as an expression; write "$${" for a literal "${", or build the value from a cdktf token.',
    ],
  },
  {
    input: "fromVariable: a name terraform reserves for module blocks",
    attempt: (c) => CartesiaApiKey.fromVariable(c.stack, "count"),
    header: 'Invalid CartesiaApiKey.fromVariable "hostile"',
    problems: [
      'id: got "count", a name terraform reserves (_, count, depends_on, for_each, lifecycle, locals, provider, providers, source, version); choose another, such as "cartesia_api_key".',
    ],
  },
  {
    input: "fromVariable: a name another construct has",
    attempt: (c) => CartesiaApiKey.fromVariable(c.stack, "genesyscloud"),
    header: 'Invalid CartesiaApiKey.fromVariable "hostile"',
    problems: ['id: "genesyscloud" is already used by another construct in hostile; choose another variable name.'],
  },

  // ---- other bad values ----
  {
    input: "apiBaseUrl: the full synthesize endpoint",
    props: (c) => valid(c, { apiBaseUrl: "https://api.cartesia.ai/tts/bytes" }),
    problems: [
      'apiBaseUrl: got "https://api.cartesia.ai/tts/bytes", a full endpoint; give the base the endpoints hang off (the connector appends /tts/bytes and /voices/export), such as "https://api.cartesia.ai".',
    ],
  },
  {
    input: "apiBaseUrl: plain http to a remote host",
    props: (c) => valid(c, { apiBaseUrl: "http://api.cartesia.ai" }),
    problems: [`apiBaseUrl: got "http://api.cartesia.ai"; ${URL_HINT}`],
  },

  // ---- stack-wide rules ----
  {
    input: "two connectors with one name on one provider",
    setup: (c) => new CartesiaTtsConnector(c.stack, "first", valid(c, { integrationName: "Cartesia" })),
    props: (c) => valid(c, { integrationName: "Cartesia" }),
    problems: [
      'integrationName: "Cartesia" is already used by hostile/first on the default genesyscloud provider; integration names must be unique in an organization.',
    ],
  },
  {
    input: "an eleventh connector on one provider",
    setup: (c) => {
      for (let i = 1; i <= 10; i++) new CartesiaTtsConnector(c.stack, `c${i}`, valid(c, { integrationName: `Cartesia ${i}` }));
    },
    props: (c) => valid(c, { integrationName: "Cartesia 11" }),
    problems: [
      "provider: the default genesyscloud provider already has 10 connectors in this stack; Genesys allows at most 10 TTS Connector integrations per organization (disabled ones count too).",
    ],
  },
  {
    input: "a provider declared in another stack",
    props: (c) =>
      valid(c, { provider: new GenesyscloudProvider(new TerraformStack(c.stack.node.scope as Construct, "org-b"), "genesyscloud", { alias: "org_b" }) }),
    problems: [
      "provider: got org-b/genesyscloud, which belongs to stack org-b, not hostile; a stack can only use its own providers. Declare a GenesyscloudProvider in this stack.",
    ],
  },
  {
    input: "a key pasted as the connector's construct id",
    attempt: (c) => new CartesiaTtsConnector(c.stack, KEY, valid(c)),
    // The error's last line of defence masks the key in the construct path of the header too.
    header: 'Invalid CartesiaTtsConnector "hostile/sk_car_…(masked, 31 characters)"',
    problems: [
      "id: the construct path holds what looks like a Cartesia API key (…(masked, 39 characters)); construct ids are written into cdktf.out. Choose another id.",
    ],
  },
  {
    input: "both config styles in one stack",
    setup: (c) => new CartesiaTtsConnector(c.stack, "first", valid(c, { integrationName: "A" })),
    props: (c) => valid(c, { integrationName: "B", configMode: IntegrationConfigMode.EMBEDDED }),
    problems: [
      "configMode: this stack mixes standalone genesyscloud_integration_config (hostile/first) with embedded config blocks (hostile/cartesia). ENABLE_STANDALONE_INTEGRATION_CONFIG switches the Genesys provider for a whole terraform run: with it set, embedded config blocks are no longer managed; without it, standalone configs fail. Use one configMode for every integration in the stack, or put them in separate stacks.",
    ],
  },
];

describe.each(CATALOGUE.map((entry) => [entry.input, entry] as const))("hostile input: %s", (_input, entry) => {
  test("gives one CartesiaConnectorConfigError with the exact problem, adds nothing, leaks no key", () => {
    const ctx = context();
    entry.setup?.(ctx);
    const props = entry.props?.(ctx) as CartesiaTtsConnectorProps;
    const before = ctx.stack.node.findAll().map((c) => c.node.path);
    let caught: unknown;
    try {
      if (entry.attempt) entry.attempt(ctx);
      else new CartesiaTtsConnector(ctx.stack, "cartesia", props);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(CartesiaConnectorConfigError);
    const error = caught as CartesiaConnectorConfigError;
    expect(error.problems).toEqual(entry.problems);
    const header = entry.header ?? 'Invalid CartesiaTtsConnector "hostile/cartesia"';
    expect(error.message).toBe(`${header} (1 problem):\n  - ${entry.problems[0]}`);
    expect(findKeys(`${error.message}\n${error.stack}`)).toEqual([]);
    // Nothing was added: the stack is as it was before the attempt, and synthesizes as before.
    expect(ctx.stack.node.findAll().map((c) => c.node.path)).toEqual(before);
    const resources = JSON.parse(Testing.synth(ctx.stack, true)).resource ?? {};
    expect(
      Object.values(resources)
        .flatMap((byName) => Object.keys(byName as object))
        .filter((name) => name.startsWith("cartesia_")),
    ).toEqual([]);
  });
});

test("the catalogue holds at least 40 distinct hostile inputs", () => {
  expect(CATALOGUE.length).toBeGreaterThanOrEqual(40);
  expect(new Set(CATALOGUE.map((e) => e.input)).size).toBe(CATALOGUE.length);
});

test("the props the catalogue spoils are valid as they are: each entry fails for its own reason", () => {
  const ctx = context();
  new CartesiaTtsConnector(ctx.stack, "cartesia", valid(ctx));
  expect(Object.keys(JSON.parse(Testing.synth(ctx.stack, true)).resource).sort()).toEqual([
    "genesyscloud_integration",
    "genesyscloud_integration_config",
    "genesyscloud_integration_credential",
  ]);
});

test("a provider from another stack is refused when the connector's scope is known", () => {
  const app = Testing.app({ outdir: OUTDIR });
  const orgA = new TerraformStack(app, "org-a");
  const provider = new GenesyscloudProvider(orgA, "genesyscloud", { alias: "org_a" });
  const orgB = new TerraformStack(app, "org-b");
  const scope = new Construct(orgB, "cartesia");
  const props = { apiKey: CartesiaApiKey.fromToken("${var.cartesia_api_key}"), model: CartesiaModel.SONIC_3_2026_01_12, provider };
  expect(validateConnectorProps(props, scope).errors).toEqual([
    "provider: got org-a/genesyscloud, which belongs to stack org-a, not org-b; a stack can only use its own providers. Declare a GenesyscloudProvider in this stack.",
  ]);
  expect(validateConnectorProps(props, new Construct(orgA, "cartesia")).errors).toEqual([]);
});

test("a key used as the connector's construct id is refused when the connector's scope is known", () => {
  const stack = new TerraformStack(Testing.app({ outdir: OUTDIR }), "org");
  const props = { apiKey: CartesiaApiKey.fromToken("${var.cartesia_api_key}"), model: CartesiaModel.SONIC_3_2026_01_12 };
  const { errors } = validateConnectorProps(props, new Construct(stack, KEY));
  expect(errors).toEqual([
    "id: the construct path holds what looks like a Cartesia API key (…(masked, 35 characters)); construct ids are written into cdktf.out. Choose another id.",
  ]);
  expect(validateConnectorProps(props, new Construct(stack, "cartesia")).errors).toEqual([]);
});
