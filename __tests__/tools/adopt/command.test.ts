/**
 * `adopt` end to end against the Genesys Cloud stand-in: four integrations as an organization that
 * followed the guide might have them. The code it prints is type-checked with the compiler and
 * synthesized, and its import blocks must carry the ids Genesys answered.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import type { App } from "cdktf";
import { findConnectors } from "../../../tools/shared/synthesized-connectors";
import { summarize } from "../../../tools/review/summarize";
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, type FakeGenesys, type FakeGenesysOptions, withGenesys } from "../../support/fake-genesys";
import { GUIDE_ADVANCED, GUIDE_PROPERTIES } from "../../support/guide-values";
import { readStacks, tempDir } from "../../support/helpers";
import { runTool, type ToolResult } from "../../support/run-tool";
import { CATALOG_READ_ON, RECOMMENDED_MODEL } from "../../../lib/private/model-catalog";

/** Why adopt replaces a model Cartesia sunsetted: the library's own words, from its catalog. */
const SUNSETTED_WHY = `got "sonic-2-2025-03-07", which Cartesia sunsetted on 2026-06-01 (its requests fail with error_code model_sunsetted); use a current model such as "${RECOMMENDED_MODEL.id}" (Cartesia's models as this library read them on ${CATALOG_READ_ON})`;

const ENV = { GENESYSCLOUD_OAUTHCLIENT_ID: TEST_CLIENT_ID, GENESYSCLOUD_OAUTHCLIENT_SECRET: TEST_CLIENT_SECRET };
const LIB = path.join(__dirname, "..", "..", "..", "lib");
// The module is written outside the repository: it names cdktf by path, the same copy the library loads.
const CDKTF = path.dirname(require.resolve("cdktf/package.json"));

const GUIDE = { id: "3a1f5c2e-7b4d-4e8a-9f10-2c6d8e0b1a57", credential: "9b2e4c6a-1d3f-4a5b-8c7d-0e1f2a3b4c5d" };
const WIDEBAND = { id: "4b2a6d3f-8c5e-4f9b-a021-3d7e9f1c2b68", credential: "0c3f5d7b-2e4a-4b6c-9d8e-1f2a3b4c5d6e" };
const OTHER_VENDOR = "5c3b7e4a-9d6f-4a0c-b132-4e8f0a2d3c79";
const DISABLED = "6d4c8f5b-0e7a-4b1d-8243-5f9a1b3e4d8a";

/** The guide's connector; one with an older (sunset) model, 16 kHz, a generation_config and a string PCI flag; another vendor's; a disabled one without credential. */
const ORGANIZATION: FakeGenesysOptions = {
  integrations: [
    { id: GUIDE.id, name: "Genesys TTS Connector: Cartesia", credentials: { basicAuth: GUIDE.credential } },
    {
      id: WIDEBAND.id,
      name: "Cartesia wideband",
      credentials: { basicAuth: WIDEBAND.credential },
      properties: { ...GUIDE_PROPERTIES, isPciCompliant: "true" },
      advanced: {
        synthesizeBody: {
          ...GUIDE_ADVANCED.synthesizeBody,
          model_id: "sonic-2-2025-03-07",
          output_format: { container: "raw", encoding: "pcm_s16le", sample_rate: 16000 },
          generation_config: { speed: 1.1, emotion: "calm" },
        },
      },
    },
    {
      id: OTHER_VENDOR,
      name: "ElevenLabs",
      properties: {
        ttsConnectorSynthesizeURI: "https://api.elevenlabs.io/v1/text-to-speech/$voice",
        ttsConnectorVoicesURI: "https://api.elevenlabs.io/v1/voices",
      },
      advanced: { synthesizeBody: { text: "$text", model_id: "eleven_flash_v2_5" } },
    },
    { id: DISABLED, name: "Cartesia (trial)", intendedState: "DISABLED", notes: "Set up by hand.\nAsk Ann before changing it." },
  ],
  credentials: [
    { id: GUIDE.credential, name: "Genesys TTS Connector: Cartesia credential" },
    { id: WIDEBAND.credential, name: "Cartesia key" },
  ],
};

