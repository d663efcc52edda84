import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, GenesyscloudProvider, IntegrationConfigMode, ModelKind, OutputFormat } from "../../../lib";
import { createApp } from "../../../main";
import { readSynthesizedStacks, type TerraformDocument } from "../../../tools/shared/synthesized-connectors";
import { classifyModel, currentSnapshots } from "../../../tools/review/classify-model";
import { classifyOutputFormat } from "../../../tools/review/classify-output-format";
import { describeCredentialLink, describeExpression, describeFieldSource } from "../../../tools/review/describe-source";
import { mdCode, mdText } from "../../../tools/shared/text-escaping";
import { type ConnectorReview } from "../../../tools/review/review-model";
import { summarize } from "../../../tools/review/summarize";
import { findModel, MODEL_CATALOG } from "../../../lib/private/model-catalog";
import { modelKindOf } from "../../../lib/private/model-id";
import { newStack, synthApp, synthStack } from "../../support/helpers";

const codes = (c: ConnectorReview) => c.findings.map((f) => `${f.severity}:${f.code}`);

/** The only connector of a hand-made or synthesized document. */
function reviewOne(document: unknown, stack = "test"): ConnectorReview {
  const [only] = summarize([{ name: stack, document: document as TerraformDocument }]).stacks;
  expect(only.connectors).toHaveLength(1);
  return only.connectors[0];
}

/**
 * A cdk.tf.json written by hand, embedded style, for what the construct refuses to produce.
 * `fields` are the credential's; `synthesizeBody` and `properties` are merged over the guide's.
 */
function handMade(options: {
  fields?: Record<string, string>;
  synthesizeBody?: Record<string, unknown>;
  properties?: Record<string, unknown> | string;
  variables?: Record<string, unknown>;
  notes?: string;
}): unknown {
  const properties =
    typeof options.properties === "string"
      ? options.properties
      : JSON.stringify({ ttsConnectorSynthesizeURI: "https://api.cartesia.ai/tts/bytes", isPciCompliant: true, ...options.properties });
  return {
    provider: { genesyscloud: [{}] },
    variable: options.variables ?? { key: { type: "string", sensitive: true } },
    resource: {
      genesyscloud_integration_credential: {
        cred: { name: "c", credential_type_name: "userDefined", fields: options.fields ?? { "X-Api-Key": "${var.key}", "Cartesia-Version": "2026-03-01" } },
      },
      genesyscloud_integration: {
        tts: {
          integration_type: "genesys-tts-connector",
          intended_state: "ENABLED",
          config: {
            name: "Hand made",
            notes: options.notes,
            properties,
            advanced: JSON.stringify({
              synthesizeBody: {
                model_id: "sonic-3-2026-01-12",
                output_format: { container: "raw", encoding: "pcm_s16le", sample_rate: 8000 },
                ...options.synthesizeBody,
              },
            }),
            credentials: { basicAuth: "${genesyscloud_integration_credential.cred.id}" },
          },
        },
      },
    },
  };
}

