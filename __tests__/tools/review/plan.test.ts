/**
 * `review --plan`: plans made by real terraform with the schema provider, read as users' CI reads
 * theirs. On every golden pair the plan of the head against the base's state reads as the base/head
 * review reads the pair; drift, imports, replacements and sensitive values are told as terraform
 * plans them. Without terraform, the usage errors and a plan that is not a plan.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { readPlan } from "../../../tools/review/plan-json";
import { reviewPlan, type PlanReview } from "../../../tools/review/plan-review";
import { readSynthesizedStacks } from "../../../tools/shared/synthesized-connectors";
import { diffSummaries } from "../../../tools/review/diff";
import { summarize } from "../../../tools/review/summarize";
import { parseFixtures } from "../../../tools/schema-provider/fixtures";
import { checkStack } from "../../../tools/shared/terraform/check-stack";
import { appliedId, appliedState } from "../../support/applied-state";
import { tempDir } from "../../support/helpers";
import { findKeys, TEST_KEYS } from "../../support/leak-guard";
import { IMPORTED_FIXTURES, PAIR_STACK, REVIEW_PAIRS, synthPair } from "../../support/review-pairs";
import { runTool } from "../../support/run-tool";
import { checkAll, describeWithTerraform, SERVED, TERRAFORM, terraformState, useSchemaProvider } from "../../support/terraform";
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

describeWithTerraform("review --plan on plans terraform made", () => {
  const provider = useSchemaProvider(parseFixtures(IMPORTED_FIXTURES, SERVED));
  const pairs = Object.fromEntries(Object.keys(REVIEW_PAIRS).map((name) => [name, synthPair(name)]));
  const plans: Record<string, unknown> = {};

  beforeAll(async () => {
    // Most pairs share a base: each distinct one is planned once.
    const digest = (outdir: string) =>
      createHash("sha256")
        .update(fs.readFileSync(path.join(stackDir(outdir), "cdk.tf.json")))
        .digest("hex");
    const distinct = Object.fromEntries(Object.values(pairs).map(({ base }) => [digest(base), { dir: stackDir(base) }]));
    const bases = await checkAll(distinct, { provider: provider(), showPlan: true });
    const heads = await checkAll(Object.fromEntries(Object.entries(pairs).map(([name, { head }]) => [name, { dir: stackDir(head) }])), {
      provider: provider(),
      showPlan: true,
      perStack: (name) => ({ state: terraformState({ resources: appliedState(documentOf(pairs[name].base), bases[digest(pairs[name].base)].plan) }) }),
    });
    for (const [name, check] of Object.entries(heads)) {
      if (!check.ok) throw new Error(`the plan of ${name} failed: ${JSON.stringify(check.diagnostics)}`);
      plans[name] = check.plan;
    }
  }, 120_000);

  const reviewed = (name: string): PlanReview => reviewPlan(readPlan(plans[name]), PAIR_STACK);

  test.each(Object.keys(REVIEW_PAIRS))("%s: the plan reads as the base/head review reads the pair", (name) => {
    const viaPlan = reviewed(name).diff;
    const viaBase = diffSummaries(summarize(readSynthesizedStacks(pairs[name].base)), summarize(readSynthesizedStacks(pairs[name].head)));
    // A plan also knows the provider's defaults: an added standalone config plans notes "" (the provider sends "" for unset notes).
    // An imported connector: the plan read what exists, so it lists only what differs, where --base lists every setting.
    const shape = (d: typeof viaPlan, plan: boolean) =>
      d.changes.map((c) => [
        c.kind,
        c.address,
        c.baseAddress,
        c.kind === "imported" ? [] : c.changes.filter((s) => !(plan && c.kind === "added" && s.label === "Notes")).map((s) => s.label),
      ]);
    expect(shape(viaPlan, true)).toEqual(shape(viaBase, false));
    viaPlan.changes.forEach((c, i) => {
      if (c.kind === "imported") expect(viaBase.changes[i].changes.map((s) => s.label)).toEqual(expect.arrayContaining(c.changes.map((s) => s.label)));
    });
    expect(viaPlan.unchanged.map((u) => u.address)).toEqual(viaBase.unchanged.map((u) => u.address));
    // What only the plan knows is added: same-path-new-logical-id's config is replaced too (a warning, not a risk), and
    // adopting an integration renames it (the plan read its name in Genesys; --base cannot know it).
    const risky = (d: typeof viaPlan) =>
      d.changes.flatMap((c) => c.findings.filter((f) => f.severity === "risky" && !(c.kind === "imported" && f.code === "renamed")).map((f) => f.code));
    expect(risky(viaPlan)).toEqual(risky(viaBase));
  });

  test("a key rotation: the credential updated in place, the key's change said without showing either value", () => {
    const review = reviewed("key-rotation");
    expect(review.counts).toEqual({ add: 0, change: 1, destroy: 0, import: 0 });
    const [change] = review.diff.changes;
    expect(change.changes).toEqual([
      {
        key: "credential.fields.X-Api-Key",
        label: "API key (credential field X-Api-Key)",
        category: "credential",
        style: "text",
        before: "sensitive in the plan (hidden)",
        after: "another value (sensitive, hidden)",
      },
    ]);
    expect(review.actions[change.address].map((a) => [a.address.split(".")[0], a.action])).toEqual([
      ["genesyscloud_integration", "no-op"],
      ["genesyscloud_integration_config", "no-op"],
      ["genesyscloud_integration_credential", "update"],
    ]);
  });

  test("an adopted connector: what the first apply changes in what exists, and what it imports and creates", () => {
    const review = reviewed("connector-imported");
    expect(review.counts).toEqual({ add: 0, change: 2, destroy: 0, import: 3 });
    const [change] = review.diff.changes;
    expect([change.kind, change.headline]).toEqual([
      "imported",
      "Imported: terraform adopts the existing integration 3a1f5c2e-7b4d-4e8a-9f10-2c6d8e0b1a57 and updates it in place where it differs; it creates nothing.",
    ]);
    // Pretty-printed properties in Genesys are the same JSON: no row.
    expect(change.changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ["Integration name", '"Cartesia (set up by hand)"', '"Cartesia wideband"'],
      ["Model", '"sonic-latest"', '"sonic-3-2026-01-12"'],
      ["Credential name", '"Cartesia (set up by hand) credential"', '"Cartesia wideband credential"'],
      ["Cartesia version (credential field Cartesia-Version)", undefined, "sensitive in the plan (hidden)"],
      ["API key (credential field X-Api-Key)", undefined, "sensitive in the plan (hidden)"],
    ]);
    expect(review.head.stacks[0].connectors[0].imported).toEqual({
      integrationId: "3a1f5c2e-7b4d-4e8a-9f10-2c6d8e0b1a57",
      configId: "3a1f5c2e-7b4d-4e8a-9f10-2c6d8e0b1a57/config",
      credentialId: "9b2e4c6a-1d3f-4a5b-8c7d-0e1f2a3b4c5d",
    });
    expect(change.findings.find((f) => f.code === "renamed")?.severity).toBe("risky");
    const created = reviewed("connector-imported-new-credential").diff.changes[0];
    expect(created.headline).toMatch(/; it creates genesyscloud_integration_credential\.cartesia_credential_8C703FCA\.$/);
  });

  test("terraform's replacement of a config (a hand-renamed integration) is a warning of its own, with terraform's reason", () => {
    const [change] = reviewed("same-path-new-logical-id").diff.changes;
    expect(change.findings.map((f) => `${f.severity}:${f.code}`)).toEqual(["risky:address-changed", "warning:resource-replaced"]);
    expect(change.findings[1].message).toBe(
      "Terraform replaces genesyscloud_integration_config.cartesia_config_EC62C9DB (destroys it, then creates it: replace_because_cannot_update): between the two steps the connector has no config.",
    );
  });

  test("the command: Markdown with terraform's counts and actions; JSON for machines; --fail-on risky exits 1 on a risky plan", async () => {
    const file = writePlan(plans["disable"]);
    const markdown = await runTool(["review", "--plan", file]);
    expect(markdown.code).toBe(0);
    expect(markdown.lines.slice(0, 8)).toEqual([
      "<!-- cartesia-genesys-review -->",
      "## Cartesia TTS connectors: terraform plan",
      "",
      expect.stringMatching(/^`plan\.json` \(terraform \d+\.\d+\.\d+\)\. Plan: 0 to add, 1 to change, 0 to destroy\.$/),
      "",
      "1 changed, 0 moved, 0 replaced, 0 added, 0 removed, 0 unchanged; 0 resources changed outside terraform: **1 risky change**, 0 warnings.",
      "",
      "### `plan.json` / Genesys TTS Connector: Cartesia: changed",
    ]);
    expect(markdown.lines).toContain("- `genesyscloud_integration.cartesia_integration_F52D01A3`: update in place");
    expect(markdown.lines).toContain('| Intended state | `"ENABLED"` | `"DISABLED"` |');

    const json = JSON.parse((await runTool(["review", "--plan", file, "--format", "json"])).stdout);
    expect(json.mode).toBe("plan");
    expect(json.plan.counts).toEqual({ add: 0, change: 1, destroy: 0, import: 0 });
    expect(json.counts).toEqual({ risky: 1, warning: 0, info: 0 });
    expect(json.changes[0].terraform[0]).toEqual({ address: "genesyscloud_integration.cartesia_integration_F52D01A3", action: "update" });

    expect((await runTool(["review", "--plan", file, "--fail-on", "risky"])).code).toBe(1);
    expect((await runTool(["review", "--plan", writePlan(plans["model-snapshot-upgrade"]), "--fail-on", "risky"])).code).toBe(0);
  });
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
    const review = reviewPlan(readPlan(await plan({ fixtures, state })), PAIR_STACK);

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
    const markdown = (await runTool(["review", "--plan", writePlan(await plan({ fixtures, state }))])).lines;
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
