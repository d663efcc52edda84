/**
 * The default app and every example, validated and planned by real terraform with the schema
 * provider: each stack plans exactly the resources its cdk.tf.json declares, all created, with
 * terraform's own counts, and nothing said. (examples/platform-repo is planned by its own test, with
 * the packed package's command, on each engine's app.)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { App } from "cdktf";
import { createApp as createDefaultApp } from "../../../main";
import { createApp as createBasicApp } from "../../../examples/basic/main";
import { createApp as createComposedApp } from "../../../examples/composed-stack/main";
import { createApp as createExistingCredentialApp, CREDENTIAL_NAME } from "../../../examples/existing-credential/main";
import { createApp as createKeyFromTokenApp, KEY_OUTPUT } from "../../../examples/key-from-token/main";
import { createApp as createMultiOrgApp } from "../../../examples/multi-org/main";
import { parseFixtures } from "../../../tools/schema-provider/fixtures";
import type { StackCheck } from "../../../tools/shared/terraform/check-stack";
import { synthApp, type TerraformJson } from "../../support/helpers";
import { checkAll, cleanPlan, describeWithTerraform, SERVED, terraformState, useSchemaProvider } from "../../support/terraform";

const EXAMPLES = path.resolve(__dirname, "..", "..", "..", "examples");

/** Every app, with the counts terraform must plan for each of its stacks. */
const APPS: Record<string, { build: (outdir: string) => App; stacks: Record<string, number> }> = {
  "main.ts": { build: createDefaultApp, stacks: { "cartesia-genesys": 3 } },
  "examples/basic": { build: createBasicApp, stacks: { basic: 3 } },
  // The credential is looked up, not created.
  "examples/existing-credential": { build: createExistingCredentialApp, stacks: { "existing-credential": 2, "credential-by-name": 2 } },
  "examples/multi-org": { build: createMultiOrgApp, stacks: { "cartesia-americas": 3, "cartesia-emea": 3 } },
  // Two connectors sharing one credential, and a flow.
  "examples/composed-stack": { build: createComposedApp, stacks: { "composed-stack": 6 } },
  "examples/key-from-token": { build: createKeyFromTokenApp, stacks: { "key-from-token": 3 } },
};

/** What the remote side holds for the examples that read it: the existing credential, found by the name the plan gives it. */
const FIXTURES = parseFixtures(
  {
    data_sources: {
      genesyscloud_integration_credential: [
        { where: { name: "placeholder-cartesia_credential_name" }, attributes: { id: "credential-from-fixture" } },
        { where: { name: CREDENTIAL_NAME }, attributes: { id: "credential-by-name-from-fixture" } },
      ],
    },
  },
  SERVED,
);

/** key-from-token reads its key from another state, at `../../../secrets.tfstate`: a stand-in with a placeholder. */
const SECRETS_STATE = JSON.stringify(
  terraformState({ outputs: { [KEY_OUTPUT]: { value: "placeholder-from-the-secrets-state", type: "string", sensitive: true } } }),
);

test("every example app with a cdktf.json is planned here, or by the packages tests (platform-repo's two apps, one per engine, and the starter, installed from the packed tarball)", () => {
  const folders = fs.readdirSync(EXAMPLES).filter((f) => fs.existsSync(path.join(EXAMPLES, f, "cdktf.json")));
  expect(folders.sort()).toEqual(
    [
      ...Object.keys(APPS)
        .filter((a) => a.startsWith("examples/"))
        .map((a) => a.slice(9)),
      "platform-repo",
      "platform-repo-cdktn",
      "starter",
    ].sort(),
  );
});

describeWithTerraform("real terraform plans every app", () => {
  const provider = useSchemaProvider(FIXTURES);
  const synthesized = Object.fromEntries(Object.entries(APPS).map(([name, app]) => [name, synthApp(app.build)]));
  const checks: Record<string, StackCheck> = {};

  beforeAll(async () => {
    const stacks = Object.fromEntries(
      Object.entries(synthesized).flatMap(([app, { outdir, stacks }]) =>
        Object.keys(stacks).map((s) => [`${app}:${s}`, { dir: path.join(outdir, "stacks", s) }]),
      ),
    );
    Object.assign(
      checks,
      await checkAll(stacks, {
        provider: provider(),
        showPlan: true,
        perStack: (name) => (name.startsWith("examples/key-from-token:") ? { files: { "../../../secrets.tfstate": SECRETS_STATE } } : {}),
      }),
    );
  }, 120_000);

  describe.each(Object.keys(APPS))("%s", (app) => {
    test.each(Object.keys(APPS[app].stacks))("stack %s: validated and planned, every declared resource to create, nothing said", (stack) => {
      const check = checks[`${app}:${stack}`];
      const add = APPS[app].stacks[stack];
      expect(cleanPlan(check)).toEqual({ ok: true, diagnostics: [], counts: { add, change: 0, destroy: 0, import: 0 } });
      const document = synthesized[app].stacks[stack];
      expect(plannedActions(check)).toEqual(declaredResources(document).map((address) => [address, ["create"]]));
    });
  });

  test("the existing credential's id comes from the data source, answered from a fixture", () => {
    const config = resourceChange(checks["examples/existing-credential:existing-credential"], "genesyscloud_integration_config");
    expect(config.after.credentials).toEqual({ basicAuth: "credential-from-fixture" });
  });

  test("credential-by-name: the credential's id comes from the lookup by name, answered from a fixture", () => {
    const config = resourceChange(checks["examples/existing-credential:credential-by-name"], "genesyscloud_integration_config");
    expect(config.after.credentials).toEqual({ basicAuth: "credential-by-name-from-fixture" });
  });

  test("the key read from another state stays sensitive in the plan", () => {
    const credential = resourceChange(checks["examples/key-from-token:key-from-token"], "genesyscloud_integration_credential");
    expect(credential.after.fields).toEqual({ "Cartesia-Version": "2026-03-01", "X-Api-Key": "placeholder-from-the-secrets-state" });
    expect(credential.after_sensitive).toEqual({ fields: true });
  });

  test("composed-stack: every resource is planned with the aliased provider configuration", () => {
    const plan = checks["examples/composed-stack:composed-stack"].plan as any;
    const keys = new Set((plan.configuration.root_module.resources as any[]).map((r) => r.provider_config_key));
    expect([...keys]).toEqual(["genesyscloud.contact_center"]);
  });

  test("composed-stack: the outputs for ids are planned, known after apply", () => {
    const plan = checks["examples/composed-stack:composed-stack"].plan as any;
    const outputs = Object.entries(plan.output_changes).map(([name, change]: [string, any]) => [name, change.actions, change.after_unknown]);
    expect(outputs.length).toBeGreaterThanOrEqual(2);
    for (const [, actions, unknown] of outputs) expect([actions, unknown]).toEqual([["create"], true]);
  });
});

function declaredResources(document: TerraformJson): string[] {
  return Object.entries(document.resource ?? {})
    .flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`))
    .sort((a, b) => a.localeCompare(b));
}

function plannedActions(check: StackCheck): [string, string[]][] {
  return ((check.plan as any).resource_changes as any[]).map((c): [string, string[]] => [c.address, c.change.actions]).sort(([a], [b]) => a.localeCompare(b));
}

function resourceChange(check: StackCheck, type: string): any {
  const changes = ((check.plan as any).resource_changes as any[]).filter((c) => c.type === type);
  if (changes.length !== 1) throw new Error(`expected one ${type} change, found ${changes.length}`);
  return changes[0].change;
}
