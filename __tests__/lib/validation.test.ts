import { DataTerraformRemoteStateLocal, Fn, Lazy, type TerraformStack } from "cdktf";
import {
  CartesiaApiKey,
  CartesiaConnectorConfigError,
  CartesiaModel,
  CartesiaTtsConnector,
  type CartesiaTtsConnectorProps,
  GenesyscloudProvider,
  integration,
  IntegrationConfigMode,
  OutputFormat,
} from "../../lib";
import { CATALOG_READ_ON, RECOMMENDED_MODEL } from "../../lib/private/model-catalog";
import { CONNECTOR_PROP_NAMES } from "../../lib/private/connector-props";
import { newStack, onlyResource, synthStack, warningsOf } from "../support/helpers";

const KEY_VAR = "${var.cartesia_api_key}";
const REC = RECOMMENDED_MODEL.id;
const AS_READ = `Cartesia's models as this library read them on ${CATALOG_READ_ON}`;

function validProps(overrides: Partial<CartesiaTtsConnectorProps> = {}): CartesiaTtsConnectorProps {
  return { apiKey: CartesiaApiKey.fromToken(KEY_VAR), model: CartesiaModel.SONIC_3_2026_01_12, ...overrides };
}

/** Creates a connector and returns the problems it was rejected with (none when accepted). */
function problemsOf(props: CartesiaTtsConnectorProps, stack: TerraformStack = newStack()): readonly string[] {
  try {
    new CartesiaTtsConnector(stack, `c${stack.node.children.length}`, props);
    return [];
  } catch (err) {
    if (!(err instanceof CartesiaConnectorConfigError)) throw err;
    return err.problems;
  }
}

function warningsFor(props: CartesiaTtsConnectorProps): string[] {
  const stack = newStack();
  new CartesiaTtsConnector(stack, "c", props);
  return warningsOf(stack);
}