const adopt = (fake: FakeGenesys, args: string[] = []): Promise<ToolResult> => runTool(["adopt", "--endpoint", fake.url, ...args], { env: ENV });

/** The printed code inside a stack of its own, importing the library by path instead of by package name. */
function stackModule(code: string): string {
  const [importLine, ...body] = code.split("\n");
  return [
    importLine.replace('"cdktf-cartesia-genesys"', JSON.stringify(LIB)),
    `import { App, TerraformStack } from ${JSON.stringify(CDKTF)};`,
    `import { GenesyscloudProvider } from ${JSON.stringify(LIB)};`,
    "",
    "export function createApp(outdir: string): App {",
    "  const app = new App({ outdir });",
    "  new (class extends TerraformStack {",
    "    constructor() {",
    '      super(app, "adopted");',
    '      new GenesyscloudProvider(this, "genesyscloud", {});',
    ...body.map((line) => (line === "" ? "" : `      ${line}`)),
    "    }",
    "  })();",
    "  return app;",
    "}",
    "",
  ].join("\n");
}

describe("an organization with four TTS connectors", () => {
  let result: ToolResult;
  let json: any;
  let requests: number;
  beforeAll(async () => {
    await withGenesys(ORGANIZATION, async (fake) => {
      result = await adopt(fake);
      json = JSON.parse((await adopt(fake, ["--format", "json"])).stdout);
      requests = fake.requests.length / 2;
    });
  });

  test("each is listed with its state and credential; the Cartesia ones with what the first apply changes", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const listing = result.lines.slice(0, result.lines.indexOf(""));
    expect(listing).toEqual([
      `"Genesys TTS Connector: Cartesia" (${GUIDE.id}): Cartesia, ENABLED, ACTIVE; credential "Genesys TTS Connector: Cartesia credential" (${GUIDE.credential}), userDefined`,
      '  adopted as "genesys-tts-connector-cartesia"; the first apply changes:',
      "    credential: its fields cannot be read back from Genesys, so the first apply writes them: X-Api-Key from TF_VAR_cartesia_api_key, Cartesia-Version 2026-03-01 (set cartesiaVersion if it uses another)",
      '  note: model_id "sonic-latest" is an alias Cartesia moves to newer models without notice: kept; pin a dated snapshot (CartesiaModel.SONIC_3_5_2026_05_04) once you have listened to it.',
      `"Cartesia wideband" (${WIDEBAND.id}): Cartesia, ENABLED, ACTIVE; credential "Cartesia key" (${WIDEBAND.credential}), userDefined`,
      '  adopted as "cartesia-wideband"; the first apply changes:',
      '    properties.isPciCompliant: "true" -> true',
      `    advanced.synthesizeBody.model_id: "sonic-2-2025-03-07" -> "${RECOMMENDED_MODEL.id}" (${SUNSETTED_WHY})`,
      "    credential: its fields cannot be read back from Genesys, so the first apply writes them: X-Api-Key from TF_VAR_cartesia_api_key, Cartesia-Version 2026-03-01 (set cartesiaVersion if it uses another)",
      `"ElevenLabs" (${OTHER_VENDOR}): ENABLED, ACTIVE; another TTS vendor's: its synthesize URI is "https://api.elevenlabs.io/v1/text-to-speech/$voice": not adopted`,
      `"Cartesia (trial)" (${DISABLED}): Cartesia, DISABLED, INACTIVE; no credential`,
      '  adopted as "cartesia-trial"; the first apply changes:',
      "    credential: no credential is linked: the first apply creates a userDefined credential and links it in slot basicAuth",
      '  note: model_id "sonic-latest" is an alias Cartesia moves to newer models without notice: kept; pin a dated snapshot (CartesiaModel.SONIC_3_5_2026_05_04) once you have listened to it.',
    ]);
    expect(result.lines[result.lines.length - 1]).toMatch(
      /^adopt: 4 genesys-tts-connector integrations, 3 of them Cartesia's; paste the code and run cdktf deploy: the plan imports each and updates it in place \(http:\/\/127\.0\.0\.1:\d+, 8 requests\)$/,
    );
    // Login, the listing, then per integration its config and (when linked) its credential.
    expect(requests).toBe(8);
  });

  test("the code: only the props that differ from the defaults, with importExisting and its ids", () => {
    expect(json.code).toBe(
      [
        'import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, Emotion, OutputFormat } from "cdktf-cartesia-genesys";',
        "",
        "// In your TerraformStack's constructor, beside its GenesyscloudProvider. The key comes from",
        "// TF_VAR_cartesia_api_key at deploy time; the first apply writes it into the credential.",
        'const apiKey = CartesiaApiKey.fromVariable(this, "cartesia_api_key");',
        "",
        `// "Genesys TTS Connector: Cartesia" (${GUIDE.id})`,
        'new CartesiaTtsConnector(this, "genesys-tts-connector-cartesia", {',
        "  apiKey,",
        "  model: CartesiaModel.SONIC_LATEST,",
        `  importExisting: { integrationId: "${GUIDE.id}", credentialId: "${GUIDE.credential}" },`,
        "});",
        "",
        `// "Cartesia wideband" (${WIDEBAND.id})`,
        'new CartesiaTtsConnector(this, "cartesia-wideband", {',
        "  apiKey,",
        "  model: CartesiaModel.SONIC_3_5_2026_05_04,",
        '  outputFormat: OutputFormat.raw({ encoding: "pcm_s16le", sampleRate: 16000 }),',
        '  integrationName: "Cartesia wideband",',
        '  credentialName: "Cartesia key",',
        "  generationConfig: { speed: 1.1, emotion: Emotion.CALM },",
        `  importExisting: { integrationId: "${WIDEBAND.id}", credentialId: "${WIDEBAND.credential}" },`,
        "});",
        "",
        `// "Cartesia (trial)" (${DISABLED})`,
        'new CartesiaTtsConnector(this, "cartesia-trial", {',
        "  apiKey,",
        "  model: CartesiaModel.SONIC_LATEST,",
        '  integrationName: "Cartesia (trial)",',
        "  enabled: false,",
        '  notes: "Set up by hand.\\nAsk Ann before changing it.",',
        `  importExisting: { integrationId: "${DISABLED}" },`,
        "});",
      ].join("\n"),
    );
    // The text output prints the same code.
    expect(result.stdout).toContain(`\n\n${json.code}\n\n`);
  });

  test("the JSON lists every integration with its config, the other vendor's as not adopted", () => {
    expect(json.integrations.map((i: any) => [i.id, i.adoption.kind])).toEqual([
      [GUIDE.id, "cartesia"],
      [WIDEBAND.id, "cartesia"],
      [OTHER_VENDOR, "other"],
      [DISABLED, "cartesia"],
    ]);
    expect(json.integrations[0].config.properties).toEqual(GUIDE_PROPERTIES);
    expect(json.integrations[0].credential).toEqual({ id: GUIDE.credential, name: "Genesys TTS Connector: Cartesia credential", type: "userDefined" });
    expect(json.integrations[1].adoption.adopted.changes[1]).toEqual({
      path: "advanced.synthesizeBody.model_id",
      from: "sonic-2-2025-03-07",
      to: RECOMMENDED_MODEL.id,
      why: SUNSETTED_WHY,
    });
    expect(json.integrations[2].adoption).toEqual({
      kind: "other",
      reason: 'another TTS vendor\'s: its synthesize URI is "https://api.elevenlabs.io/v1/text-to-speech/$voice"',
    });
  });

  test("the printed code type-checks, synthesizes, imports the ids Genesys answered, and reviews as imported", () => {
    const dir = tempDir("adopt-code-");
    const file = path.join(dir, "adopted.ts");
    fs.writeFileSync(file, stackModule(json.code));
    const program = ts.createProgram([file], {
      strict: true,
      noUnusedLocals: true,
      noEmit: true,
      skipLibCheck: true,
      esModuleInterop: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      // The library's source imports node built-ins, as any CDKTF app may.
      types: ["node"],
    });
    expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);

    const outdir = path.join(dir, "cdktf.out");
    (require(file) as { createApp: (outdir: string) => App }).createApp(outdir).synth();
    const doc = readStacks(outdir).adopted;
    const connectors = findConnectors("adopted", doc);
    expect(connectors.map((c) => [c.name, c.imports])).toEqual([
      ["Cartesia (trial)", { integration: DISABLED, config: `${DISABLED}/config`, credential: undefined }],
      ["Cartesia wideband", { integration: WIDEBAND.id, config: `${WIDEBAND.id}/config`, credential: WIDEBAND.credential }],
      ["Genesys TTS Connector: Cartesia", { integration: GUIDE.id, config: `${GUIDE.id}/config`, credential: GUIDE.credential }],
    ]);
    // What the first apply writes is what adopt said: the sunset model replaced, the 16 kHz format and the notes kept.
    const wideband = connectors.find((c) => c.name === "Cartesia wideband")!;
    expect(wideband.advanced).toEqual({
      synthesizeBody: {
        ...GUIDE_ADVANCED.synthesizeBody,
        model_id: "sonic-3.5-2026-05-04",
        output_format: { container: "raw", encoding: "pcm_s16le", sample_rate: 16000 },
        generation_config: { speed: 1.1, emotion: "calm" },
      },
    });
    expect(connectors.find((c) => c.name === "Cartesia (trial)")).toMatchObject({
      intendedState: "DISABLED",
      notes: "Set up by hand.\nAsk Ann before changing it.",
    });
    // Every integration and config is imported: none is created.
    const imported = new Set((doc.import as { to: string }[]).map((b) => b.to));
    for (const c of connectors) expect([imported.has(c.address), imported.has(c.configAddress!)]).toEqual([true, true]);
    expect(summarize([{ name: "adopted", document: doc }]).stacks[0].connectors.map((c) => c.imported?.integrationId)).toEqual([
      DISABLED,
      WIDEBAND.id,
      GUIDE.id,
    ]);
  });
});