describe("the default app's connector", () => {
  const { outdir } = synthApp((dir) => createApp(dir));
  const summary = summarize(readSynthesizedStacks(outdir));
  const c = summary.stacks[0].connectors[0];

  test("is reported with every value a reviewer checks", () => {
    expect(summary.stacks.map((s) => [s.name, s.connectors.length])).toEqual([["cartesia-genesys", 1]]);
    expect(c).toMatchObject({
      stack: "cartesia-genesys",
      address: "genesyscloud_integration.cartesia_integration_F52D01A3",
      constructPath: "cartesia-genesys/cartesia",
      integrationName: "Genesys TTS Connector: Cartesia",
      integrationType: "genesys-tts-connector",
      intendedState: "ENABLED",
      model: "sonic-latest",
      modelStatus: "alias",
      outputFormat: "raw pcm_s16le 8000 Hz",
      telephonySafe: true,
      cartesiaVersion: '"2026-03-01"',
      voicesUri: "https://api.cartesia.ai/voices/export",
      synthesizeUri: "https://api.cartesia.ai/tts/bytes",
      synthesizeMethod: "post",
      pciCompliant: "true",
      configStyle: "standalone",
      configAddress: "genesyscloud_integration_config.cartesia_config_EC62C9DB",
      provider: "genesyscloud",
      region: "not set in code (GENESYSCLOUD_REGION at deploy time)",
    });
    expect(c.credential).toEqual({
      slot: "basicAuth",
      link: "credential genesyscloud_integration_credential.cartesia_credential_8C703FCA",
      keyMode: "key in Terraform state: the stack creates the credential, its X-Api-Key from variable cartesia_api_key",
      managedHere: true,
      address: "genesyscloud_integration_credential.cartesia_credential_8C703FCA",
      name: "Genesys TTS Connector: Cartesia credential",
      type: "userDefined",
      fields: [
        { name: "Cartesia-Version", source: '"2026-03-01"' },
        { name: "X-Api-Key", source: "variable cartesia_api_key (sensitive)" },
      ],
    });
  });

  test("flags the moving alias and says the standalone config needs ENABLE_STANDALONE_INTEGRATION_CONFIG", () => {
    expect(codes(c)).toEqual(["warning:model-alias", "info:standalone-config"]);
    expect(c.findings[1].message).toContain("set ENABLE_STANDALONE_INTEGRATION_CONFIG=true wherever terraform runs");
  });

  test("flattens the JSON strings into one setting per leaf, in a fixed order", () => {
    expect(c.settings.map((s) => [s.key, s.display])).toEqual([
      ["integration_type", '"genesys-tts-connector"'],
      ["intended_state", '"ENABLED"'],
      ["name", '"Genesys TTS Connector: Cartesia"'],
      ["config_style", "standalone"],
      ["provider", "genesyscloud"],
      ["region", "not set in code (GENESYSCLOUD_REGION at deploy time)"],
      ["properties.isPciCompliant", "true"],
      ["properties.ttsConnectorSynthesizeMethod", '"post"'],
      ["properties.ttsConnectorSynthesizeURI", '"https://api.cartesia.ai/tts/bytes"'],
      ["properties.ttsConnectorVoicesURI", '"https://api.cartesia.ai/voices/export"'],
      ["properties.voiceGenderAttribute", '"gender"'],
      ["properties.voiceIdAttribute", '"id"'],
      ["properties.voiceLanguageAttribute", '"language"'],
      ["properties.voiceNameAttribute", '"name"'],
      ["properties.voicesAttribute", '"data"'],
      ["advanced.synthesizeBody.model_id", '"sonic-latest"'],
      ["advanced.synthesizeBody.output_format.container", '"raw"'],
      ["advanced.synthesizeBody.output_format.encoding", '"pcm_s16le"'],
      ["advanced.synthesizeBody.output_format.sample_rate", "8000"],
      ["advanced.synthesizeBody.transcript", '"$text"'],
      ["advanced.synthesizeBody.voice.id", '"$voice"'],
      ["advanced.synthesizeBody.voice.mode", '"id"'],
      ["credentials.basicAuth", "credential genesyscloud_integration_credential.cartesia_credential_8C703FCA"],
      ["credential.name", '"Genesys TTS Connector: Cartesia credential"'],
      ["credential.type", '"userDefined"'],
      ["credential.fields.Cartesia-Version", '"2026-03-01"'],
      ["credential.fields.X-Api-Key", "variable cartesia_api_key (sensitive)"],
    ]);
  });
});

