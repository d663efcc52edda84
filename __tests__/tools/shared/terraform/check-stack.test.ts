/**
 * One stack through real terraform with the schema provider: the default app plans its three
 * resources, the user's cdktf.out and state are never touched, the plan holds only placeholders,
 * and what goes wrong before the plan is reported as terraform says it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { createApp } from "../../../../main";
import { checkStack } from "../../../../tools/shared/terraform/check-stack";
import { synthApp } from "../../../support/helpers";
import { checkAll, cleanPlan, describeWithTerraform, diagnosticLine, TERRAFORM, useSchemaProvider } from "../../../support/terraform";
import { copyOf, defaultStack } from "../../../support/validate-helpers";

describeWithTerraform("checkStack", () => {
  const provider = useSchemaProvider();

  test("the default app: init, validate and plan pass, 3 to add, the key variable given a placeholder", async () => {
    const { outdir } = synthApp((dir) => createApp(dir));
    const stackDir = path.join(outdir, "stacks", "cartesia-genesys");
    const listing = () => fs.readdirSync(outdir, { recursive: true }).map(String).sort();
    const before = listing();

    const check = await checkStack({ name: "cartesia-genesys", dir: stackDir }, { terraform: TERRAFORM!, provider: provider(), showPlan: true });

    expect(check.stages.map((s) => [s.stage, s.ok])).toEqual([
      ["init", true],
      ["validate", true],
      ["plan", true],
      ["show", true],
    ]);
    expect(cleanPlan(check)).toEqual({ ok: true, diagnostics: [], counts: { add: 3, change: 0, destroy: 0, import: 0 } });
    expect(check.placeholders).toEqual(["cartesia_api_key"]);
    // Nothing was written beside the user's files: no .terraform, no lock file, no state where the backend points.
    expect(listing()).toEqual(before);
    expect(fs.existsSync(path.resolve(stackDir, "../../../terraform.cartesia-genesys.tfstate"))).toBe(false);

    const plan = check.plan as any;
    expect(plan.variables).toEqual({ cartesia_api_key: { value: "placeholder-cartesia_api_key" } });
    const credential = plan.resource_changes.find((c: any) => c.type === "genesyscloud_integration_credential");
    expect(credential.change.actions).toEqual(["create"]);
    expect(credential.change.after.fields).toEqual({ "Cartesia-Version": "2026-03-01", "X-Api-Key": "placeholder-cartesia_api_key" });
    expect(credential.change.after_sensitive).toEqual({ fields: true });
    const config = plan.resource_changes.find((c: any) => c.type === "genesyscloud_integration_config");
    expect(config.change.after_unknown).toEqual({ credentials: { basicAuth: true }, id: true, integration_id: true });
    // The provider's default of "" plans as null on a create (docs/provider-rules.md, rule 6).
    expect(config.change.after.notes).toBeNull();
  });

  test("what fails before the plan is told as terraform tells it: a provider that cannot be installed, a bad block", async () => {
    const withNull = copyOf(defaultStack()) as any;
    withNull.terraform.required_providers.null = { source: "hashicorp/null" };
    withNull.resource.null_resource = { x: {} };
    const badBlock = copyOf(defaultStack()) as any;
    badBlock.resource.genesyscloud_integration.cartesia_integration_F52D01A3.lifecycle = { prevent_destroy: '${var.cartesia_api_key == ""}' };
    const checks = await checkAll({ withNull: { document: withNull }, badBlock: { document: badBlock } }, { provider: provider() });

    expect(checks.withNull.ok).toBe(false);
    expect(checks.withNull.stages.map((s) => [s.stage, s.ok])).toEqual([["init", false]]);
    expect(checks.withNull.diagnostics.map((d) => [d.stage, d.summary])).toEqual([["init", "Failed to query available provider packages"]]);
    expect(checks.withNull.diagnostics[0].detail).toContain("provider registry.terraform.io/hashicorp/null was not found in any of the search locations");

    expect(checks.badBlock.ok).toBe(false);
    expect(checks.badBlock.counts).toBeUndefined();
    // Terraform reads the configuration at init; its preface to the errors ("Terraform encountered problems...") is left out.
    expect(checks.badBlock.diagnostics.map(diagnosticLine)).toEqual(["init error cdk.tf.json:27: Unsuitable value type"]);
    expect(checks.badBlock.diagnostics[0].detail).toBe("Unsuitable value: a bool is required");
  });
});
