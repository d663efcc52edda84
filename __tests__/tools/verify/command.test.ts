/**
 * `verify` end to end, in-process, against the Genesys Cloud stand-in on loopback: the same code as a
 * live run, with `--endpoint` pointing at the stand-in and a clock whose sleeps return at once.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { App, TerraformStack } from "cdktf";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, GenesyscloudProvider, IntegrationConfigMode } from "../../../lib";
import { CartesiaGenesysStack } from "../../../main";
import { findConnectors, type SynthesizedConnector } from "../../../tools/shared/synthesized-connectors";
import { fakeClock } from "../../support/fake-clock";
import {
  FAKE_VOICES,
  startFakeGenesys,
  TEST_CLIENT_ID,
  TEST_CLIENT_SECRET,
  type FakeGenesys,
  type FakeGenesysOptions,
  type FakeIntegration,
} from "../../support/fake-genesys";
import { GUIDE_ADVANCED, GUIDE_PROPERTIES } from "../../support/guide-values";
import { readStacks, tempDir } from "../../support/helpers";
import { runTool, type ToolResult, type ToolWorld } from "../../support/run-tool";

const INTEGRATION_ID = "3a1f5c2e-7b4d-4e8a-9f10-2c6d8e0b1a57";
const CREDENTIAL_ID = "9b2e4c6a-1d3f-4a5b-8c7d-0e1f2a3b4c5d";
const EXISTING_CREDENTIAL_ID = "5c4b3a29-1807-4f6e-8d5c-4b3a29180706";
const FIRST_ID = "11111111-2222-4333-8444-555555555551";
const SECOND_ID = "11111111-2222-4333-8444-555555555552";
const STATE_KEY = "sk_car_test_not_a_real_key_0001";
const ENV = { GENESYSCLOUD_OAUTHCLIENT_ID: TEST_CLIENT_ID, GENESYSCLOUD_OAUTHCLIENT_SECRET: TEST_CLIENT_SECRET };
const SEE_HELP = 'Run "cartesia-genesys verify --help" for usage.';

// The default app's state sits beside cdktf.out (its backend path is ../../../terraform.<stack>.tfstate).
const root = tempDir("verify-command-");
const outdir = path.join(root, "cdktf.out");
const defaultStateFile = path.join(root, "terraform.cartesia-genesys.tfstate");
// A stack without a backend gets cdktf's default: terraform.<stack>.tfstate in the directory synth ran in.
const twoStateFile = path.join(process.cwd(), "terraform.two.tfstate");

function buildApp(): App {
  const app = new App({ outdir });
  new CartesiaGenesysStack(app, "cartesia-genesys");
  const stack = (id: string) => {
    const s = new TerraformStack(app, id);
    new GenesyscloudProvider(s, "genesyscloud", {});
    return s;
  };
  const two = stack("two");
  const apiKey = CartesiaApiKey.fromVariable(two, "cartesia_api_key");
  for (const id of ["first", "second"])
    new CartesiaTtsConnector(two, id, { apiKey, model: CartesiaModel.SONIC_3_2026_01_12, integrationName: `Cartesia ${id}` });
  const disabled = stack("disabled");
  new CartesiaTtsConnector(disabled, "cartesia", {
    apiKey: CartesiaApiKey.fromVariable(disabled, "cartesia_api_key"),
    model: CartesiaModel.SONIC_LATEST,
    enabled: false,
    configMode: IntegrationConfigMode.EMBEDDED,
  });
  const adopting = stack("adopting");
  new CartesiaTtsConnector(adopting, "cartesia", {
    apiKey: CartesiaApiKey.fromVariable(adopting, "cartesia_api_key"),
    model: CartesiaModel.SONIC_LATEST,
    importExisting: { integrationId: INTEGRATION_ID, credentialId: CREDENTIAL_ID },
  });
  const existing = stack("existing");
  new CartesiaTtsConnector(existing, "cartesia", { apiKey: CartesiaApiKey.fromExistingCredential(EXISTING_CREDENTIAL_ID), model: CartesiaModel.SONIC_LATEST });
  return app;
}

/** Each synthesized connector by `<stack>/<construct id>`, and its addresses. */
let synthesized: Record<string, SynthesizedConnector> = {};
let addresses: Record<string, { integration: string; credential?: string }> = {};
beforeAll(() => {
  buildApp().synth();
  synthesized = Object.fromEntries(
    Object.entries(readStacks(outdir)).flatMap(([name, doc]) => findConnectors(name, doc).map((c) => [`${name}/${c.constructPath?.split("/").pop()}`, c])),
  );
  addresses = Object.fromEntries(Object.entries(synthesized).map(([key, c]) => [key, { integration: c.address, credential: c.credential?.address }]));
});

/** A v4 state file holding ids by address, and the key in plain text, as a real state does. */
function writeState(file: string, ids: Record<string, string>): void {
  const resources = Object.entries(ids).map(([address, id]) => {
    const [type, name] = address.split(".");
    const attributes = type === "genesyscloud_integration_credential" ? { id, fields: { "X-Api-Key": STATE_KEY, "Cartesia-Version": "2026-03-01" } } : { id };
    return {
      mode: "managed",
      type,
      name,
      provider: 'provider["registry.terraform.io/mypurecloud/genesyscloud"]',
      instances: [{ schema_version: 0, attributes }],
    };
  });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ version: 4, terraform_version: "1.11.0", serial: 1, lineage: "test", outputs: {}, resources }));
}

