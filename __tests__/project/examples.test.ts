/**
 * The default app and every example: each is synthesized into a temporary outdir, passes the
 * validator with nothing left unchecked, writes no key, and holds what its README promises.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { App } from "cdktf";
import { KEY_LIKE_PATTERN } from "../../lib/private/key-hygiene";
import { createApp as createDefaultApp } from "../../main";
import { createApp as createBasicApp } from "../../examples/basic/main";
import { createApp as createComposedApp, GREETING_FLOW_FILE } from "../../examples/composed-stack/main";
import { createApp as createExistingCredentialApp, CREDENTIAL_NAME } from "../../examples/existing-credential/main";
import { createApp as createKeyFromTokenApp, KEY_OUTPUT } from "../../examples/key-from-token/main";
import { createApp as createMultiOrgApp, ORGANIZATIONS, SHARED_SETTINGS } from "../../examples/multi-org/main";
import { onlyResource, readStacks, readTree, synthApp, tempDir, type TerraformJson } from "../support/helpers";
import { runTool } from "../support/run-tool";
import { findKeys, scanTree } from "../support/leak-guard";
import { onlyName, validate } from "../support/validate-helpers";

const ROOT = path.resolve(__dirname, "..", "..");
const EXAMPLES = path.join(ROOT, "examples");

/** Every app the repo ships, with the stacks it must synthesize. platform-repo has its own test. */
const APPS: Record<string, { build: (outdir: string) => App; stacks: string[] }> = {
  "main.ts": { build: createDefaultApp, stacks: ["cartesia-genesys"] },
  "examples/basic": { build: createBasicApp, stacks: ["basic"] },
  "examples/existing-credential": { build: createExistingCredentialApp, stacks: ["credential-by-name", "existing-credential"] },
  "examples/multi-org": { build: createMultiOrgApp, stacks: ORGANIZATIONS.map((o) => `cartesia-${o.name}`).sort() },
  "examples/composed-stack": { build: createComposedApp, stacks: ["composed-stack"] },
  "examples/key-from-token": { build: createKeyFromTokenApp, stacks: ["key-from-token"] },
};
const synthesized = Object.fromEntries(Object.entries(APPS).map(([name, app]) => [name, synthApp(app.build)]));

test("every example app (a folder with a cdktf.json) is synthesized here or by the packages tests (the platform repos, one per engine, and the starter)", () => {
  const folders = fs
    .readdirSync(EXAMPLES)
    .filter((f) => fs.existsSync(path.join(EXAMPLES, f, "cdktf.json")))
    .sort();
  expect(folders).toEqual(
    [
      ...Object.keys(APPS)
        .filter((n) => n.startsWith("examples/"))
        .map((n) => n.slice("examples/".length)),
      "platform-repo",
      "platform-repo-cdktn",
      "starter",
    ].sort(),
  );
});

describe.each(Object.keys(APPS))("%s", (name) => {
  const { outdir, stacks } = synthesized[name];

  test("synthesizes its stacks", () => {
    expect(Object.keys(stacks)).toEqual(APPS[name].stacks);
  });

  test("passes the validator with nothing left unchecked", () => {
    for (const stack of Object.values(stacks)) {
      const report = validate(stack);
      expect(report.problems).toEqual([]);
      expect(report.notChecked).toEqual([]);
      expect(report.checked.resources).toBeGreaterThanOrEqual(2);
    }
  });

  test("passes the validate command on its whole cdktf.out", async () => {
    const { code, lines } = await runTool(["validate", outdir]);
    expect(code).toBe(0);
    expect(lines[lines.length - 1]).toBe(`validate: ${APPS[name].stacks.length} of ${APPS[name].stacks.length} stacks clean`);
  });

  test("keeps every secret symbolic: API keys and OAuth secrets are references, never literals", () => {
    const secrets = Object.values(stacks).flatMap((json) => [
      ...Object.values(json.resource?.genesyscloud_integration_credential ?? {}).map((c) => (c.fields as Record<string, string>)["X-Api-Key"]),
      ...(json.provider?.genesyscloud ?? []).map((p) => p.oauthclient_secret).filter((s) => s !== undefined),
    ]);
    for (const secret of secrets) expect(secret).toMatch(/^\$\{(var|data)\.[^}]+\}$/);
    // Nothing in the output looks like a key, beyond the "sk_car_..." and "sk_car_admin_..." the library's own texts name.
    expect(
      readTree(outdir)
        .replace(/sk_car_(admin_)?\.\.\./g, "")
        .replace(/\\"sk_car_admin_\\"/g, ""),
    ).not.toMatch(KEY_LIKE_PATTERN);
  });
});