// Each rule: a value it rejects (with the message it must give) and a value it accepts.
const RULES: Array<[rule: string, bad: Partial<CartesiaTtsConnectorProps>, message: string, good: Partial<CartesiaTtsConnectorProps>]> = [
  [
    "raw needs a known sample rate",
    { outputFormat: OutputFormat.raw({ encoding: "pcm_s16le", sampleRate: 7000 as never }) },
    "outputFormat.sampleRate: got 7000; allowed for raw: 8000, 16000, 22050, 24000, 44100, 48000 (Hz).",
    { outputFormat: OutputFormat.raw({ encoding: "pcm_s16le", sampleRate: 8000 }) },
  ],
  [
    "wav needs a known encoding",
    { outputFormat: OutputFormat.wav({ encoding: "pcm_u8" as never, sampleRate: 8000 }) },
    'outputFormat.encoding: got "pcm_u8"; allowed for wav: pcm_f32le, pcm_s16le, pcm_mulaw, pcm_alaw.',
    { outputFormat: OutputFormat.wav({ encoding: "pcm_alaw", sampleRate: 8000 }) },
  ],
  [
    "mp3 needs a known bit rate",
    { outputFormat: OutputFormat.mp3({ sampleRate: 8000, bitRate: 100000 as never }) },
    "outputFormat.bitRate: got 100000; allowed for mp3: 32000, 64000, 96000, 128000, 192000.",
    { outputFormat: OutputFormat.mp3({ sampleRate: 8000, bitRate: 64000 }) },
  ],
  [
    "mp3 takes no encoding",
    { outputFormat: OutputFormat.mp3({ sampleRate: 8000, bitRate: 64000, encoding: "pcm_s16le" } as never) },
    'outputFormat.encoding: got "pcm_s16le"; mp3 takes no encoding (only raw and wav do).',
    { outputFormat: OutputFormat.mp3({ sampleRate: 44100, bitRate: 128000 }) },
  ],
  [
    "raw takes no bit rate",
    { outputFormat: OutputFormat.raw({ encoding: "pcm_s16le", sampleRate: 8000, bitRate: 64000 } as never) },
    "outputFormat.bitRate: got 64000; raw takes no bit rate (only mp3 does).",
    { outputFormat: OutputFormat.raw({ encoding: "pcm_mulaw", sampleRate: 8000 }) },
  ],
  [
    "the model has the form of a Cartesia model id",
    { model: CartesiaModel.snapshot("gpt-4o-mini-tts") },
    `model: got "gpt-4o-mini-tts", which is not a Cartesia model id (an alias such as "sonic-latest", or a dated snapshot sonic[-version]-YYYY-MM-DD such as "${REC}").`,
    { model: CartesiaModel.snapshot("sonic-3-2026-02-01") },
  ],
  [
    "a model Cartesia sunsetted is refused with the day",
    { model: CartesiaModel.snapshot("sonic-2-2025-03-07") },
    `model: got "sonic-2-2025-03-07", which Cartesia sunsetted on 2026-06-01 (its requests fail with error_code model_sunsetted); use a current model such as "${REC}" (${AS_READ}).`,
    { model: CartesiaModel.snapshot("sonic-2-2025-06-11"), language: "en" },
  ],
  [
    "a language Cartesia sunsetted for a model is refused, naming what it still serves",
    { model: CartesiaModel.snapshot("sonic-2-2025-06-11"), language: "pl" },
    `language: got "pl", which Cartesia stopped serving with "sonic-2-2025-06-11" on 2026-06-01; it still serves en, de, es, fr, ja, ko, pt, zh. For "pl", use "${REC}" (${AS_READ}).`,
    { model: CartesiaModel.snapshot("sonic-2-2025-06-11"), language: "de" },
  ],
  [
    "cartesiaVersion is YYYY-MM-DD",
    { cartesiaVersion: "2026-3-1" },
    'cartesiaVersion: got "2026-3-1"; expected a date YYYY-MM-DD such as "2026-03-01".',
    { cartesiaVersion: "2025-04-16" },
  ],
  [
    "cartesiaVersion is a real date",
    { cartesiaVersion: "2026-02-30" },
    'cartesiaVersion: got "2026-02-30"; expected a date YYYY-MM-DD such as "2026-03-01".',
    { cartesiaVersion: "2026-03-01" },
  ],
  [
    "the key is never a literal",
    { apiKey: CartesiaApiKey.fromToken("sk_car_test_not_a_real_key_0001") },
    'apiKey: fromToken got a literal string sk_car_…(masked, 31 characters); a key must never be written into cdktf.out. Pass it with CartesiaApiKey.fromVariable(stack, "cartesia_api_key") and set TF_VAR_cartesia_api_key at deploy time, or pass a token (data source, remote state output).',
    { apiKey: CartesiaApiKey.fromToken(KEY_VAR) },
  ],
  [
    "an admin key is refused",
    { apiKey: CartesiaApiKey.fromToken("sk_car_admin_test_not_a_real_key") },
    'apiKey: got a literal admin key sk_car_admin_…(masked, 32 characters); admin keys cannot call text-to-speech, and a key must never be written into cdktf.out. Create a standard key and pass it with CartesiaApiKey.fromVariable(stack, "cartesia_api_key").',
    { apiKey: CartesiaApiKey.fromExistingCredential("3f2a0c9e-credential-id") },
  ],
  [
    "a plain string is not a key source",
    { apiKey: "sk_car_test_not_a_real_key_0001" as never },
    'apiKey: got a literal string sk_car_…(masked, 31 characters); pass CartesiaApiKey.fromVariable(stack, "cartesia_api_key") (set TF_VAR_cartesia_api_key at deploy time), CartesiaApiKey.fromToken(token) or CartesiaApiKey.fromExistingCredential(id).',
    { apiKey: CartesiaApiKey.fromToken(KEY_VAR) },
  ],
  [
    "the integration name is not empty",
    { integrationName: "  " },
    'integrationName: got "  "; expected a non-empty name.',
    { integrationName: "Cartesia (telephony)" },
  ],
  [
    "the existing credential id is not empty",
    { apiKey: CartesiaApiKey.fromExistingCredential("") },
    "apiKey: fromExistingCredential got an empty credential id; pass the id of a genesyscloud_integration_credential (a literal id or a token).",
    { apiKey: CartesiaApiKey.fromExistingCredential("${data.genesyscloud_integration_credential.cartesia.id}") },
  ],
  [
    "language is ISO 639-1",
    { language: "english" },
    'language: got "english"; expected a two-letter ISO 639-1 code in lower case, such as "en".',
    { language: "en" },
  ],
  [
    "literal text holds no Terraform template sequence",
    { integrationName: "Cartesia ${terraform.workspace}" },
    'integrationName: got "Cartesia ${terraform.workspace}"; Terraform would read "${" as an expression; write "$${" for a literal "${", or build the value from a cdktf token.',
    { integrationName: "Cartesia $${literal} 100% %%{x}" },
  ],
  [
    "a prop the interface lacks is refused, not ignored",
    { outputformat: OutputFormat.wav({ encoding: "pcm_s16le", sampleRate: 8000 }) } as never,
    `outputformat: not a prop of CartesiaTtsConnector (did you mean outputFormat?); its props are ${CONNECTOR_PROP_NAMES.join(", ")}.`,
    { outputFormat: OutputFormat.wav({ encoding: "pcm_s16le", sampleRate: 8000 }) },
  ],
  [
    "apiBaseUrl carries no credentials",
    { apiBaseUrl: "https://user:secret@proxy.example.com" },
    'apiBaseUrl: got "https://user:secret@proxy.example.com"; expected an https URL such as "https://api.cartesia.ai" (http only for localhost), without credentials, a query or a fragment.',
    { apiBaseUrl: "https://proxy.example.com/cartesia/" },
  ],
  [
    "connectorType overrides are an object of known keys",
    { connectorType: { integrationTyp: "genesys-tts-connector" } as never },
    "connectorType.integrationTyp: not an override; allowed: integrationType, credentialSlot, credentialType, propertyKeys.",
    { connectorType: { integrationType: "genesys-tts-connector-v2" } },
  ],
];