function defaultState(): void {
  const ids = addresses["cartesia-genesys/cartesia"];
  writeState(defaultStateFile, { [ids.integration]: INTEGRATION_ID, [ids.credential!]: CREDENTIAL_ID });
}

/** A synthesized connector as Genesys holds it once deployed: its name, properties and advanced JSON, and its credential. */
function deployed(key: string, id: string, overrides: Partial<FakeIntegration> = {}): FakeIntegration {
  const connector = synthesized[key];
  return {
    id,
    name: connector.name!,
    properties: connector.properties,
    advanced: connector.advanced,
    credentials: { basicAuth: credentialOf(key).id },
    ...overrides,
  };
}

/** The credential Genesys holds for a deployed connector: the synthesized one's name, an id made from the connector's. */
function credentialOf(key: string): { id: string; name: string } {
  const index = Object.keys(synthesized).indexOf(key);
  return { id: `c0000000-0000-4000-8000-${String(index).padStart(12, "0")}`, name: synthesized[key].credential!.name! };
}

/** The guide's connector as deployed by the default app: its credential is the stack's. */
function guideIntegration(overrides: Partial<FakeIntegration> = {}): FakeIntegration {
  return { id: INTEGRATION_ID, name: "Genesys TTS Connector: Cartesia", credentials: { basicAuth: CREDENTIAL_ID }, ...overrides };
}

const guideCredential = { id: CREDENTIAL_ID, name: "Genesys TTS Connector: Cartesia credential" };

async function withGenesys<T>(options: FakeGenesysOptions, body: (fake: FakeGenesys) => Promise<T>): Promise<T> {
  const fake = await startFakeGenesys({ credentials: [guideCredential], ...options });
  try {
    return await body(fake);
  } finally {
    await fake.close();
  }
}

async function verify(fake: FakeGenesys | undefined, args: string[], world: ToolWorld = {}): Promise<ToolResult> {
  const clock = fakeClock();
  return runTool(["verify", outdir, ...(fake ? ["--endpoint", fake.url] : []), ...args], { env: ENV, cwd: root, now: clock.now, sleep: clock.sleep, ...world });
}

/** The line of one check, and the lines under it. */
function checkLines(result: ToolResult, name: string): string[] {
  const start = result.lines.findIndex((line) => new RegExp(`^  (pass|FAIL|not checked) +${name}: `).test(line));
  if (start < 0) throw new Error(`no line for check ${name} in:\n${result.stdout}`);
  const end = result.lines.findIndex((line, i) => i > start && !line.startsWith("                 "));
  return result.lines.slice(start, end < 0 ? undefined : end);
}

beforeEach(() => fs.rmSync(defaultStateFile, { force: true }));

describe("a deployed connector, its id from the stack's local state", () => {
  test("ACTIVATING, then ACTIVE: every check passes, each a named line, and it exits 0", async () => {
    defaultState();
    await withGenesys(
      { integrations: [guideIntegration({ reportedStates: [{ code: "ACTIVATING" }, { code: "ACTIVATING" }, { code: "ACTIVE" }] })] },
      async (fake) => {
        const clock = fakeClock();
        const result = await verify(fake, ["--stack", "cartesia-genesys"], { now: clock.now, sleep: clock.sleep });
        expect(result.stderr).toBe("");
        expect(result.code).toBe(0);
        expect(result.lines).toEqual([
          `cartesia-genesys/cartesia: integration ${INTEGRATION_ID} (from the state terraform.cartesia-genesys.tfstate)`,
          "  pass         type: genesys-tts-connector is available in the organization; its credential slot basicAuth takes userDefined.",
          "  pass         schemas: all 10 keys we write are in the type's config schemas, and we set every key they require.",
          '  pass         integration: "Genesys TTS Connector: Cartesia", type genesys-tts-connector, intended state ENABLED.',
          "  pass         activation: reported state ACTIVE after 3 s.",
          "  pass         config: name, notes, properties and advanced equal what was synthesized (version 3).",
          `  pass         credential: basicAuth is "Genesys TTS Connector: Cartesia credential" (${CREDENTIAL_ID}), the stack's ${addresses["cartesia-genesys/cartesia"].credential}, of type userDefined.`,
          "                 Its fields (X-Api-Key, Cartesia-Version) cannot be read back from Genesys: their values are not compared.",
          `  pass         engine: connector-${INTEGRATION_ID} lists 3 voices (en-US, fr-FR).`,
          "  voices listed 2.5 s after verify started",
          `verify: the connector passed (${fake.url}, 10 requests)`,
        ]);
        // Two waits, backing off; no real time passed.
        expect(clock.sleeps).toEqual([1000, 1500]);
        expect(fake.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
          "POST /oauth/token",
          "GET /api/v2/integrations/types/genesys-tts-connector",
          "GET /api/v2/integrations/types/genesys-tts-connector/configschemas/properties",
          "GET /api/v2/integrations/types/genesys-tts-connector/configschemas/advanced",
          `GET /api/v2/integrations/${INTEGRATION_ID}`,
          `GET /api/v2/integrations/${INTEGRATION_ID}`,
          `GET /api/v2/integrations/${INTEGRATION_ID}`,
          `GET /api/v2/integrations/${INTEGRATION_ID}/config/current`,
          `GET /api/v2/integrations/credentials/${CREDENTIAL_ID}`,
          `GET /api/v2/integrations/speech/tts/engines/connector-${INTEGRATION_ID}?includeVoices=true`,
        ]);
      },
    );
  });

  test("an active connector costs 8 requests: login, type, two schemas, integration, config, credential, engine", async () => {
    defaultState();
    await withGenesys({ integrations: [guideIntegration()] }, async (fake) => {
      const result = await verify(fake, ["--stack", "cartesia-genesys"]);
      expect(result.code).toBe(0);
      expect(fake.requests).toHaveLength(8);
      expect(result.lines[result.lines.length - 1]).toBe(`verify: the connector passed (${fake.url}, 8 requests)`);
    });
  });

  test("on a terminal, the wait shows as a progress line on standard error, cleared at the end", async () => {
    defaultState();
    await withGenesys({ integrations: [guideIntegration({ reportedStates: [{ code: "ACTIVATING" }, { code: "ACTIVE" }] })] }, async (fake) => {
      const result = await verify(fake, ["--stack", "cartesia-genesys"], { isTerminal: true });
      expect(result.code).toBe(0);
      expect(result.stderr).toContain("\r\u001b[2Kcartesia-genesys/cartesia: ACTIVATING, waiting for ACTIVE (0 s of 180 s)");
      expect(result.stderr.endsWith("\r\u001b[2K")).toBe(true);
    });
  });

  test("the OAuth secret, the token and the key the state holds never reach the output, even when Genesys echoes them", async () => {
    defaultState();
    // A server that puts secrets into an integration's error message; the token is the first the stand-in issues.
    const token = `fake-token-1-${"x".repeat(24)}`;
    const message = `Your request was invalid (${TEST_CLIENT_SECRET} ${token} ${STATE_KEY})`;
    for (const format of ["text", "json"]) {
      await withGenesys({ integrations: [guideIntegration({ reportedStates: [{ code: "ERROR", detail: { message } }] })] }, async (fake) => {
        const result = await verify(fake, ["--stack", "cartesia-genesys", "--format", format]);
        expect(fake.tokens).toEqual([token]);
        for (const secret of [TEST_CLIENT_SECRET, token, STATE_KEY]) {
          expect(result.stdout).not.toContain(secret);
          expect(result.stderr).not.toContain(secret);
        }
        expect(result.stdout).toContain(
          `(${`…(masked, ${TEST_CLIENT_SECRET.length} characters)`} …(masked, ${token.length} characters) sk_car_…(masked, ${STATE_KEY.length} characters))`,
        );
      });
    }
  });
});

