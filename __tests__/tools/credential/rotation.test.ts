/**
 * The rotation runbook against the Genesys stand-in: a connector whose stack links its credential by
 * name (`CartesiaApiKey.fromCredentialName`), the credential put, then put again with a new key (the same
 * credential, updated in place), then `verify`: the connector is ACTIVE, its engine lists voices, and the
 * report says how many seconds after verify's start they were listed.
 */
import * as path from "node:path";
import { App, TerraformStack } from "cdktf";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, GenesyscloudProvider } from "../../../lib";
import { findConnectors } from "../../../tools/shared/synthesized-connectors";
import { fakeClock } from "../../support/fake-clock";
import { createdCredentialId, startFakeGenesys, TEST_CLIENT_ID, TEST_CLIENT_SECRET, type FakeGenesys } from "../../support/fake-genesys";
import { readStacks, tempDir } from "../../support/helpers";
import { runTool } from "../../support/run-tool";
import { TEST_KEYS } from "../../support/test-keys";

const [OLD_KEY, NEW_KEY] = TEST_KEYS;
const NAME = "Cartesia TTS key";
const INTEGRATION_ID = "3a1f5c2e-7b4d-4e8a-9f10-2c6d8e0b1a57";
const GENESYS = { GENESYSCLOUD_OAUTHCLIENT_ID: TEST_CLIENT_ID, GENESYSCLOUD_OAUTHCLIENT_SECRET: TEST_CLIENT_SECRET };
const CREDENTIAL_ID = createdCredentialId(1);

const root = tempDir("credential-rotation-");
const outdir = path.join(root, "cdktf.out");

function synthesize() {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, "by-name");
  new GenesyscloudProvider(stack, "genesyscloud", {});
  new CartesiaTtsConnector(stack, "cartesia", { apiKey: CartesiaApiKey.fromCredentialName(stack, NAME), model: CartesiaModel.SONIC_3_2026_01_12 });
  app.synth();
  return findConnectors("by-name", readStacks(outdir)["by-name"])[0];
}

async function put(fake: FakeGenesys, key: string) {
  return runTool(["credential", "put", "--name", NAME, "--endpoint", fake.url], { env: { ...GENESYS, CARTESIA_API_KEY: key }, cwd: root });
}

test("put, rotate, verify: one credential, updated in place; the connector ACTIVE with voices, and when they were listed", async () => {
  const connector = synthesize();
  // The stack links the credential through the lookup, never a key.
  expect(connector.credentials).toEqual({ basicAuth: "${data.genesyscloud_integration_credential.cartesia_credential_cartesia_tts_key_8eeab05b.id}" });
  const fake = await startFakeGenesys({
    integrations: [
      {
        id: INTEGRATION_ID,
        name: connector.name!,
        properties: connector.properties,
        advanced: connector.advanced,
        credentials: { basicAuth: CREDENTIAL_ID },
        reportedStates: [{ code: "ACTIVATING" }, { code: "ACTIVE" }],
      },
    ],
  });
  try {
    const first = await put(fake, OLD_KEY);
    expect([first.code, first.lines[0]]).toEqual([
      0,
      `created credential "${NAME}": id ${CREDENTIAL_ID} (type userDefined; fields X-Api-Key and Cartesia-Version 2026-03-01).`,
    ]);
    const rotated = await put(fake, NEW_KEY);
    expect([rotated.code, rotated.lines[0]]).toEqual([
      0,
      `updated credential "${NAME}" in place: id ${CREDENTIAL_ID} (type userDefined; fields X-Api-Key and Cartesia-Version 2026-03-01; the key replaced).`,
    ]);
    const writes = fake.requests.filter((r) => r.method === "PUT" || (r.method === "POST" && r.url !== "/oauth/token"));
    expect(writes.map((r) => [`${r.method} ${r.url}`, JSON.parse(r.body).credentialFields["X-Api-Key"]])).toEqual([
      ["POST /api/v2/integrations/credentials", OLD_KEY],
      [`PUT /api/v2/integrations/credentials/${CREDENTIAL_ID}`, NEW_KEY],
    ]);
    expect(fake.credentials()).toEqual([{ id: CREDENTIAL_ID, name: NAME, type: "userDefined" }]);

    const clock = fakeClock();
    const verified = await runTool(["verify", outdir, "--integration-id", INTEGRATION_ID, "--endpoint", fake.url, "--format", "json"], {
      env: GENESYS,
      cwd: root,
      now: clock.now,
      sleep: clock.sleep,
    });
    expect(verified.stderr).toBe("");
    expect(verified.code).toBe(0);
    const [report] = JSON.parse(verified.stdout).connectors;
    const check = (name: string) => report.checks.find((c: { name: string }) => c.name === name);
    expect({
      state: report.reportedState.code,
      voices: report.voices,
      // One wait of 1 s for ACTIVATING to become ACTIVE, on verify's clock.
      listedAfter: report.voicesListedAfterSeconds,
      credential: [check("credential").status, check("credential").summary],
      engine: check("engine").status,
    }).toEqual({
      state: "ACTIVE",
      voices: 3,
      listedAfter: 1,
      credential: ["pass", `basicAuth is "${NAME}" (${CREDENTIAL_ID}), a credential managed elsewhere, of type userDefined.`],
      engine: "pass",
    });
    for (const key of TEST_KEYS) expect(first.stdout + first.stderr + rotated.stdout + rotated.stderr + verified.stdout).not.toContain(key);
  } finally {
    await fake.close();
  }
});
