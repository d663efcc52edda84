/**
 * A stack in the credential-by-name mode, planned by real terraform with the schema provider, its
 * lookup answered by a fixture: cdk.tf.json, the plan and the state the plan starts from (the lookup's
 * values, as a refresh writes them) hold the credential's name and id, and no key and no variable. The
 * same connector with `fromVariable` shows where a key would have been.
 */
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector } from "../../../lib";
import { keyShapedIn } from "../../../lib/private/key-hygiene";
import { parseFixtures } from "../../../tools/schema-provider/fixtures";
import type { StackCheck } from "../../../tools/shared/terraform/check-stack";
import { newStack, synthStack, type TerraformJson } from "../../support/helpers";
import { checkAll, cleanPlan, describeWithTerraform, SERVED, useSchemaProvider } from "../../support/terraform";

const NAME = "Cartesia TTS key";
const CREDENTIAL_ID = "c7ed0000-0000-4000-8000-000000000001";
const FIXTURES = parseFixtures(
  { data_sources: { genesyscloud_integration_credential: [{ where: { name: NAME }, attributes: { id: CREDENTIAL_ID } }] } },
  SERVED,
);

function stackWith(apiKey: "by-name" | "variable"): TerraformJson {
  const stack = newStack();
  new CartesiaTtsConnector(stack, "cartesia", {
    apiKey: apiKey === "by-name" ? CartesiaApiKey.fromCredentialName(stack, NAME) : CartesiaApiKey.fromVariable(stack, "cartesia_api_key"),
    model: CartesiaModel.SONIC_3_2026_01_12,
  });
  return synthStack(stack);
}

describeWithTerraform("credential by name, planned by terraform", () => {
  const provider = useSchemaProvider(FIXTURES);
  const documents = { "by-name": stackWith("by-name"), variable: stackWith("variable") };
  let checks: Record<string, StackCheck> = {};
  beforeAll(async () => {
    checks = await checkAll(Object.fromEntries(Object.entries(documents).map(([name, document]) => [name, { document }])), {
      provider: provider(),
      showPlan: true,
    });
  }, 120_000);

  const plan = (name: string) => checks[name].plan as any;
  const plannedTypes = (name: string) => (plan(name).resource_changes as any[]).map((c) => c.type).sort();

  test("it plans cleanly: the integration and its config, the config linking the credential's id from the lookup", () => {
    expect(cleanPlan(checks["by-name"])).toEqual({ ok: true, diagnostics: [], counts: { add: 2, change: 0, destroy: 0, import: 0 } });
    expect(plannedTypes("by-name")).toEqual(["genesyscloud_integration", "genesyscloud_integration_config"]);
    const config = (plan("by-name").resource_changes as any[]).find((c) => c.type === "genesyscloud_integration_config").change;
    expect(config.after.credentials).toEqual({ basicAuth: CREDENTIAL_ID });
  });

  test("no variable and no credential anywhere: cdk.tf.json, the plan, and the state it starts from", () => {
    expect(documents["by-name"].variable).toBeUndefined();
    expect(plan("by-name").variables).toBeUndefined();
    // The lookup's values, as a refresh writes them into state: the name and the id, nothing else.
    const lookups = (plan("by-name").prior_state.values.root_module.resources as any[]).map((r) => [r.mode, r.type, r.values]);
    expect(lookups).toEqual([["data", "genesyscloud_integration_credential", { id: CREDENTIAL_ID, name: NAME }]]);
    expect(keyShapedIn(JSON.stringify(documents["by-name"]) + JSON.stringify(plan("by-name")))).toEqual([]);
  });

  test("the same connector with fromVariable: a variable, and a credential whose fields carry the key into plan and state", () => {
    expect(cleanPlan(checks.variable).ok).toBe(true);
    expect(Object.keys(plan("variable").variables)).toEqual(["cartesia_api_key"]);
    expect(plannedTypes("variable")).toEqual(["genesyscloud_integration", "genesyscloud_integration_config", "genesyscloud_integration_credential"]);
    const credential = (plan("variable").resource_changes as any[]).find((c) => c.type === "genesyscloud_integration_credential").change;
    expect(Object.keys(credential.after.fields)).toEqual(["Cartesia-Version", "X-Api-Key"]);
  });
});