describe.each(RULES)("rule: %s", (_rule, bad, message, good) => {
  test("rejects the bad value with a message naming prop, value and what is allowed", () => {
    expect(problemsOf(validProps(bad))).toEqual([message]);
  });
  test("accepts the good value", () => {
    expect(problemsOf(validProps(good))).toEqual([]);
  });
});

test("one error lists every problem at once, and nothing is added to the stack", () => {
  const stack = newStack();
  const attempt = () =>
    new CartesiaTtsConnector(stack, "cartesia", {
      apiKey: CartesiaApiKey.fromToken("sk_car_test_not_a_real_key_0001"),
      model: CartesiaModel.snapshot("sonic"),
      outputFormat: OutputFormat.mp3({ sampleRate: 9000 as never, bitRate: 1 as never }),
      cartesiaVersion: "latest",
      integrationName: "",
    });
  expect(attempt).toThrow(CartesiaConnectorConfigError);
  let error: CartesiaConnectorConfigError | undefined;
  try {
    attempt();
  } catch (err) {
    error = err as CartesiaConnectorConfigError;
  }
  expect(error!.problems.map((p) => p.split(":")[0])).toEqual([
    "apiKey",
    "model",
    "outputFormat.sampleRate",
    "outputFormat.bitRate",
    "cartesiaVersion",
    "integrationName",
  ]);
  expect(error!.message).toMatch(/^Invalid CartesiaTtsConnector "test\/cartesia" \(6 problems\):\n {2}- apiKey: /);
  expect(error!.message).toContain("which Cartesia sunsetted on 2026-06-01");
  expect(error!.message).not.toContain("not_a_real_key");
  expect(stack.node.tryFindChild("cartesia")).toBeUndefined();
});

