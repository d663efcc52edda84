/**
 * The schema provider against the Genesys provider's rules that go beyond its schema
 * (docs/provider-rules.md): ENABLE_STANDALONE_INTEGRATION_CONFIG, and the state a Read writes from the
 * API's answer.
 */
import { decodeMsgpack, encodeMsgpack } from "../../../tools/schema-provider/cty-codec";
import { UNKNOWN } from "../../../tools/schema-provider/cty-value";
import { parseFixtures } from "../../../tools/schema-provider/fixtures";
import { Severity } from "../../../tools/schema-provider/protocol";
import { impliedType, servedProvider } from "../../../tools/schema-provider/schema-model";
import { SchemaProvider } from "../../../tools/schema-provider/schema-provider";
import { PINNED_SCHEMA } from "../../support/validate-helpers";

const SERVED = servedProvider(PINNED_SCHEMA);
const INTEGRATION = "genesyscloud_integration";
const CONFIG = "genesyscloud_integration_config";
const TYPE = (name: string) => impliedType(SERVED.resources[name].block);
const value = (v: any, name: string) => ({ msgpack: encodeMsgpack(v, TYPE(name)) });
const read = (dynamic: any, name: string) => decodeMsgpack(dynamic.msgpack, TYPE(name)) as any;

/** What the API answers: JSON as Genesys returns it (spaced, keys in its own order), an empty credential map. */
const FIXTURES = parseFixtures(
  {
    resources: {
      [CONFIG]: {
        "int-1/config": {
          integration_id: "int-1",
          name: "Cartesia",
          notes: "node_dynamodb_empty_string",
          properties: '{ "voiceUri": "https://x/voices", "a&b": "<x>", "nested": { "z": 1, "y": 8000.0 } }',
          advanced: "{}",
          credentials: {},
        },
      },
      [INTEGRATION]: {
        "int-1": {
          integration_type: "genesys-tts-connector",
          intended_state: "ENABLED",
          config: [{ name: "From the API", notes: "", properties: '{"b": 1, "a": 2}', advanced: "{}", credentials: {} }],
        },
      },
    },
  },
  SERVED,
);

const provider = (standaloneConfig?: boolean) => new SchemaProvider({ served: SERVED, fixtures: FIXTURES, standaloneConfig });

const CONFIG_STATE = {
  id: "int-1/config",
  integration_id: "int-1",
  name: "Cartesia",
  notes: "",
  properties: '{"voiceUri":"https://x/voices"}',
  advanced: "{}",
  credentials: null,
};
const CONFIG_IN_CODE = { ...CONFIG_STATE, id: null };

const ENV_NOT_SET = {
  severity: Severity.ERROR,
  summary: "Environment variable ENABLE_STANDALONE_INTEGRATION_CONFIG not set",
  detail:
    '{"resourceType":"genesyscloud_integration_config","errorMessage":"set environment variable ENABLE_STANDALONE_INTEGRATION_CONFIG to use this resource"}',
};

describe("ENABLE_STANDALONE_INTEGRATION_CONFIG unset: the standalone config fails create, read and update, as the provider does", () => {
  test("a refresh (ReadResource) fails with the provider's own error", () => {
    expect(provider(false).answer("ReadResource", { type_name: CONFIG, current_state: value(CONFIG_STATE, CONFIG) })).toEqual({ diagnostics: [ENV_NOT_SET] });
  });

  test("an import passes the id through, fixture or not, as the passthrough importer does; the Read after it fails", () => {
    const answer = provider(false).answer("ImportResourceState", { type_name: CONFIG, id: "int-9/config" });
    expect((answer.imported_resources as any[]).map((r) => [r.type_name, read(r.state, CONFIG).id])).toEqual([[CONFIG, "int-9/config"]]);
  });

  test("a create plans, with a warning that apply will fail without the variable", () => {
    const answer = provider(false).answer("PlanResourceChange", {
      type_name: CONFIG,
      proposed_new_state: value(CONFIG_IN_CODE, CONFIG),
      config: value(CONFIG_IN_CODE, CONFIG),
    });
    expect(answer.diagnostics).toEqual([
      {
        severity: Severity.WARNING,
        summary: "schema provider: apply will fail: genesyscloud_integration_config needs ENABLE_STANDALONE_INTEGRATION_CONFIG set for the provider",
        detail:
          'The provider creates genesyscloud_integration_config only when ENABLE_STANDALONE_INTEGRATION_CONFIG is set in its environment (any value, even empty); without it, apply fails with "Environment variable ENABLE_STANDALONE_INTEGRATION_CONFIG not set". Set it where terraform apply runs.',
      },
    ]);
    expect(read(answer.planned_state, CONFIG).id).toBe(UNKNOWN);
  });

  test("the integration's config block is read and planned as usual, with nothing said", () => {
    const state = { id: "int-1", integration_type: "genesys-tts-connector", intended_state: "ENABLED", config: [] };
    const refreshed = read(provider(false).answer("ReadResource", { type_name: INTEGRATION, current_state: value(state, INTEGRATION) }).new_state, INTEGRATION);
    expect(refreshed.config).toEqual([{ name: "From the API", notes: "", properties: '{"a":2,"b":1}', advanced: "{}", credentials: null }]);
    const withBlock = { ...state, id: null, config: [{ name: "x", notes: null, properties: "{}", advanced: null, credentials: null }] };
    expect(
      provider(false).answer("PlanResourceChange", {
        type_name: INTEGRATION,
        proposed_new_state: value(withBlock, INTEGRATION),
        config: value(withBlock, INTEGRATION),
      }).diagnostics,
    ).toEqual([]);
  });
});

