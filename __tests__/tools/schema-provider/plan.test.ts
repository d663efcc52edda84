import { UNKNOWN } from "../../../tools/schema-provider/cty-value";
import { planResourceChange } from "../../../tools/schema-provider/plan";
import { GENESYS_BEHAVIOUR } from "../../../tools/schema-provider/provider-behaviour";
import { PINNED_SCHEMA } from "../../support/validate-helpers";

const resources = PINNED_SCHEMA.provider_schemas["registry.terraform.io/mypurecloud/genesyscloud"].resource_schemas!;
const plan = (type: string, prior: any, proposed: any, config: any) =>
  planResourceChange(resources[type].block!, GENESYS_BEHAVIOUR[type] ?? {}, prior, proposed, config);

const CONFIG = { integration_id: "int-1", name: null, notes: null, properties: '{"a":1}', advanced: null, credentials: { basicAuth: "cred-1" }, id: null };

test("a create: computed attributes left unset are unknown, defaults are filled in, the rest is the configuration", () => {
  const { planned, requiresReplace } = plan("genesyscloud_integration_config", null, CONFIG, CONFIG);
  expect(planned).toEqual({ ...CONFIG, id: UNKNOWN, name: UNKNOWN, advanced: UNKNOWN, notes: "" });
  expect(requiresReplace).toEqual([]);
});

test("the integration's intended_state defaults to DISABLED, as in the provider", () => {
  const config = { id: null, integration_type: "genesys-tts-connector", intended_state: null, config: [] };
  expect(plan("genesyscloud_integration", null, config, config).planned).toMatchObject({ id: UNKNOWN, intended_state: "DISABLED" });
});

test("an update keeps what the prior state computed (Terraform's proposal carries it)", () => {
  const prior = { ...CONFIG, id: "int-1/config", name: "Cartesia", advanced: "{}", notes: "" };
  const proposed = { ...prior, credentials: { basicAuth: "cred-2" } };
  const config = { ...CONFIG, credentials: { basicAuth: "cred-2" } };
  expect(plan("genesyscloud_integration_config", prior, proposed, config)).toEqual({ planned: proposed, requiresReplace: [] });
});

test("JSON compared by meaning: an equivalent new text keeps the old one, a different one does not", () => {
  const prior = { ...CONFIG, id: "int-1/config", name: "Cartesia", advanced: "{}", notes: "", properties: '{ "a": 1.0 }' };
  const same = { ...prior, properties: '{"a":1}' };
  expect((plan("genesyscloud_integration_config", prior, same, same).planned as any).properties).toBe('{ "a": 1.0 }');
  const different = { ...prior, properties: '{"a":2}' };
  expect((plan("genesyscloud_integration_config", prior, different, different).planned as any).properties).toBe('{"a":2}');
});

test("the embedded config block's JSON is compared by meaning too, block by block", () => {
  const block = { name: "Cartesia", notes: null, properties: '{"b":[1,2]}', advanced: "{}", credentials: null };
  const prior = { id: "int-1", integration_type: "genesys-tts-connector", intended_state: "ENABLED", config: [{ ...block, properties: '{"b": [1, 2]}' }] };
  const proposed = { ...prior, config: [block] };
  expect((plan("genesyscloud_integration", prior, proposed, proposed).planned as any).config[0].properties).toBe('{"b": [1, 2]}');
});

test("a new nested block in an update is planned as created: its computed attributes unknown", () => {
  const prior = { id: "int-1", integration_type: "genesys-tts-connector", intended_state: "ENABLED", config: [] };
  const block = { name: null, notes: null, properties: null, advanced: null, credentials: null };
  const proposed = { ...prior, config: [block] };
  expect((plan("genesyscloud_integration", prior, proposed, proposed).planned as any).config).toEqual([
    { ...block, name: UNKNOWN, properties: UNKNOWN, advanced: UNKNOWN },
  ]);
});

test("a changed integration_id (ForceNew) asks for a replacement, also when the new id is not known yet", () => {
  const prior = { ...CONFIG, id: "int-1/config", name: "Cartesia", advanced: "{}", notes: "" };
  const moved = { ...prior, integration_id: "int-2" };
  expect(plan("genesyscloud_integration_config", prior, moved, moved).requiresReplace).toEqual(["integration_id"]);
  const unknown = { ...prior, integration_id: UNKNOWN };
  expect(plan("genesyscloud_integration_config", prior, unknown, unknown).requiresReplace).toEqual(["integration_id"]);
});

test("a destroy plans null", () => {
  expect(plan("genesyscloud_integration_config", { ...CONFIG, id: "x" }, null, null)).toEqual({ planned: null, requiresReplace: [] });
});