describe("stack-wide rules", () => {
  test("two connectors may not share a name on one provider, but may on two", () => {
    const stack = newStack();
    expect(problemsOf(validProps({ integrationName: "Cartesia" }), stack)).toEqual([]);
    expect(problemsOf(validProps({ integrationName: "Cartesia" }), stack)).toEqual([
      'integrationName: "Cartesia" is already used by test/c1 on the default genesyscloud provider; integration names must be unique in an organization.',
    ]);
    const orgB = new GenesyscloudProvider(stack, "org_b", { alias: "org_b" });
    expect(problemsOf(validProps({ integrationName: "Cartesia", provider: orgB }), stack)).toEqual([]);
  });

  test("passing the stack's unaliased provider explicitly is still the default provider, not a second organization", () => {
    const stack = newStack();
    const defaultProvider = stack.node.findChild("genesyscloud") as GenesyscloudProvider;
    for (let i = 1; i <= 5; i++) expect(problemsOf(validProps({ integrationName: `Cartesia ${i}` }), stack)).toEqual([]);
    expect(problemsOf(validProps({ integrationName: "Cartesia 1", provider: defaultProvider }), stack)).toEqual([
      'integrationName: "Cartesia 1" is already used by test/c1 on the default genesyscloud provider; integration names must be unique in an organization.',
    ]);
    for (let i = 6; i <= 10; i++) expect(problemsOf(validProps({ integrationName: `Cartesia ${i}`, provider: defaultProvider }), stack)).toEqual([]);
    expect(problemsOf(validProps({ integrationName: "Cartesia 11", provider: defaultProvider }), stack)).toEqual([
      "provider: the default genesyscloud provider already has 10 connectors in this stack; Genesys allows at most 10 TTS Connector integrations per organization (disabled ones count too).",
    ]);
  });

  test("an eleventh connector on one provider is refused; ten are fine", () => {
    const stack = newStack();
    for (let i = 1; i <= 10; i++) {
      expect(problemsOf(validProps({ integrationName: `Cartesia ${i}` }), stack)).toEqual([]);
    }
    expect(problemsOf(validProps({ integrationName: "Cartesia 11" }), stack)).toEqual([
      "provider: the default genesyscloud provider already has 10 connectors in this stack; Genesys allows at most 10 TTS Connector integrations per organization (disabled ones count too).",
    ]);
  });

  test("connectors of both config styles in one stack are refused, with the reason", () => {
    const stack = newStack();
    expect(problemsOf(validProps({ integrationName: "A" }), stack)).toEqual([]);
    const [problem] = problemsOf(validProps({ integrationName: "B", configMode: IntegrationConfigMode.EMBEDDED }), stack);
    expect(problem).toMatch(/^configMode: this stack mixes standalone genesyscloud_integration_config \(test\/c1\) with embedded config blocks \(test\/c2\)\./);
    expect(problem).toContain("ENABLE_STANDALONE_INTEGRATION_CONFIG switches the Genesys provider for a whole terraform run");
    expect(problemsOf(validProps({ integrationName: "C", configMode: IntegrationConfigMode.STANDALONE }), stack)).toEqual([]);
  });

  test("a hand-written integration with an embedded config next to a standalone connector fails at synth", () => {
    const stack = newStack();
    new CartesiaTtsConnector(stack, "cartesia", validProps());
    new integration.Integration(stack, "other", { integrationType: "purecloud-data-actions", config: { name: "Data actions" } });
    expect(() => synthStack(stack)).toThrow(
      /mixes standalone genesyscloud_integration_config \(test\/cartesia\/config\) with embedded config blocks \(test\/other\)/,
    );
  });

  test("embedded connectors next to hand-written embedded integrations synthesize", () => {
    const stack = newStack();
    new CartesiaTtsConnector(stack, "cartesia", validProps({ configMode: IntegrationConfigMode.EMBEDDED }));
    new integration.Integration(stack, "other", { integrationType: "purecloud-data-actions", config: { name: "Data actions" } });
    const json = synthStack(stack);
    expect(Object.keys(json.resource!.genesyscloud_integration)).toHaveLength(2);
    expect(json.resource!.genesyscloud_integration_config).toBeUndefined();
  });
});