describe("activation errors name the row of the guide's troubleshooting table", () => {
  test.each([
    [
      "You must be logged in to access this endpoint",
      "the X-Api-Key credential is incorrect",
      "Deploy a standard key (sk_car_..., not an admin key) from play.cartesia.ai/keys: TF_VAR_cartesia_api_key=... cdktf deploy.",
    ],
    [
      "Invalid Cartesia-Version header",
      "the Cartesia-Version credential is incorrect",
      'Set the construct\'s cartesiaVersion to a version Cartesia documents, such as "2026-03-01", and deploy.',
    ],
    ["quota_exceeded", "you need to upgrade your Cartesia subscription", "Upgrade the Cartesia subscription at play.cartesia.ai/subscription."],
    [
      "Your request was invalid",
      "something is wrong with Configuration > Properties or Configuration > Advanced",
      "Run smoke on the same cdktf.out: it sends the requests Genesys sends and names the field Cartesia refuses.",
    ],
  ])("ERROR %j", async (message, meaning, fix) => {
    defaultState();
    const detail = { message: `Failed to activate: ${message}`, localizableMessageCode: "INTEGRATION_ERROR" };
    await withGenesys({ integrations: [guideIntegration({ reportedStates: [{ code: "ACTIVATING" }, { code: "ERROR", detail }] })] }, async (fake) => {
      const result = await verify(fake, ["--stack", "cartesia-genesys"]);
      expect(result.code).toBe(1);
      expect(checkLines(result, "activation")).toEqual([
        `  FAIL         activation: reported state ERROR after 1 s: ${JSON.stringify(detail.message)}`,
        `                 The guide's troubleshooting table, row "${message}": ${meaning}.`,
        `                 ${fix}`,
      ]);
      expect(result.lines[result.lines.length - 1]).toBe(`verify: 1 of 1 connectors failed (${fake.url}, 9 requests)`);
    });
  });

  test("a message the table does not cover says so", async () => {
    defaultState();
    await withGenesys(
      { integrations: [guideIntegration({ reportedStates: [{ code: "ERROR", detail: { message: "Something else broke" } }] })] },
      async (fake) => {
        const result = await verify(fake, ["--stack", "cartesia-genesys"]);
        expect(checkLines(result, "activation")).toEqual([
          '  FAIL         activation: reported state ERROR: "Something else broke"',
          "                 No row of the guide's troubleshooting table matches this message; smoke sends the same requests to Cartesia and names what it refuses.",
        ]);
      },
    );
  });

  test("still ACTIVATING when --timeout runs out", async () => {
    defaultState();
    await withGenesys({ integrations: [guideIntegration({ reportedStates: [{ code: "ACTIVATING" }] })] }, async (fake) => {
      const clock = fakeClock();
      const result = await verify(fake, ["--stack", "cartesia-genesys", "--timeout", "10"], { now: clock.now, sleep: clock.sleep });
      expect(result.code).toBe(1);
      expect(checkLines(result, "activation")[0]).toBe("  FAIL         activation: still ACTIVATING after 10 s; expected ACTIVE.");
      expect(clock.sleeps).toEqual([1000, 1500, 2250, 3375, 1875]);
    });
  });

  // The SDK's IntegrationStatusInfo types code and effective as free strings; Telnyx's installer fails on either.
  test.each([
    [
      { code: "ACTIVATION_ERROR", detail: { message: "Invalid Cartesia-Version header" } },
      'reported state ACTIVATION_ERROR after 1 s: "Invalid Cartesia-Version header"',
    ],
    [
      { code: "ACTIVATING", effective: "ERROR", detail: { message: "Something else broke" } },
      'reported state ACTIVATING, effective ERROR after 1 s: "Something else broke"',
    ],
    [{ code: "DEACTIVATION_ERROR" }, 'reported state DEACTIVATION_ERROR after 1 s: "DEACTIVATION_ERROR"'],
  ])("an error state %j fails at once, not at --timeout", async (state, summary) => {
    defaultState();
    await withGenesys({ integrations: [guideIntegration({ reportedStates: [{ code: "ACTIVATING" }, state] })] }, async (fake) => {
      const clock = fakeClock();
      const result = await verify(fake, ["--stack", "cartesia-genesys", "--timeout", "180"], { now: clock.now, sleep: clock.sleep });
      expect(result.code).toBe(1);
      expect(checkLines(result, "activation")[0]).toBe(`  FAIL         activation: ${summary}`);
      expect(clock.sleeps).toEqual([1000]);
    });
  });
});