describe.each(Object.keys(APPS).filter((n) => n.startsWith("examples/")))("%s as a user runs it", (name) => {
  const folder = path.join(ROOT, name);

  test("has its own cdktf.json on the repo's generated bindings, a main.ts and a README", () => {
    const cdktfJson = JSON.parse(fs.readFileSync(path.join(folder, "cdktf.json"), "utf8"));
    expect(cdktfJson).toEqual(JSON.parse(fs.readFileSync(path.join(EXAMPLES, "basic", "cdktf.json"), "utf8")));
    expect(cdktfJson.codeMakerOutput).toBe("../../.gen");
    expect(fs.readFileSync(path.join(folder, "main.ts"), "utf8")).toContain("if (require.main === module) {\n  createApp().synth();\n}");
  });

  test("README says what it shows, how to synthesize it and what to set before deploying", () => {
    if (name === "examples/basic") return; // issue 2's example; its README is not ours to write
    const readme = fs.readFileSync(path.join(folder, "README.md"), "utf8");
    expect(readme).toMatch(/^# Example: /);
    expect(readme).toContain("## Synthesize");
    expect(readme).toContain(`cd ${name}`);
    expect(readme).toContain("npx cdktf synth");
    expect(readme).toContain("## Before `cdktf deploy`");
  });
});

test("examples/composed-stack synthesizes with the cdktf CLI from its own folder, as its README says", () => {
  const outdir = tempDir("cartesia-cli-synth-");
  // --no: never fetch a package from the registry should the local cdktf be missing.
  const result = spawnSync("npx", ["--no", "cdktf", "synth", "--output", outdir], {
    cwd: path.join(EXAMPLES, "composed-stack"),
    encoding: "utf8",
    env: { ...process.env, CHECKPOINT_DISABLE: "1", CI: "1" },
  });
  expect(result.status).toBe(0);
  // The leak guard watches in-process synths only; this one ran in a child process.
  expect(scanTree(outdir)).toEqual([]);
  expect(findKeys(result.stdout + result.stderr)).toEqual([]);
  const viaCli = readStacks(outdir)["composed-stack"];
  expect(viaCli.resource).toEqual(synthesized["examples/composed-stack"].stacks["composed-stack"].resource);
});

describe("examples/existing-credential", () => {
  const json = synthesized["examples/existing-credential"].stacks["existing-credential"];

  test("creates the integration and its config, and no credential", () => {
    expect(Object.keys(json.resource ?? {}).sort()).toEqual(["genesyscloud_integration", "genesyscloud_integration_config"]);
    expect(json.variable?.cartesia_api_key).toBeUndefined();
  });

  test("links the credential it looks up by a name from a variable", () => {
    const lookup = onlyName(json, "genesyscloud_integration_credential", "data");
    expect(json.data?.genesyscloud_integration_credential[lookup]).toMatchObject({ name: "${var.cartesia_credential_name}" });
    expect(json.variable?.cartesia_credential_name).toMatchObject({ type: "string", nullable: false });
    expect(onlyResource(json, "genesyscloud_integration_config").credentials).toEqual({
      basicAuth: `\${data.genesyscloud_integration_credential.${lookup}.id}`,
    });
  });
});

describe("examples/existing-credential: credential-by-name", () => {
  const json = synthesized["examples/existing-credential"].stacks["credential-by-name"];

  test("links the credential credential put manages, looked up by its literal name: no credential, no variable", () => {
    expect(Object.keys(json.resource ?? {}).sort()).toEqual(["genesyscloud_integration", "genesyscloud_integration_config"]);
    expect(json.variable).toBeUndefined();
    const lookup = onlyName(json, "genesyscloud_integration_credential", "data");
    expect(json.data?.genesyscloud_integration_credential[lookup]).toMatchObject({ name: CREDENTIAL_NAME });
    expect(onlyResource(json, "genesyscloud_integration_config").credentials).toEqual({
      basicAuth: `\${data.genesyscloud_integration_credential.${lookup}.id}`,
    });
  });
});

describe("examples/multi-org", () => {
  const { stacks } = synthesized["examples/multi-org"];

  test.each(ORGANIZATIONS.map((o) => o.name))("%s: its own provider, from its own variables", (org) => {
    const json = stacks[`cartesia-${org}`];
    expect(json.provider?.genesyscloud).toEqual([
      {
        aws_region: `\${var.${org}_genesyscloud_region}`,
        oauthclient_id: `\${var.${org}_genesyscloud_oauthclient_id}`,
        oauthclient_secret: `\${var.${org}_genesyscloud_oauthclient_secret}`,
      },
    ]);
    expect(json.variable?.[`${org}_genesyscloud_oauthclient_secret`]).toMatchObject({ sensitive: true });
    expect(Object.keys(json.variable ?? {}).every((v) => v.startsWith(`${org}_`))).toBe(true);
  });

  test.each(ORGANIZATIONS.map((o) => o.name))("%s: its own key variable", (org) => {
    const json = stacks[`cartesia-${org}`];
    expect(onlyResource(json, "genesyscloud_integration_credential").fields).toEqual({
      "X-Api-Key": `\${var.${org}_cartesia_api_key}`,
      "Cartesia-Version": SHARED_SETTINGS.cartesiaVersion,
    });
    expect(json.variable?.[`${org}_cartesia_api_key`]).toMatchObject({ sensitive: true });
  });

  test("every organization gets the same connector settings", () => {
    const configs = Object.values(stacks).map((json) => {
      const { name, notes, properties, advanced } = onlyResource(json, "genesyscloud_integration_config");
      return { name, notes, properties, advanced };
    });
    expect(configs).toHaveLength(ORGANIZATIONS.length);
    for (const config of configs) expect(config).toEqual(configs[0]);
    expect(configs[0].name).toBe(SHARED_SETTINGS.integrationName);
    expect(configs[0].notes).toBe(SHARED_SETTINGS.notes);
    expect(JSON.parse(configs[0].advanced as string).synthesizeBody.model_id).toBe(SHARED_SETTINGS.model.id);
  });
});

describe("examples/composed-stack", () => {
  const { outdir, stacks } = synthesized["examples/composed-stack"];
  const json = stacks["composed-stack"];
  const integrations = json.resource?.genesyscloud_integration ?? {};
  const configs = Object.values(json.resource?.genesyscloud_integration_config ?? {});
  const configByName = (name: string) => configs.find((c) => c.name === name)!;
  const telephonyId = Object.keys(integrations).find((id) => id.startsWith("telephony_"))!;
  const wideband = configByName("Cartesia Sonic (wideband, 16 kHz)");
  const telephony = configByName("Cartesia Sonic (telephony, 8 kHz)");

  test("puts every resource on the one aliased provider", () => {
    expect(json.provider?.genesyscloud).toEqual([{ alias: "contact_center" }]);
    for (const byName of Object.values(json.resource ?? {})) {
      for (const resource of Object.values(byName)) expect(resource.provider).toBe("genesyscloud.contact_center");
    }
  });

  test("has an 8 kHz and a 16 kHz connector with their own names, sharing one credential", () => {
    expect(Object.keys(integrations)).toHaveLength(2);
    const sampleRate = (config: Record<string, unknown>) => JSON.parse(config.advanced as string).synthesizeBody.output_format.sample_rate;
    expect(sampleRate(telephony)).toBe(8000);
    expect(sampleRate(wideband)).toBe(16000);
    const credential = onlyName(json, "genesyscloud_integration_credential");
    expect(telephony.credentials).toEqual({ basicAuth: `\${genesyscloud_integration_credential.${credential}.id}` });
    expect(wideband.credentials).toEqual(telephony.credentials);
  });

  test("publishes a flow whose Archy YAML takes the telephony engine and a voice from substitutions", () => {
    const greeting = onlyResource(json, "genesyscloud_flow");
    expect(greeting.substitutions).toEqual({
      flow_name: "Cartesia greeting",
      tts_engine_id: `connector-\${genesyscloud_integration.${telephonyId}.id}`,
      voice_id: "${var.cartesia_voice_id}",
    });
    const telephonyConfigId = Object.entries(json.resource?.genesyscloud_integration_config ?? {}).find(([, c]) => c === telephony)?.[0];
    expect(greeting.depends_on).toEqual([`genesyscloud_integration_config.${telephonyConfigId}`]);
    // The flow file travels with the stack: a path relative to the stack's folder, where terraform runs.
    const filepath = greeting.filepath as string;
    expect(path.isAbsolute(filepath)).toBe(false);
    const yaml = fs.readFileSync(path.join(outdir, "stacks", "composed-stack", filepath), "utf8");
    expect(yaml).toBe(fs.readFileSync(GREETING_FLOW_FILE, "utf8"));
    // supportedLanguages.<lang>.textToSpeech.<engine>.voice, as Architect reads it.
    expect(yaml).toMatch(
      /\n {2}supportedLanguages:\n {4}en-us:\n(?: {6}.*\n)*? {6}textToSpeech:\n {8}"\{\{tts_engine_id\}\}":\n {10}voice: "\{\{voice_id\}\}"\n/,
    );
    const placeholders = [...new Set([...yaml.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();
    expect(placeholders).toEqual(Object.keys(greeting.substitutions as object).sort());
  });

  test("outputs the integration ids and the engine ids", () => {
    const integrationRef = (prefix: string) => `\${genesyscloud_integration.${Object.keys(integrations).find((id) => id.startsWith(prefix))}.id}`;
    expect(json.output).toEqual({
      telephony_integration_id: {
        value: integrationRef("telephony_"),
        description: "Genesys integration id of the Cartesia Sonic (telephony, 8 kHz) connector.",
      },
      telephony_tts_engine_id: {
        value: `connector-${integrationRef("telephony_")}`,
        description: "TTS engine id Architect flows use for the Cartesia Sonic (telephony, 8 kHz) connector.",
      },
      wideband_integration_id: {
        value: integrationRef("wideband_"),
        description: "Genesys integration id of the Cartesia Sonic (wideband, 16 kHz) connector.",
      },
      wideband_tts_engine_id: {
        value: `connector-${integrationRef("wideband_")}`,
        description: "TTS engine id Architect flows use for the Cartesia Sonic (wideband, 16 kHz) connector.",
      },
    });
  });
});

describe("examples/key-from-token", () => {
  const json: TerraformJson = synthesized["examples/key-from-token"].stacks["key-from-token"];

  test("reads the key from a remote state output, with no variable for it", () => {
    expect(json.data?.terraform_remote_state).toEqual({ secrets: { backend: "local", config: { path: "../../../secrets.tfstate" } } });
    expect(onlyResource(json, "genesyscloud_integration_credential").fields).toEqual({
      "X-Api-Key": `\${data.terraform_remote_state.secrets.outputs.${KEY_OUTPUT}}`,
      "Cartesia-Version": "2026-03-01",
    });
    expect(json.variable).toBeUndefined();
  });
});
