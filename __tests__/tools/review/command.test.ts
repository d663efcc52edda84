import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { App, TerraformStack } from "cdktf";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, GenesyscloudProvider } from "../../../lib";
import { createApp } from "../../../main";
import { readSynthesizedStacks } from "../../../tools/shared/synthesized-connectors";
import { renderSummaryMarkdown } from "../../../tools/review/render-markdown";
import { summarize } from "../../../tools/review/summarize";
import { synthApp, tempDir } from "../../support/helpers";
import { runTool } from "../../support/run-tool";

/** Runs the command and keeps what it printed. */
async function review(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { code, stdout, stderr } = await runTool(["review", ...args]);
  return { code, out: stdout, err: stderr };
}

/** One stack "pr", one connector on the given model. */
function synthModel(model: CartesiaModel): string {
  const outdir = tempDir("cartesia-review-cmd-");
  const app = new App({ outdir, stackTraces: false });
  const stack = new TerraformStack(app, "pr");
  new GenesyscloudProvider(stack, "genesyscloud", {});
  new CartesiaTtsConnector(stack, "cartesia", { apiKey: CartesiaApiKey.fromVariable(stack, "cartesia_api_key"), model });
  app.synth();
  return outdir;
}

/** A cdktf.out holding one hand-written cdk.tf.json, as someone could commit it. */
function handWritten(document: unknown): string {
  const outdir = tempDir("cartesia-review-hand-");
  fs.mkdirSync(path.join(outdir, "stacks", "pr"), { recursive: true });
  fs.writeFileSync(path.join(outdir, "stacks", "pr", "cdk.tf.json"), JSON.stringify(document, null, 2));
  return outdir;
}

const defaultApp = synthApp((dir) => createApp(dir)).outdir;

describe("arguments and exit codes", () => {
  test("without --base: the summary comment, exit 0", async () => {
    const result = await review(defaultApp);
    expect(result).toEqual({ code: 0, out: renderSummaryMarkdown(summarize(readSynthesizedStacks(defaultApp))), err: "" });
  });

  test("--fail-on risky: 0 when only warnings (the default app's alias), 1 when a change is risky", async () => {
    expect((await review(defaultApp, "--fail-on", "risky")).code).toBe(0);
    const snapshot = synthModel(CartesiaModel.SONIC_3_2026_01_12);
    const alias = synthModel(CartesiaModel.SONIC_LATEST);
    expect((await review(alias, "--base", snapshot, "--fail-on", "risky")).code).toBe(1);
    expect((await review(alias, "--base", snapshot)).code).toBe(0);
    // Back to a snapshot is not risky; neither is the same alias on both sides.
    expect((await review(snapshot, "--base", alias, "--fail-on=risky")).code).toBe(0);
    expect((await review(alias, "--base", alias, "--fail-on", "risky")).code).toBe(0);
  });

  test("--format json: the same findings for machines", async () => {
    const snapshot = synthModel(CartesiaModel.SONIC_3_2026_01_12);
    const alias = synthModel(CartesiaModel.SONIC_LATEST);
    const result = await review(alias, "--base", snapshot, "--format", "json");
    const json = JSON.parse(result.out);
    expect(json).toMatchObject({ tool: "cartesia-genesys review", formatVersion: 1, mode: "diff", counts: { risky: 1, warning: 0, info: 0 } });
    expect(json.changes.map((c: { kind: string; findings: { code: string }[] }) => [c.kind, c.findings.map((f) => f.code)])).toEqual([
      ["changed", ["model-to-alias"]],
    ]);
    const summary = JSON.parse((await review(defaultApp, "--format=json")).out);
    expect(summary).toMatchObject({ mode: "summary", counts: { risky: 0, warning: 1, info: 1 } });
    expect(summary.changes).toBeUndefined();
    expect(summary.stacks[0].connectors[0].settings[0]).toEqual({
      key: "integration_type",
      label: "Integration type",
      category: "integration",
      value: '"genesys-tts-connector"',
    });
  });

  test.each([
    [["--format", "xml"], 'review: --format: got "xml"; allowed: markdown, json'],
    [["--fail-on", "warning"], 'review: --fail-on: got "warning"; allowed: risky'],
    [["--base"], "review: --base needs a value: --base DIR"],
    [["--verbose"], "review: unknown option --verbose"],
    [["a", "b"], 'review: unexpected argument "b": give one cdktf.out (got 2)'],
  ])("bad arguments %j: exit 2 with the reason and where the usage is", async (args, message) => {
    const result = await review(...args);
    expect(result).toEqual({ code: 2, out: "", err: `${message}\nRun "cartesia-genesys review --help" for usage.\n` });
  });

  test("a folder that is not a cdktf.out: exit 2 saying what to do", async () => {
    const empty = tempDir();
    const result = await review(empty);
    expect(result).toEqual({
      code: 2,
      out: "",
      err: `review: no stacks in ${empty}: expected ${path.join(empty, "stacks", "<stack>", "cdk.tf.json")}. Synthesize first (cdktf synth, or cdktn synth), or pass the cdktf.out directory.\nRun "cartesia-genesys review --help" for usage.\n`,
    });
  });

  test("--help: the usage on stdout, exit 0", async () => {
    const result = await review("--help");
    expect(result.code).toBe(0);
    expect(result.out.split("\n")[0]).toBe("usage: cartesia-genesys review [cdktf.out] [--base DIR] [--plan PLAN_JSON] [--format FORMAT] [--fail-on risky]");
  });
});