describe("--timeout bounds the whole command", () => {
  test("a server that sends headers, then nothing: verify ends at --timeout and says which request", async () => {
    defaultState();
    await withGenesys({ integrations: [guideIntegration()], hostile: [{ kind: "stall-after-headers", path: "/api/v2/integrations/types" }] }, async (fake) => {
      const start = performance.now();
      const result = await verify(fake, ["--stack", "cartesia-genesys", "--timeout", "0.5"], { now: () => performance.now() });
      expect(performance.now() - start).toBeLessThan(5000);
      expect(result.code).toBe(1);
      expect(checkLines(result, "type")[0]).toBe(
        `  FAIL         type: could not read integration type genesys-tts-connector: GET ${fake.url}/api/v2/integrations/types/genesys-tts-connector: no answer before --timeout (0.5 s) ran out`,
      );
      expect(checkLines(result, "integration")[0]).toBe(
        `  FAIL         integration: could not read integration ${INTEGRATION_ID}: GET ${fake.url}/api/v2/integrations/${INTEGRATION_ID}: not sent: no answer before --timeout (0.5 s) ran out`,
      );
    });
  });

  test("--help says so", async () => {
    const help = await runTool(["verify", "--help"]);
    expect(help.stdout).toContain(
      "how long the whole command may take: login, every request and the wait for activation; no request outlives it (default: 180)",
    );
  });
});

describe("a server that echoes or redirects what verify sent", () => {
  test("the bearer token echoed in an error, plain and encoded: masked in every line", async () => {
    defaultState();
    await withGenesys({ integrations: [guideIntegration()], hostile: [{ kind: "echo-auth", path: "/api/v2/integrations/types" }] }, async (fake) => {
      const result = await verify(fake, ["--stack", "cartesia-genesys"]);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain("you sent: Bearer …(masked, ");
      const [token] = fake.tokens;
      for (const form of [token, encodeURIComponent(token), Buffer.from(token).toString("base64")])
        expect(`${result.stdout}${result.stderr}`).not.toContain(form);
    });
  });

  test("a redirect is not followed: the check says where it pointed", async () => {
    defaultState();
    await withGenesys(
      { integrations: [guideIntegration()], hostile: [{ kind: "redirect", path: "/api/v2/integrations/types", location: "http://127.0.0.1:9/steal" }] },
      async (fake) => {
        const result = await verify(fake, ["--stack", "cartesia-genesys"]);
        expect(checkLines(result, "type")[0]).toBe(
          `  FAIL         type: could not read integration type genesys-tts-connector: GET ${fake.url}/api/v2/integrations/types/genesys-tts-connector: Genesys answered 302, a redirect to "http://127.0.0.1:9/steal", which is not followed: the token would go with it`,
        );
      },
    );
  });
});

describe("notes the API stores as its empty-string sentinel", () => {
  test("node_dynamodb_empty_string reads as empty notes, as the provider reads it: no drift", async () => {
    defaultState();
    await withGenesys({ integrations: [guideIntegration({ notes: "node_dynamodb_empty_string" })] }, async (fake) => {
      const result = await verify(fake, ["--stack", "cartesia-genesys"]);
      expect(checkLines(result, "config")).toEqual(["  pass         config: name, notes, properties and advanced equal what was synthesized (version 3)."]);
      expect(result.code).toBe(0);
    });
  });
});

describe("a 403 on the integration type", () => {
  test("is a missing permission, not a type that is not enabled", async () => {
    defaultState();
    await withGenesys({ typeReadable: false, integrations: [guideIntegration()] }, async (fake) => {
      const result = await verify(fake, ["--stack", "cartesia-genesys"]);
      expect(result.code).toBe(1);
      expect(checkLines(result, "type")).toEqual([
        "  FAIL         type: Genesys refused to show integration type genesys-tts-connector (403): a missing permission, not a missing type.",
        "                 Give the OAuth client (or the token's user) a role with integrations:integration:view; then run verify again.",
        '                 Genesys said: GET /api/v2/integrations/types/genesys-tts-connector: Genesys answered 403 missing.permissions "Missing permissions: integrations:integration:view (fake)"',
      ]);
    });
  });
});

