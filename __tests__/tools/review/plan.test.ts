/**
 * `review --plan`: plans made by real terraform with the schema provider, read as users' CI reads
 * theirs: drift, imports and keys in state are told as terraform plans them. Without terraform, the usage
 * errors and a plan that is not a plan. The golden pairs' plans (each head against its base's state) are
 * reviewed where they are made, in tools/validate/terraform-review-pairs.test.ts.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { readPlan } from "../../../tools/review/plan-json";
import { reviewPlan } from "../../../tools/review/plan-review";
import { parseFixtures } from "../../../tools/schema-provider/fixtures";
import { checkStack } from "../../../tools/shared/terraform/check-stack";
import { appliedId, appliedState } from "../../support/applied-state";
import { tempDir } from "../../support/helpers";
import { findKeys, TEST_KEYS } from "../../support/leak-guard";
import { PAIR_STACK, synthPair } from "../../support/review-pairs";
import { runTool } from "../../support/run-tool";
import { describeWithTerraform, SERVED, TERRAFORM, terraformState } from "../../support/terraform";
import { startSchemaProvider } from "../../../tools/schema-provider/grpc-server";

const stackDir = (outdir: string) => path.join(outdir, "stacks", PAIR_STACK);
const documentOf = (outdir: string) => JSON.parse(fs.readFileSync(path.join(stackDir(outdir), "cdk.tf.json"), "utf8"));

function writePlan(plan: unknown): string {
  const file = path.join(tempDir("cartesia-plan-"), "plan.json");
  fs.writeFileSync(file, JSON.stringify(plan));
  return file;
}

test("a file that is not a plan's JSON is bad usage, saying what it is instead", async () => {
  const state = writePlan({ format_version: "1.0", terraform_version: "1.11.4", values: { root_module: {} } });
  const result = await runTool(["review", "--plan", state]);
  expect([result.code, result.stderr.split("\n")[0]]).toEqual([
    2,
    `review: --plan: ${state} is not a plan: it has no "resource_changes" or "planned_values" (a state? run "terraform plan -out=plan.tfplan", then "terraform show -json plan.tfplan")`,
  ]);
  const notJson = path.join(tempDir(), "plan.txt");
  fs.writeFileSync(notJson, "Plan: 3 to add");
  expect((await runTool(["review", "--plan", notJson])).stderr).toMatch(/^review: --plan: cannot read ".*plan\.txt": not valid JSON: unexpected token/);
  expect((await runTool(["review", "--plan", path.join(tempDir(), "missing.json")])).stderr).toMatch(/^review: --plan: cannot read ".*missing\.json": ENOENT/);
  expect(() => readPlan([])).toThrow('not terraform\'s JSON: expected the output of "terraform show -json <planfile>" (an object with "format_version")');
});

test("--plan and --base together are bad usage", async () => {
  const result = await runTool(["review", "--plan", "plan.json", "--base", "base.out"]);
  expect([result.code, result.stderr.split("\n")[0]]).toEqual([2, "review: --base: a plan already holds both sides; give --plan or --base, not both"]);
});

describeWithTerraform("review --plan: drift, imports and keys in state", () => {
  const pair = synthPair("no-change");
  const document = documentOf(pair.base);
  const names = {
    integration: Object.keys(document.resource.genesyscloud_integration)[0],
    config: Object.keys(document.resource.genesyscloud_integration_config)[0],
    credential: Object.keys(document.resource.genesyscloud_integration_credential)[0],
  };
  const ids = {
    integration: appliedId("genesyscloud_integration", names.integration),
    config: appliedId("genesyscloud_integration_config", names.config),
    credential: appliedId("genesyscloud_integration_credential", names.credential),
  };
  let created: any;

  async function plan(options: { fixtures?: unknown; state?: unknown; document?: unknown }): Promise<any> {
    const running = await startSchemaProvider({ served: SERVED, fixtures: options.fixtures ? parseFixtures(options.fixtures, SERVED) : undefined });
    try {
      let dir = stackDir(pair.base);
      if (options.document) {
        dir = tempDir();
        fs.writeFileSync(path.join(dir, "cdk.tf.json"), JSON.stringify(options.document));
      }
      const check = await checkStack({ name: PAIR_STACK, dir }, { terraform: TERRAFORM!, provider: running, showPlan: true, state: options.state });
      if (!check.ok) throw new Error(JSON.stringify(check.diagnostics));
      return check.plan;
    } finally {
      await running.stop();
    }
  }

  beforeAll(async () => {
    created = await plan({});
  }, 60_000);

  test("someone changed the model in Genesys Cloud: the drift is told, and that this plan sets it back", async () => {
    const state = terraformState({ resources: appliedState(document, created) });
    const config = (state as any).resources.find((r: any) => r.type === "genesyscloud_integration_config").instances[0].attributes;
    const advanced = JSON.parse(config.advanced);
    advanced.synthesizeBody.model_id = "sonic-latest";
    const fixtures = { resources: { genesyscloud_integration_config: { [ids.config]: { advanced: JSON.stringify(advanced) } } } };
    const drifted = await plan({ fixtures, state });
    const review = reviewPlan(readPlan(drifted), PAIR_STACK);

    expect(review.drift).toEqual([
      {
        address: `genesyscloud_integration_config.${names.config}`,
        reverted: true,
        changes: [
          {
            key: "advanced.synthesizeBody.model_id",
            label: "Model",
            category: "integration",
            style: "code",
            before: '"sonic-3-2026-01-12"',
            after: '"sonic-latest"',
          },
        ],
      },
    ]);
    // Against what Genesys holds now, the plan puts the pinned snapshot back.
    expect(review.diff.changes[0].changes.map((c) => [c.label, c.before, c.after])).toEqual([["Model", '"sonic-latest"', '"sonic-3-2026-01-12"']]);
    const markdown = (await runTool(["review", "--plan", writePlan(drifted)])).lines;
    expect(markdown).toContain("### Changed outside terraform (drift)");
    expect(markdown).toContain(`\`genesyscloud_integration_config.${names.config}\`: this plan sets it back.`);
    expect(markdown).toContain('| Model | `"sonic-3-2026-01-12"` | `"sonic-latest"` |');
  });

  test("import blocks adopt what exists: told per resource, with what the plan then changes", async () => {
    const importing = structuredClone(document);
    importing.import = [
      { to: `genesyscloud_integration.${names.integration}`, id: "int-existing" },
      { to: `genesyscloud_integration_config.${names.config}`, id: "int-existing/config" },
      { to: `genesyscloud_integration_credential.${names.credential}`, id: "cred-existing" },
    ];
    const config = document.resource.genesyscloud_integration_config[names.config];
    const fixtures = {
      resources: {
        genesyscloud_integration: { "int-existing": { integration_type: "genesys-tts-connector", intended_state: "DISABLED", config: [] } },
        genesyscloud_integration_config: {
          "int-existing/config": {
            integration_id: "int-existing",
            name: config.name,
            notes: "",
            properties: config.properties,
            advanced: config.advanced,
            credentials: { basicAuth: "cred-existing" },
          },
        },
        genesyscloud_integration_credential: { "cred-existing": { name: "Genesys TTS Connector: Cartesia credential", credential_type_name: "userDefined" } },
      },
    };
    const review = reviewPlan(readPlan(await plan({ fixtures, document: importing })), PAIR_STACK);
    expect(review.counts).toEqual({ add: 0, change: 2, destroy: 0, import: 3 });
    const [change] = review.diff.changes;
    expect(change.findings.filter((f) => f.code === "imported").map((f) => f.message)).toEqual([
      'Terraform imports the existing genesyscloud_integration "int-existing" into its state (an import block).',
      'Terraform imports the existing genesyscloud_integration_config "int-existing/config" into its state (an import block).',
      'Terraform imports the existing genesyscloud_integration_credential "cred-existing" into its state (an import block).',
    ]);
    // The provider never reads the credential's fields back: an import always sets them.
    expect(change.changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ["Intended state", '"DISABLED"', '"ENABLED"'],
      ["Cartesia version (credential field Cartesia-Version)", undefined, "sensitive in the plan (hidden)"],
      ["API key (credential field X-Api-Key)", undefined, "sensitive in the plan (hidden)"],
    ]);
  });

  test("a key held in state never reaches the review's output, in either format", async () => {
    const resources = appliedState(document, created).map((r) =>
      r.type === "genesyscloud_integration_credential"
        ? { ...r, attributes: { ...r.attributes, fields: { ...(r.attributes.fields as object), "X-Api-Key": TEST_KEYS[0] } } }
        : r,
    );
    const file = writePlan(await plan({ state: terraformState({ resources }) }));
    expect(fs.readFileSync(file, "utf8")).toContain(TEST_KEYS[0]);
    for (const format of ["markdown", "json"]) {
      const result = await runTool(["review", "--plan", file, "--format", format]);
      expect([format, result.code, findKeys(result.stdout + result.stderr)]).toEqual([format, 0, []]);
    }
  });
});