test("embedded config, an aliased provider with a literal region, an existing credential, disabled", () => {
  const stack = newStack();
  const org = new GenesyscloudProvider(stack, "org_b", { alias: "org_b", awsRegion: "eu-central-1" });
  new CartesiaTtsConnector(stack, "c", {
    apiKey: CartesiaApiKey.fromExistingCredential("cred-123"),
    model: CartesiaModel.SONIC_3_5_2026_05_04,
    outputFormat: OutputFormat.wav({ encoding: "pcm_mulaw", sampleRate: 8000 }),
    configMode: IntegrationConfigMode.EMBEDDED,
    enabled: false,
    language: "de",
    provider: org,
  });
  const c = reviewOne(synthStack(stack));
  expect(c).toMatchObject({
    intendedState: "DISABLED",
    modelStatus: "snapshot",
    outputFormat: "wav pcm_mulaw 8000 Hz",
    telephonySafe: true,
    language: "de",
    configStyle: "embedded",
    configAddress: undefined,
    provider: "genesyscloud.org_b",
    region: "eu-central-1",
    cartesiaVersion: undefined,
  });
  expect(c.credential).toEqual({
    slot: "basicAuth",
    link: 'existing credential "cred-123"',
    keyMode: "existing credential by id: the key is not in this stack's state",
    managedHere: false,
    fields: [],
  });
  expect(codes(c)).toEqual(["info:disabled", "info:credential-external", "info:embedded-config"]);
});

test("the organization region names its variable when the provider reads it from one", () => {
  const stack = newStack();
  const org = new GenesyscloudProvider(stack, "org_c", { alias: "org_c", awsRegion: "${var.emea_region}" });
  new CartesiaTtsConnector(stack, "c", { apiKey: CartesiaApiKey.fromVariable(stack, "k"), model: CartesiaModel.SONIC_3_2026_01_12, provider: org });
  expect(reviewOne(synthStack(stack)).region).toBe("variable emea_region");
});

test.each([
  ["raw 16 kHz", OutputFormat.raw({ encoding: "pcm_s16le", sampleRate: 16000 }), "raw pcm_s16le 16000 Hz", false],
  ["mp3", OutputFormat.mp3({ sampleRate: 8000, bitRate: 64000 }), "mp3 8000 Hz 64000 bit/s", false],
  ["wav 8 kHz", OutputFormat.wav({ encoding: "pcm_s16le", sampleRate: 8000 }), "wav pcm_s16le 8000 Hz", true],
])("output format %s: telephony-safe only when 8 kHz PCM", (_name, outputFormat, description, safe) => {
  const stack = newStack();
  new CartesiaTtsConnector(stack, "c", { apiKey: CartesiaApiKey.fromVariable(stack, "k"), model: CartesiaModel.SONIC_3_2026_01_12, outputFormat });
  const c = reviewOne(synthStack(stack));
  expect([c.outputFormat, c.telephonySafe]).toEqual([description, safe]);
  expect(codes(c).includes("warning:format-not-telephony")).toBe(!safe);
});