describe("drift", () => {
  test("changed properties and advanced: each differing key with both values", async () => {
    defaultState();
    const properties = {
      ...GUIDE_PROPERTIES,
      ttsConnectorVoicesURI: "https://proxy.example.com/voices/export",
      isPciCompliant: "true",
      voiceTypeAttribute: "type",
    };
    const advanced = { synthesizeBody: { ...GUIDE_ADVANCED.synthesizeBody, output_format: { container: "raw", encoding: "pcm_s16le", sample_rate: 16000 } } };
    await withGenesys({ integrations: [guideIntegration({ properties, advanced, name: "Renamed by hand" })] }, async (fake) => {
      const result = await verify(fake, ["--stack", "cartesia-genesys"]);
      expect(result.code).toBe(1);
      expect(checkLines(result, "config")).toEqual([
        "  FAIL         config: the current config differs from what was synthesized (it was changed in Genesys, or the code was not deployed):",
        '                 name: Genesys has "Renamed by hand", the code has "Genesys TTS Connector: Cartesia"',
        '                 properties.isPciCompliant: Genesys has "true", the code has true',
        '                 properties.ttsConnectorVoicesURI: Genesys has "https://proxy.example.com/voices/export", the code has "https://api.cartesia.ai/voices/export"',
        '                 properties.voiceTypeAttribute: Genesys has "type", the code does not set it',
        "                 advanced.synthesizeBody.output_format.sample_rate: Genesys has 16000, the code has 8000",
        "                 cdktf deploy writes the code's values back; or change the code to keep what Genesys has.",
      ]);
    });
  });

  test("another credential in the slot, or one of another type", async () => {
    defaultState();
    const other = { id: "0a0a0a0a-0b0b-4c0c-8d0d-0e0e0e0e0e0e", name: "Hand-made", type: "basicAuth" };
    await withGenesys({ credentials: [guideCredential, other], integrations: [guideIntegration({ credentials: { basicAuth: other.id } })] }, async (fake) => {
      const result = await verify(fake, ["--stack", "cartesia-genesys"]);
      expect(checkLines(result, "credential")).toEqual([
        `  FAIL         credential: basicAuth is "Hand-made" (${other.id}), not the stack's ${addresses["cartesia-genesys/cartesia"].credential} (${CREDENTIAL_ID}).`,
        "                 cdktf deploy links the stack's credential again.",
      ]);
    });
    await withGenesys({ credentials: [{ ...guideCredential, type: "basicAuth" }], integrations: [guideIntegration()] }, async (fake) => {
      const result = await verify(fake, ["--stack", "cartesia-genesys"]);
      expect(checkLines(result, "credential")).toEqual([
        `  FAIL         credential: basicAuth is "Genesys TTS Connector: Cartesia credential" (${CREDENTIAL_ID}), of type basicAuth, not userDefined: Genesys sends only a userDefined credential's fields as headers.`,
      ]);
    });
  });

  test("a credential managed elsewhere is compared by the id the code gives", async () => {
    await withGenesys(
      {
        credentials: [{ id: EXISTING_CREDENTIAL_ID, name: "Shared Cartesia credential" }],
        integrations: [guideIntegration({ credentials: { basicAuth: EXISTING_CREDENTIAL_ID } })],
      },
      async (fake) => {
        const result = await verify(fake, ["--stack", "existing"]);
        expect(result.code).toBe(0);
        expect(checkLines(result, "credential")).toEqual([
          `  pass         credential: basicAuth is "Shared Cartesia credential" (${EXISTING_CREDENTIAL_ID}), the credential given to fromExistingCredential, of type userDefined.`,
          "                 Its fields (X-Api-Key, Cartesia-Version) cannot be read back from Genesys: their values are not compared.",
        ]);
      },
    );
  });
});

describe("the TTS engine", () => {
  test("missing", async () => {
    defaultState();
    await withGenesys({ integrations: [guideIntegration({ voices: "missing" })] }, async (fake) => {
      const result = await verify(fake, ["--stack", "cartesia-genesys"]);
      expect(result.code).toBe(1);
      expect(checkLines(result, "engine")).toEqual([
        `  FAIL         engine: no TTS engine connector-${INTEGRATION_ID}: Genesys makes it once the integration is active.`,
      ]);
    });
  });

  test("with no voices", async () => {
    defaultState();
    await withGenesys({ integrations: [guideIntegration({ voices: [] })] }, async (fake) => {
      const result = await verify(fake, ["--stack", "cartesia-genesys"]);
      expect(result.code).toBe(1);
      expect(checkLines(result, "engine")).toEqual([
        `  FAIL         engine: connector-${INTEGRATION_ID} lists no voices: Genesys got none from the List Voices URI.`,
        '                 The voice list is read through the properties "Voices Attribute" (data), "Voice Name Attribute" (name) and "Voice Id Attribute" (id): run smoke to see what Cartesia answers.',
      ]);
    });
  });

  test("--voice finds a voice by name, or says which name was probably meant", async () => {
    defaultState();
    await withGenesys({ integrations: [guideIntegration()] }, async (fake) => {
      const found = await verify(fake, ["--stack", "cartesia-genesys", "--voice", FAKE_VOICES[1].name]);
      expect(checkLines(found, "engine")).toEqual([`  pass         engine: connector-${INTEGRATION_ID} lists 3 voices (en-US, fr-FR), among them "Ronald".`]);
      const near = await verify(fake, ["--stack", "cartesia-genesys", "--voice", "Katy"]);
      expect(near.code).toBe(1);
      expect(checkLines(near, "engine")).toEqual([
        `  FAIL         engine: connector-${INTEGRATION_ID} lists 3 voices (en-US, fr-FR), but none named "Katy" (did you mean "Katie"?).`,
      ]);
    });
  });
});