describe("no secret value is ever printed", () => {
  const FAKE_ENV_KEY = "sk_car_test_not_a_real_key_0001";
  const LITERAL_KEY = "sk_car_test_not_a_real_key_0002";
  const NOTES_KEY = "sk_car_test_not_a_real_key_0003";
  // Not key-shaped: only the field's name says it is secret.
  const PLAIN_SECRET = "plain-secret-not-key-shaped-0004";

  const leaky = handWritten({
    provider: { genesyscloud: [{}] },
    resource: {
      genesyscloud_integration_credential: {
        cred: {
          name: "leaky",
          credential_type_name: "userDefined",
          fields: { "X-Api-Key": LITERAL_KEY, Authorization: PLAIN_SECRET, "Cartesia-Version": "2026-03-01" },
        },
      },
      genesyscloud_integration: {
        tts: {
          integration_type: "genesys-tts-connector",
          intended_state: "ENABLED",
          config: {
            name: "Genesys TTS Connector: Cartesia",
            notes: `old key was ${NOTES_KEY}`,
            properties: JSON.stringify({ ttsConnectorSynthesizeURI: `https://api.cartesia.ai/tts/bytes?key=${LITERAL_KEY}` }),
            advanced: JSON.stringify({
              synthesizeBody: { model_id: "sonic-3-2026-01-12", output_format: { container: "raw", encoding: "pcm_s16le", sample_rate: 8000 } },
            }),
            credentials: { basicAuth: "${genesyscloud_integration_credential.cred.id}" },
          },
        },
      },
    },
  });

  const saved = process.env.TF_VAR_cartesia_api_key;
  // The default app synthesized while the deploy-time key is in the environment, as in a CI job that has it.
  let withEnv = "";
  beforeAll(() => {
    process.env.TF_VAR_cartesia_api_key = FAKE_ENV_KEY;
    withEnv = synthApp((dir) => createApp(dir)).outdir;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TF_VAR_cartesia_api_key;
    else process.env.TF_VAR_cartesia_api_key = saved;
  });

  test.each([
    ["markdown summary", () => [leaky]],
    ["json summary", () => [leaky, "--format", "json"]],
    ["markdown summary of the default app", () => [withEnv]],
    ["markdown diff (leaky head)", () => [leaky, "--base", withEnv]],
    ["json diff (leaky head)", () => [leaky, "--base", withEnv, "--format", "json"]],
    ["markdown diff (leaky base)", () => [withEnv, "--base", leaky]],
    ["json diff (leaky base)", () => [withEnv, "--base", leaky, "--format", "json"]],
  ])("%s: neither the key in TF_VAR_ nor the literals in cdk.tf.json appear", async (_name, args) => {
    const result = await review(...args());
    expect(result.code).toBe(0);
    const printed = result.out + result.err;
    for (const secret of [FAKE_ENV_KEY, LITERAL_KEY, NOTES_KEY, PLAIN_SECRET]) expect(printed).not.toContain(secret);
    expect(printed).not.toMatch(/sk_car_[A-Za-z0-9]/);
  });

  test("the leak itself is reported: risky, with the field names and where the values hide", async () => {
    const result = await review(leaky, "--fail-on", "risky");
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      "| Credential fields | `Authorization`: literal value in cdk.tf.json (hidden); `Cartesia-Version`: `2026-03-01`; `X-Api-Key`: literal value in cdk.tf.json (hidden) |",
    );
    expect(result.out).toContain(
      "- **Risky:** Credential field X-Api-Key holds a literal value, written in plain text into cdk.tf.json; pass the key with CartesiaApiKey.fromVariable and set TF_VAR_\\<name\\> at deploy time.",
    );
    expect(result.out).toContain("| Notes | old key was sk_car_…(masked, 31 characters) |");
  });

  test("rotating one hidden literal for another still shows as a change, without either value", async () => {
    const rotated = handWritten(
      JSON.parse(fs.readFileSync(path.join(leaky, "stacks", "pr", "cdk.tf.json"), "utf8").replace(PLAIN_SECRET, "plain-secret-not-key-shaped-0005")),
    );
    const result = await review(rotated, "--base", leaky);
    expect(result.out).toContain("Credential only (key rotation)");
    expect(result.out).toContain("| Credential field Authorization | literal value in cdk.tf.json (hidden) | literal value in cdk.tf.json (hidden) |");
    expect(result.out).not.toContain("plain-secret");
  });
});

test("the CLI dispatches `review` to the command (a real process, exit code 1 with --fail-on risky)", () => {
  const root = path.join(__dirname, "..", "..", "..");
  const snapshot = synthModel(CartesiaModel.SONIC_3_2026_01_12);
  const alias = synthModel(CartesiaModel.SONIC_LATEST);
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const result = spawnSync(tsx, ["tools/cli.ts", "review", alias, "--base", snapshot, "--fail-on", "risky"], { cwd: root, encoding: "utf8" });
  expect(result.status).toBe(1);
  expect(result.stdout.split("\n").slice(0, 2)).toEqual(["<!-- cartesia-genesys-review -->", "## Cartesia TTS connectors: changes"]);
  // And the same bytes as in-process.
  expect(execFileSync(tsx, ["tools/cli.ts", "review", defaultApp], { cwd: root, encoding: "utf8" })).toBe(
    renderSummaryMarkdown(summarize(readSynthesizedStacks(defaultApp))),
  );
});