describe("hand-written cdk.tf.json: what the construct refuses, the review still reports", () => {
  test("a literal key is risky and never shown; a non-sensitive key variable is a warning", () => {
    const literal = reviewOne(handMade({ fields: { "X-Api-Key": "sk_car_test_not_a_real_key_0001", "Cartesia-Version": "2026-03-01" } }));
    expect(codes(literal)).toEqual(["risky:key-literal", "info:embedded-config"]);
    expect(literal.credential.fields).toEqual([
      { name: "Cartesia-Version", source: '"2026-03-01"' },
      { name: "X-Api-Key", source: "literal value in cdk.tf.json (hidden)" },
    ]);
    const plain = reviewOne(handMade({ variables: { key: { type: "string" } } }));
    expect(codes(plain)).toEqual(["warning:key-not-sensitive", "info:embedded-config"]);
    expect(plain.credential.fields[1].source).toBe("variable key (not sensitive)");
  });

  test("a sunset model is risky with its date, an unknown id is a warning in the library's words", () => {
    const sunset = reviewOne(handMade({ synthesizeBody: { model_id: "sonic-multilingual" } }));
    expect(codes(sunset)).toEqual(["risky:model-sunset", "info:embedded-config"]);
    expect(sunset.findings[0].message).toBe(
      `Model "sonic-multilingual" is one Cartesia sunsetted on 2026-06-01 (its requests fail with error_code model_sunsetted); pin a current snapshot (${currentSnapshots()}).`,
    );
    const unknown = reviewOne(handMade({ synthesizeBody: { model_id: "gpt-4o-mini-tts" } }));
    expect(codes(unknown)).toEqual(["warning:model-unrecognized", "info:embedded-config"]);
    expect(unknown.findings[0].message).toMatch(/^Model: got "gpt-4o-mini-tts", which is not a Cartesia model id/);
  });

  test("a partly sunsetted model warns with the catalog's languages unless its language is one of them", () => {
    const row = MODEL_CATALOG.find((m) => m.status.kind === "partly-sunsetted" && modelKindOf(m.id) === ModelKind.SNAPSHOT)!;
    const status = row.status as { since: string };
    const serves = row.languages!.join(", ");
    const bare = reviewOne(handMade({ synthesizeBody: { model_id: row.id } }));
    expect(codes(bare)).toEqual(["warning:model-partly-sunset", "info:embedded-config"]);
    expect(bare.findings[0].message).toBe(
      `Model "${row.id}" is one Cartesia sunsetted on ${status.since} for every language but ${serves}; set language to one of them, or pin a current snapshot (${currentSnapshots()}).`,
    );
    const served = reviewOne(handMade({ synthesizeBody: { model_id: row.id, language: row.languages![0] } }));
    expect(codes(served)).toEqual(["info:embedded-config"]);
    const dropped = reviewOne(handMade({ synthesizeBody: { model_id: row.id, language: "tr" } }));
    expect(dropped.findings[0].message).toBe(
      `Model "${row.id}" is one Cartesia sunsetted on ${status.since} for every language but ${serves}; its language "tr" fails: pin a current snapshot (${currentSnapshots()}).`,
    );
  });

  test("a missing output_format, a string PCI flag and an undocumented Cartesia-Version are warnings", () => {
    const c = reviewOne(
      handMade({
        synthesizeBody: { output_format: undefined },
        properties: { isPciCompliant: "true" },
        fields: { "X-Api-Key": "${var.key}", "Cartesia-Version": "2031-01-01" },
        variables: { key: { sensitive: true } },
      }),
    );
    expect(codes(c)).toEqual(["warning:format-missing", "warning:pci-not-boolean", "warning:cartesia-version-unknown", "info:embedded-config"]);
    expect(c.findings[1].message).toBe('isPciCompliant is "true", not a JSON boolean (true is not "true").');
  });

  test("a properties string that is not JSON is one opaque setting, never printed", () => {
    const c = reviewOne(handMade({ properties: "{not json sk_car_test_not_a_real_key_0002" }));
    expect(c.settings.filter((s) => s.key.startsWith("properties"))).toEqual([
      expect.objectContaining({ key: "properties", display: "not a JSON object (not shown)", style: "text" }),
    ]);
    expect(JSON.stringify(c)).not.toContain("sk_car_test_not_a_real_key_0002");
  });

  test("key-shaped text in names and notes is masked", () => {
    const c = reviewOne(handMade({ notes: "rotated sk_car_test_not_a_real_key_0003 today" }));
    expect(c.notes).toBe("rotated sk_car_…(masked, 31 characters) today");
  });
});

test.each([
  ["sonic-3-2026-01-12", { kind: "snapshot" }],
  ["sonic-4-2027-02-03", { kind: "snapshot" }],
  ["sonic-latest", { kind: "alias" }],
  ["sonic-english", { kind: "sunset", sunsetDate: "2026-06-01", sunset: "sunsetted" }],
  ["sonic-2-2025-03-07", { kind: "sunset", sunsetDate: "2026-06-01", sunset: "sunsetted" }],
  // Partly sunsetted: still served for some languages, so classified by its form, with the catalog's languages.
  ["sonic-turbo", { kind: "alias", partly: { since: "2026-06-01", serves: findModel("sonic-turbo")!.languages } }],
  ["sonic-2-2025-06-11", { kind: "snapshot", partly: { since: "2026-06-01", serves: findModel("sonic-2-2025-06-11")!.languages } }],
  [undefined, { kind: "missing" }],
])("classifyModel(%p)", (id, expected) => {
  expect(classifyModel(id)).toEqual(expected);
});

