import { UNKNOWN } from "../../../tools/schema-provider/cty-value";
import { planResourceChange } from "../../../tools/schema-provider/plan";
import { GENESYS_BEHAVIOUR } from "../../../tools/schema-provider/provider-behaviour";
import { PINNED_SCHEMA } from "../../support/validate-helpers";

const resources = PINNED_SCHEMA.provider_schemas["registry.terraform.io/mypurecloud/genesyscloud"].resource_schemas!;
const plan = (type: string, prior: any, proposed: any, config: any) =>
  planResourceChange(resources[type].block!, GENESYS_BEHAVIOUR[type] ?? {}, prior, proposed, config);

const CONFIG = { integration_id: "int-1", name: null, notes: null, properties: '{"a":1}', advanced: null, credentials: { basicAuth: "cred-1" }, id: null };

test('a create: computed attributes left unset are unknown, the rest is the configuration; a default of "" plans as null, as the SDK diffs it', () => {
  const { planned, requiresReplace } = plan("genesyscloud_integration_config", null, CONFIG, CONFIG);
  expect(planned).toEqual({ ...CONFIG, id: UNKNOWN, name: UNKNOWN, advanced: UNKNOWN, notes: null });
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

describe("SDKv2's plan rules (docs/provider-rules.md)", () => {
  const PRIOR = { ...CONFIG, id: "int-1/config", name: "Cartesia", advanced: "{}", notes: "", credentials: null };
  const planned = (prior: any, config: any, proposed: any = config) => plan("genesyscloud_integration_config", prior, proposed, config).planned as any;

  test('"" and null plan alike for a string: either way round, the prior value stays and no diff shows', () => {
    expect(planned({ ...PRIOR, notes: null }, { ...PRIOR, notes: "" }).notes).toBeNull();
    expect(planned({ ...PRIOR, notes: "" }, { ...PRIOR, notes: null }).notes).toBe("");
    expect(planned({ ...PRIOR, notes: "old" }, { ...PRIOR, notes: "" }).notes).toBe("");
  });

  test('a computed string set to "" keeps what the state has; on a create it is unknown', () => {
    expect(planned(PRIOR, { ...PRIOR, name: "" }).name).toBe("Cartesia");
    expect(planned(null, { ...CONFIG, name: "" }).name).toBe(UNKNOWN);
  });

  test("an empty map and null plan alike", () => {
    expect(planned({ ...PRIOR, credentials: null }, { ...PRIOR, credentials: {} }).credentials).toBeNull();
    expect(planned({ ...PRIOR, credentials: {} }, { ...PRIOR, credentials: null }).credentials).toEqual({});
    expect(planned({ ...PRIOR, credentials: { a: "1" } }, { ...PRIOR, credentials: {} }).credentials).toEqual({});
  });

  test("the integration's config block is Optional+Computed: left out, it keeps the prior block; on a create it is known after apply", () => {
    const block = { name: "Cartesia", notes: "", properties: "{}", advanced: "{}", credentials: null };
    const prior = { id: "int-1", integration_type: "genesys-tts-connector", intended_state: "ENABLED", config: [block] };
    const config = { ...prior, id: null, config: [] };
    expect((plan("genesyscloud_integration", prior, { ...prior, config: [] }, config).planned as any).config).toEqual([block]);
    expect((plan("genesyscloud_integration", null, config, config).planned as any).config).toBe(UNKNOWN);
  });

  test("JSON equivalence strips nulls from the configuration's side only, through objects, never inside an array that is a property", () => {
    const properties = (before: string, after: string) => planned({ ...PRIOR, properties: before }, { ...PRIOR, properties: after }).properties;
    expect(properties('{"a":1}', '{"a":1,"b":null}')).toBe('{"a":1}');
    expect(properties('{"o":{"a":1}}', '{"o":{"a":1,"b":null}}')).toBe('{"o":{"a":1}}');
    expect(properties('{"a":1,"b":null}', '{"a":1}')).toBe('{"a":1}');
    expect(properties('{"l":[{"a":1}]}', '{"l":[{"a":1,"b":null}]}')).toBe('{"l":[{"a":1,"b":null}]}');
    expect(properties('{"a":8000}', '{"a":8000.0}')).toBe('{"a":8000}');
    expect(properties('{"a":true}', '{"a":"true"}')).toBe('{"a":"true"}');
  });
});