describe("warnings, not errors", () => {
  test("a moving alias warns and names a snapshot to pin", () => {
    expect(warningsFor(validProps({ model: CartesiaModel.SONIC_LATEST }))).toContainEqual(
      `model: "sonic-latest" is an alias that Cartesia moves to newer models without notice; pin a dated snapshot for production, e.g. CartesiaModel.snapshot("${REC}").`,
    );
    expect(warningsFor(validProps())).toEqual([]);
  });

  test("a format that is not 8 kHz PCM warns about telephony", () => {
    expect(warningsFor(validProps({ outputFormat: OutputFormat.raw({ encoding: "pcm_s16le", sampleRate: 16000 }) }))).toEqual([
      "outputFormat: raw pcm_s16le 16000 Hz is not 8 kHz PCM; Genesys telephony played only 8 kHz raw or wav PCM cleanly (others crackled). Keep it only if your telephony setup wants it.",
    ]);
    expect(warningsFor(validProps({ outputFormat: OutputFormat.wav({ encoding: "pcm_mulaw", sampleRate: 8000 }) }))).toEqual([]);
  });

  test("an unknown snapshot is accepted, naming the nearest known models", () => {
    expect(warningsFor(validProps({ model: CartesiaModel.snapshot("sonic-3-2026-01-13") }))).toEqual([
      `model: "sonic-3-2026-01-13" is a dated snapshot this library does not know; nearest known: "sonic-3-2026-01-12", "sonic-3-2025-10-27", "sonic-2-2025-06-11"; recommended: "${REC}" (${AS_READ}). Cartesia decides: if it serves "sonic-3-2026-01-13", it works.`,
    ]);
  });
});

describe("a key hidden in a token", () => {
  test.each([
    // As when a key read from process.env is wrapped in a function to "make it a token".
    ["Fn.trimspace", () => Fn.trimspace("sk_car_test_not_a_real_key_0001")],
    ["Lazy.stringValue", () => Lazy.stringValue({ produce: () => "sk_car_test_not_a_real_key_0001" })],
  ])("%s that produces a literal key fails the synth, masked, before anything is written", (_name, token) => {
    const stack = newStack();
    new CartesiaTtsConnector(stack, "cartesia", validProps({ apiKey: CartesiaApiKey.fromToken(token()) }));
    let message = "";
    try {
      synthStack(stack);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain(
      "apiKey: the token resolves to text that holds a literal key (sk_car_…(masked, 31 characters)), which would be written into cdktf.out.",
    );
    expect(message).not.toContain("not_a_real_key");
  });

  test("a token that references the key (a remote state output) synthesizes", () => {
    const stack = newStack();
    const remote = new DataTerraformRemoteStateLocal(stack, "secrets", { path: "../secrets/terraform.tfstate" });
    new CartesiaTtsConnector(stack, "cartesia", validProps({ apiKey: CartesiaApiKey.fromToken(remote.getString("cartesia_api_key")) }));
    const fields = onlyResource(synthStack(stack), "genesyscloud_integration_credential").fields as Record<string, string>;
    expect(fields["X-Api-Key"]).toBe("${data.terraform_remote_state.secrets.outputs.cartesia_api_key}");
  });
});

test("validation runs before anything is synthesized: a rejected connector leaves a stack with no resources", () => {
  const stack = newStack();
  expect(problemsOf(validProps({ cartesiaVersion: "v2" }), stack)).toHaveLength(1);
  expect(synthStack(stack).resource).toBeUndefined();
});