test("classifyModel explains an id that is neither snapshot nor alias", () => {
  expect(classifyModel("sonic-3-2026-01-1")).toEqual({
    kind: "unrecognized",
    problem: expect.stringMatching(/^model: got "sonic-3-2026-01-1", which is not a Cartesia model id .*did you mean "sonic-3-2026-01-12"\?/),
  });
});

test.each([
  [{ container: "raw", encoding: "pcm_s16le", sample_rate: 8000 }, "raw pcm_s16le 8000 Hz", true, 0],
  [{ container: "wav", encoding: "pcm_alaw", sample_rate: 8000 }, "wav pcm_alaw 8000 Hz", true, 0],
  [{ container: "raw", encoding: "pcm_s16le", sample_rate: 24000 }, "raw pcm_s16le 24000 Hz", false, 0],
  [{ container: "mp3", sample_rate: 8000, bit_rate: 128000 }, "mp3 8000 Hz 128000 bit/s", false, 0],
  [{ container: "raw", sample_rate: 7000 }, "raw 7000 Hz", false, 2],
])("classifyOutputFormat(%j)", (format, description, safe, problems) => {
  const status = classifyOutputFormat(format);
  expect([status.description, status.telephonySafe, status.problems.length]).toEqual([description, safe, problems]);
});

test.each([
  ["${var.cartesia_api_key}", "variable cartesia_api_key"],
  ["${data.terraform_remote_state.secrets.outputs.cartesia_api_key}", "reference data.terraform_remote_state.secrets.outputs.cartesia_api_key"],
  ['${join("", ["sk_car_", var.rest])}', "a Terraform expression (not shown)"],
  ['${data.x.y["key"]}', "a Terraform expression (not shown)"],
])("describeExpression(%p) names only plain references", (expression, expected) => {
  expect(describeExpression(expression)).toBe(expected);
});

test("describeFieldSource shows non-secret literals, hides secret ones, and still tells two hidden values apart", () => {
  expect(describeFieldSource("Cartesia-Version", { kind: "literal", value: "2026-03-01" })).toEqual({
    display: '"2026-03-01"',
    style: "code",
    compare: '"2026-03-01"',
    literalSecret: false,
  });
  const a = describeFieldSource("Authorization", { kind: "literal", value: "Bearer not-key-shaped-0001" });
  const b = describeFieldSource("Authorization", { kind: "literal", value: "Bearer not-key-shaped-0002" });
  expect([a.display, a.literalSecret]).toEqual(["literal value in cdk.tf.json (hidden)", true]);
  expect(a.compare).not.toBe(b.compare);
  expect(a.compare).not.toContain("not-key-shaped");
  // A key-shaped literal is hidden whatever the field is called.
  expect(describeFieldSource("Note", { kind: "literal", value: "sk_car_test_not_a_real_key_0004" }).display).toBe("literal value in cdk.tf.json (hidden)");
});

test("describeCredentialLink tells the stack's own credential from an existing one", () => {
  expect(describeCredentialLink("${genesyscloud_integration_credential.c_credential_1.id}")).toBe(
    "credential genesyscloud_integration_credential.c_credential_1",
  );
  expect(describeCredentialLink("cred-123")).toBe('existing credential "cred-123"');
  expect(describeCredentialLink("${data.genesyscloud_integration_credential.shared.id}")).toBe(
    "existing credential, reference data.genesyscloud_integration_credential.shared.id",
  );
});

test("Markdown escaping keeps names as text and code spans intact", () => {
  expect(mdText("a | b <img> *x* [l](u)\nnext")).toBe("a \\| b \\<img\\> \\*x\\* \\[l\\](u) next");
  expect(mdText("IVR @platform-team & co")).toBe("IVR `@platform-team` \\& co");
  expect(mdCode("a`b|c")).toBe("``a`b\\|c``");
  expect(mdCode("`x`", false)).toBe("`` `x` ``");
});