describe("the organization and the type", () => {
  test("a type that is not enabled: type fails, schemas are not checked, the rest still runs", async () => {
    defaultState();
    await withGenesys({ typeEnabled: false, integrations: [guideIntegration()] }, async (fake) => {
      const result = await verify(fake, ["--stack", "cartesia-genesys"]);
      expect(result.code).toBe(1);
      expect(checkLines(result, "type")).toEqual([
        "  FAIL         type: the organization has no integration type genesys-tts-connector (404): the Genesys TTS Connector is not enabled for it.",
        "                 Install the Genesys TTS Connector integration (Menu > IT and Integrations > Integrations), or ask Genesys to enable it for the organization.",
        '                 If Genesys names the type otherwise, set the construct\'s connectorType.integrationType. Genesys said: GET /api/v2/integrations/types/genesys-tts-connector: Genesys answered 404 not.found "Integration type genesys-tts-connector not found (fake)"',
      ]);
      expect(checkLines(result, "schemas")).toEqual(["  not checked  schemas: not checked: the integration type could not be read."]);
    });
  });

  test("property keys the schema does not know, and keys it requires: the schemas' keys are in the JSON", async () => {
    defaultState();
    const propertyKeys = ["isPciCompliant", "synthesizeUri", "voicesUri", "method"];
    await withGenesys({ propertyKeys, requiredProperties: ["method"], integrations: [guideIntegration()] }, async (fake) => {
      const result = await verify(fake, ["--stack", "cartesia-genesys"]);
      expect(checkLines(result, "schemas")).toEqual([
        "  FAIL         schemas: the synthesized config does not fit the type's config schemas.",
        "                 properties: ttsConnectorSynthesizeMethod, ttsConnectorSynthesizeURI, ttsConnectorVoicesURI, voiceGenderAttribute, voiceIdAttribute, voiceLanguageAttribute, voiceNameAttribute, voicesAttribute are not in the type's schema, whose keys are isPciCompliant, method, synthesizeUri, voicesUri.",
        "                 properties: the schema requires method, which the synthesized config does not set.",
        "                 Our property keys come from one third-party source: if Genesys names them otherwise, set connectorType.propertyKeys, and send us the schema keys (--format json prints them).",
      ]);
      const json = JSON.parse((await verify(fake, ["--stack", "cartesia-genesys", "--format", "json"])).stdout);
      expect(json.connectors[0].schemas).toEqual({
        properties: { keys: ["isPciCompliant", "method", "synthesizeUri", "voicesUri"], required: ["method"] },
        advanced: { keys: ["outputFormatMapping", "synthesizeBody", "voices"], required: [] },
      });
    });
  });

  test("a credential slot the type does not have", async () => {
    defaultState();
    await withGenesys({ credentialSlots: { apiCredentials: ["userDefined"] }, integrations: [guideIntegration()] }, async (fake) => {
      const result = await verify(fake, ["--stack", "cartesia-genesys"]);
      expect(checkLines(result, "type")[0]).toBe("  FAIL         type: genesys-tts-connector has no credential slot basicAuth; its slots: apiCredentials.");
    });
  });
});