describe("ENABLE_STANDALONE_INTEGRATION_CONFIG set: the integration's config block is neither sent nor read", () => {
  test("a refresh keeps the state's config block, whatever the API holds", () => {
    const state = { id: "int-1", integration_type: "genesys-tts-connector", intended_state: "DISABLED", config: [] };
    const refreshed = read(provider(true).answer("ReadResource", { type_name: INTEGRATION, current_state: value(state, INTEGRATION) }).new_state, INTEGRATION);
    expect(refreshed).toEqual({ ...state, intended_state: "ENABLED" });
  });

  test("a config block in the code plans, with a warning that it changes nothing", () => {
    const withBlock = {
      id: null,
      integration_type: "genesys-tts-connector",
      intended_state: null,
      config: [{ name: "x", notes: null, properties: "{}", advanced: null, credentials: null }],
    };
    expect(
      provider(true).answer("PlanResourceChange", {
        type_name: INTEGRATION,
        proposed_new_state: value(withBlock, INTEGRATION),
        config: value(withBlock, INTEGRATION),
      }).diagnostics,
    ).toEqual([
      {
        severity: Severity.WARNING,
        summary:
          "schema provider: the config block of genesyscloud_integration is ignored: with ENABLE_STANDALONE_INTEGRATION_CONFIG set, the provider neither sends nor reads it",
        detail:
          "With ENABLE_STANDALONE_INTEGRATION_CONFIG set for the provider, genesyscloud_integration_config manages the integration's config instead; this block changes nothing in Genesys Cloud. Unset it where terraform runs, or move the config to a genesyscloud_integration_config.",
      },
    ]);
  });

  test("the standalone config plans and reads with nothing said; the default is set", () => {
    const answer = provider().answer("PlanResourceChange", {
      type_name: CONFIG,
      proposed_new_state: value(CONFIG_IN_CODE, CONFIG),
      config: value(CONFIG_IN_CODE, CONFIG),
    });
    expect(answer.diagnostics).toEqual([]);
    expect(provider().answer("ReadResource", { type_name: CONFIG, current_state: value(CONFIG_STATE, CONFIG) }).diagnostics).toBeUndefined();
  });
});

describe("the state after a Read is what the provider writes from the API's answer, not an echo of the code", () => {
  test("JSON as Go's json.Marshal writes it: compact, keys sorted at every depth, HTML characters escaped, numbers as float64 prints them; the empty-notes sentinel is empty; an empty credential map is null", () => {
    const refreshed = read(provider().answer("ReadResource", { type_name: CONFIG, current_state: value(CONFIG_STATE, CONFIG) }).new_state, CONFIG);
    expect(refreshed).toEqual({
      ...CONFIG_STATE,
      properties: '{"a\\u0026b":"\\u003cx\\u003e","nested":{"y":8000,"z":1},"voiceUri":"https://x/voices"}',
      credentials: null,
    });
  });

  test("so a key the API adds diffs on every plan, as with the real provider", () => {
    const p = provider();
    const refreshed = read(p.answer("ReadResource", { type_name: CONFIG, current_state: value(CONFIG_STATE, CONFIG) }).new_state, CONFIG);
    const planned = read(
      p.answer("PlanResourceChange", {
        type_name: CONFIG,
        prior_state: value(refreshed, CONFIG),
        proposed_new_state: value(CONFIG_STATE, CONFIG),
        config: value(CONFIG_IN_CODE, CONFIG),
      }).planned_state,
      CONFIG,
    );
    expect([refreshed.properties === planned.properties, planned.properties]).toEqual([false, CONFIG_STATE.properties]);
  });
});
