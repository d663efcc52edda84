/**
 * The state a refresh writes is the provider's reading of the API's answer, not an echo of the code
 * (docs/provider-rules.md): JSON as Go's json.Marshal writes it, so a key the API adds to Properties
 * diffs on every plan, as with the real provider, and `review --plan` names it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { readPlan } from "../../../tools/review/plan-json";
import { reviewPlan } from "../../../tools/review/plan-review";
import { parseFixtures } from "../../../tools/schema-provider/fixtures";
import { startSchemaProvider } from "../../../tools/schema-provider/grpc-server";
import { checkStack } from "../../../tools/shared/terraform/check-stack";
import { appliedId, appliedState } from "../../support/applied-state";
import { PAIR_STACK, synthPair } from "../../support/review-pairs";
import { describeWithTerraform, SERVED, TERRAFORM, terraformState } from "../../support/terraform";

const pair = synthPair("no-change");
const dir = path.join(pair.base, "stacks", PAIR_STACK);
const document = JSON.parse(fs.readFileSync(path.join(dir, "cdk.tf.json"), "utf8"));
const configName = Object.keys(document.resource.genesyscloud_integration_config)[0];
const configId = appliedId("genesyscloud_integration_config", configName);

async function plan(options: { fixtures?: unknown; state?: unknown }): Promise<any> {
  const running = await startSchemaProvider({ served: SERVED, fixtures: options.fixtures ? parseFixtures(options.fixtures, SERVED) : undefined });
  try {
    const check = await checkStack({ name: PAIR_STACK, dir }, { terraform: TERRAFORM!, provider: running, showPlan: true, state: options.state });
    if (!check.ok) throw new Error(JSON.stringify(check.diagnostics));
    return check.plan;
  } finally {
    await running.stop();
  }
}

describeWithTerraform("a refresh writes what the provider writes", () => {
  test("a key the API adds to Properties: refreshed as json.Marshal writes it, planned away on every plan, named by review --plan", async () => {
    const state = terraformState({ resources: appliedState(document, await plan({})) });
    const applied = (state as any).resources.find((r: any) => r.type === "genesyscloud_integration_config").instances[0].attributes;
    // The API's answer: the code's properties, spaced and reordered, with a key Genesys added.
    const answer = { addedByGenesys: "x", ...JSON.parse(applied.properties) };
    const fixtures = { resources: { genesyscloud_integration_config: { [configId]: { properties: JSON.stringify(answer, null, 2) } } } };
    const planned = await plan({ fixtures, state });
    const change = planned.resource_changes.find((c: any) => c.type === "genesyscloud_integration_config").change;
    expect(change.actions).toEqual(["update"]);
    expect(change.before.properties).toBe(JSON.stringify(Object.fromEntries(Object.entries(answer).sort(([a], [b]) => (a < b ? -1 : 1)))));
    const review = reviewPlan(readPlan(planned), PAIR_STACK);
    const added = { key: "properties.addedByGenesys", label: "Property addedByGenesys", category: "integration", style: "code" };
    expect(review.drift).toEqual([{ address: `genesyscloud_integration_config.${configName}`, changes: [{ ...added, after: '"x"' }], reverted: true }]);
    expect(review.diff.changes.map((c) => c.changes)).toEqual([[{ ...added, before: '"x"' }]]);
  }, 60_000);
});