describe("finding the integration", () => {
  test("without a state, by name and type; several connectors checked at once, the type read once", async () => {
    const integrations = [deployed("two/first", FIRST_ID), deployed("two/second", SECOND_ID)];
    await withGenesys({ integrations, credentials: [credentialOf("two/first"), credentialOf("two/second")], pageSize: 1 }, async (fake) => {
      const result = await verify(fake, ["--stack", "two"]);
      expect(result.code).toBe(0);
      expect(result.lines.filter((line) => !line.startsWith("  "))).toEqual([
        `two/first: integration ${FIRST_ID} (by name and type: no state at ${twoStateFile})`,
        `two/second: integration ${SECOND_ID} (by name and type: no state at ${twoStateFile})`,
        `verify: all 2 connectors passed (${fake.url}, 14 requests)`,
      ]);
      const urls = fake.requests.map((r) => r.url);
      expect(urls.filter((u) => u === "/api/v2/integrations/types/genesys-tts-connector")).toHaveLength(1);
      // The listing, paged (one per page here), read once for both.
      expect(urls.filter((u) => u.startsWith("/api/v2/integrations?"))).toEqual([
        "/api/v2/integrations?pageSize=100&pageNumber=1&integrationType=genesys-tts-connector",
        "/api/v2/integrations?pageSize=100&pageNumber=2&integrationType=genesys-tts-connector",
      ]);
    });
  });

  test("two integrations of that name: it refuses to guess", async () => {
    const integrations = [deployed("two/first", FIRST_ID), deployed("two/first", SECOND_ID)];
    await withGenesys({ integrations }, async (fake) => {
      const result = await verify(fake, ["--stack", "two", "--connector", "first"]);
      expect(result.code).toBe(1);
      expect(checkLines(result, "integration")).toEqual([
        `  FAIL         integration: 2 integrations of type genesys-tts-connector named "Cartesia first" (${FIRST_ID}, ${SECOND_ID}): pass the one to check with --integration-id.`,
        `                 by name and type: no state at ${twoStateFile}`,
      ]);
      expect(checkLines(result, "engine")).toEqual(["  not checked  engine: not checked: no integration to check."]);
      const chosen = await verify(fake, ["--stack", "two", "--connector", "first", "--integration-id", SECOND_ID]);
      expect(chosen.lines[0]).toBe(`two/first: integration ${SECOND_ID} (from --integration-id)`);
    });
  });

  test("an adopting connector, before its first deploy: the integration its import block names, and how it differs", async () => {
    await withGenesys({ integrations: [guideIntegration({ notes: "typed by hand" })] }, async (fake) => {
      const result = await verify(fake, ["--stack", "adopting"]);
      expect(result.lines[0]).toBe(`adopting/cartesia: integration ${INTEGRATION_ID} (from the stack's import block)`);
      // What the first apply will overwrite shows before it happens.
      expect(checkLines(result, "config").slice(0, 2)).toEqual([
        "  FAIL         config: the current config differs from what was synthesized (it was changed in Genesys, or the code was not deployed):",
        '                 notes: Genesys has "typed by hand", the code has "" (an unset notes is written as "")',
      ]);
      expect(checkLines(result, "credential")[0]).toBe(
        `  pass         credential: basicAuth is "Genesys TTS Connector: Cartesia credential" (${CREDENTIAL_ID}), the stack's ${addresses["adopting/cartesia"].credential}, of type userDefined.`,
      );
    });
  });

  test("--state with terraform show -json output; a disabled connector passes as INACTIVE", async () => {
    const stateFile = path.join(root, "disabled-show.json");
    const show = {
      format_version: "1.0",
      terraform_version: "1.11.0",
      values: {
        root_module: {
          resources: [
            {
              address: addresses["disabled/cartesia"].integration,
              mode: "managed",
              type: "genesyscloud_integration",
              name: addresses["disabled/cartesia"].integration.split(".")[1],
              values: { id: FIRST_ID },
            },
          ],
        },
      },
    };
    fs.writeFileSync(stateFile, JSON.stringify(show));
    await withGenesys({ integrations: [{ id: FIRST_ID, name: "Genesys TTS Connector: Cartesia", intendedState: "DISABLED" }] }, async (fake) => {
      const result = await verify(fake, ["--stack", "disabled", "--state", stateFile]);
      expect(result.lines[0]).toBe(`disabled/cartesia: integration ${FIRST_ID} (from the state disabled-show.json)`);
      expect(checkLines(result, "activation")).toEqual(["  pass         activation: reported state INACTIVE."]);
    });
  });
});

describe("retries", () => {
  test("429 with Retry-After, then success: waits what Genesys asked, and passes", async () => {
    defaultState();
    const failures = [{ path: `/api/v2/integrations/${INTEGRATION_ID}/config`, status: 429, times: 2, retryAfter: "7" }];
    await withGenesys({ failures, integrations: [guideIntegration()] }, async (fake) => {
      const clock = fakeClock();
      const result = await verify(fake, ["--stack", "cartesia-genesys"], { now: clock.now, sleep: clock.sleep });
      expect(result.code).toBe(0);
      expect(clock.sleeps).toEqual([7000, 7000]);
      expect(fake.requests.filter((r) => r.url.endsWith("/config/current"))).toHaveLength(3);
    });
  });

  test("5xx is retried a bounded number of times, then the check fails with the last answer", async () => {
    defaultState();
    const failures = [{ path: "/api/v2/integrations/speech", status: 503, times: 99 }];
    await withGenesys({ failures, integrations: [guideIntegration()] }, async (fake) => {
      const clock = fakeClock();
      const result = await verify(fake, ["--stack", "cartesia-genesys"], { now: clock.now, sleep: clock.sleep });
      expect(result.code).toBe(1);
      expect(checkLines(result, "engine")).toEqual([
        `  FAIL         engine: could not read TTS engine connector-${INTEGRATION_ID}: GET /api/v2/integrations/speech/tts/engines/connector-${INTEGRATION_ID}?includeVoices=true: Genesys answered 503 internal.server.error "try again (fake)" (after 4 attempts)`,
      ]);
      expect(clock.sleeps).toEqual([1000, 2000, 4000]);
    });
  });
});