test("an organization without any: said so, exit 0", async () => {
  await withGenesys({}, async (fake) => {
    const result = await adopt(fake);
    expect(result.code).toBe(0);
    expect(result.lines).toEqual([`adopt: no genesys-tts-connector integration in the organization (${fake.url})`]);
  });
});

test("an integration whose config cannot be read is listed as such, and adopt exits 1", async () => {
  const failures = [{ path: `/api/v2/integrations/${GUIDE.id}/config`, status: 500, times: 99 }];
  await withGenesys({ ...ORGANIZATION, failures }, async (fake) => {
    const result = await runTool(["adopt", "--endpoint", fake.url], { env: ENV, sleep: () => Promise.resolve() });
    expect(result.code).toBe(1);
    expect(result.lines[0]).toBe(
      `"Genesys TTS Connector: Cartesia" (${GUIDE.id}): ENABLED, ACTIVE; its config could not be read: GET /api/v2/integrations/${GUIDE.id}/config/current: Genesys answered 500 internal.server.error "try again (fake)" (after 4 attempts): not adopted`,
    );
  });
});

test("missing credentials: exit 2 before anything is sent; adopt takes no folder", async () => {
  const none = await runTool(["adopt"], { env: {} });
  expect(none.code).toBe(2);
  expect(none.stderr.split("\n")[0]).toBe(
    "adopt: no Genesys Cloud credentials: set GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET (an OAuth client with the client-credentials grant), or GENESYSCLOUD_ACCESS_TOKEN; the variables the Genesys provider reads for cdktf deploy.",
  );
  const folder = await runTool(["adopt", "cdktf.out"], { env: ENV });
  expect(folder.stderr.split("\n")[0]).toBe('adopt: unexpected argument "cdktf.out": adopt takes options only');
});