describe("one clear message, never a stack trace", () => {
  test("a wrong secret on login: exit 1, what to check", async () => {
    defaultState();
    await withGenesys({ integrations: [guideIntegration()] }, async (fake) => {
      const result = await verify(fake, ["--stack", "cartesia-genesys"], { env: { ...ENV, GENESYSCLOUD_OAUTHCLIENT_SECRET: "not-the-secret-0123" } });
      expect(result).toMatchObject({
        code: 1,
        stdout: "",
        stderr: `verify: login at ${fake.url}/oauth/token failed: Genesys answered 401 invalid_client (client authentication failed). Check GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET: an OAuth client of this organization with the client-credentials grant.\n`,
      });
    });
  });

  test("an access token Genesys refuses ends the run at the first call", async () => {
    defaultState();
    await withGenesys({ integrations: [guideIntegration()] }, async (fake) => {
      const result = await verify(fake, ["--stack", "cartesia-genesys"], { env: { GENESYSCLOUD_ACCESS_TOKEN: "expired-token-0123456789" } });
      expect(result).toMatchObject({
        code: 1,
        stdout: "",
        stderr:
          'verify: GET /api/v2/integrations/types/genesys-tts-connector: Genesys answered 401 bad.credentials "Invalid login credentials.": GENESYSCLOUD_ACCESS_TOKEN has expired or belongs to another region.\n',
      });
      expect(fake.requests.map((r) => r.headers.authorization)).toEqual(["Bearer expired-token-0123456789"]);
    });
  });

  test("an unreachable host", async () => {
    defaultState();
    const fake = await startFakeGenesys({});
    const url = fake.url;
    await fake.close();
    const result = await runTool(["verify", outdir, "--stack", "cartesia-genesys", "--endpoint", url], { env: ENV, cwd: root });
    expect(result).toMatchObject({ code: 1, stdout: "", stderr: `verify: POST ${url}/oauth/token: cannot reach Genesys Cloud (ECONNREFUSED)\n` });
  });

  test.each([
    [
      "no credentials",
      {},
      "no Genesys Cloud credentials: set GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET (an OAuth client with the client-credentials grant), or GENESYSCLOUD_ACCESS_TOKEN; the variables the Genesys provider reads for cdktf deploy.",
    ],
    [
      "half an OAuth client",
      { GENESYSCLOUD_OAUTHCLIENT_ID: TEST_CLIENT_ID },
      "GENESYSCLOUD_OAUTHCLIENT_ID is set but GENESYSCLOUD_OAUTHCLIENT_SECRET is not; an OAuth client needs both (or set GENESYSCLOUD_ACCESS_TOKEN).",
    ],
    [
      "no region",
      ENV,
      "GENESYSCLOUD_REGION is not set; set it to your organization's region, e.g. us-east-1 (one of us-east-1, us-east-2, us-west-2, ca-central-1, sa-east-1, mx-central-1, eu-west-1, eu-west-2, eu-central-1, eu-central-2, eusc-de-east-1, me-central-1, ap-south-1, ap-southeast-1, ap-southeast-2, ap-northeast-1, ap-northeast-2, ap-northeast-3).",
    ],
    [
      "an unknown region",
      { ...ENV, GENESYSCLOUD_REGION: "us-east-9" },
      'GENESYSCLOUD_REGION: got "us-east-9", which is not a Genesys Cloud region; allowed: us-east-1, us-east-2, us-west-2, ca-central-1, sa-east-1, mx-central-1, eu-west-1, eu-west-2, eu-central-1, eu-central-2, eusc-de-east-1, me-central-1, ap-south-1, ap-southeast-1, ap-southeast-2, ap-northeast-1, ap-northeast-2, ap-northeast-3.',
    ],
  ])("%s: exit 2 before anything is sent", async (_case, env, message) => {
    const result = await runTool(["verify", outdir, "--stack", "cartesia-genesys"], { env, cwd: root });
    expect(result).toMatchObject({ code: 2, stdout: "", stderr: `verify: ${message}\n${SEE_HELP}\n` });
  });

  test.each([
    [["--state", "missing.tfstate"], `--state: cannot read ${JSON.stringify(path.join(root, "missing.tfstate"))}: ENOENT`],
    [["--timeout", "soon"], '--timeout: got "soon"; expected a number of seconds from 0 to 3600, such as 180.'],
    [
      ["--integration-id", "Genesys TTS Connector: Cartesia"],
      '--integration-id: got "Genesys TTS Connector: Cartesia", which is not an integration id; Genesys ids are UUIDs such as 1b6b5c3e-2f4a-4d8e-9c71-0a5e3f2d4b6c.',
    ],
    [
      ["--endpoint", "http://genesys.example.com"],
      "--endpoint http://genesys.example.com is plain HTTP off this machine: the OAuth secret and the token would cross the network in clear text. Use https, or a loopback address.",
    ],
  ])("bad usage %j: exit 2", async (args, message) => {
    const result = await runTool(["verify", outdir, "--stack", "cartesia-genesys", ...args], { env: { ...ENV, GENESYSCLOUD_REGION: "us-east-1" }, cwd: root });
    expect(result).toMatchObject({ code: 2, stdout: "", stderr: `verify: ${message}\n${SEE_HELP}\n` });
  });

  test("--integration-id with several connectors selected, --state without the connector", async () => {
    const env = { ...ENV, GENESYSCLOUD_REGION: "us-east-1" };
    const several = await runTool(["verify", outdir, "--stack", "two", "--integration-id", FIRST_ID], { env, cwd: root });
    expect(several.stderr.split("\n")[0]).toBe(
      "verify: --integration-id names one integration, but 2 connectors are selected (two/first, two/second); choose one with --stack and --connector.",
    );
    const other = path.join(root, "other.tfstate");
    writeState(other, { "genesyscloud_integration.somebody_else": FIRST_ID });
    const result = await runTool(["verify", outdir, "--stack", "cartesia-genesys", "--state", other], { env, cwd: root });
    expect(result).toMatchObject({
      code: 2,
      stderr: `verify: --state other.tfstate holds no ${addresses["cartesia-genesys/cartesia"].integration} (it holds genesyscloud_integration.somebody_else); is it the state of stack cartesia-genesys?\n${SEE_HELP}\n`,
    });
  });
});
