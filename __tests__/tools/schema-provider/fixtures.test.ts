import { parseFixtures, remoteDataSource, remoteResource } from "../../../tools/schema-provider/fixtures";
import { servedProvider } from "../../../tools/schema-provider/schema-model";
import { PINNED_SCHEMA } from "../../support/validate-helpers";

const SERVED = servedProvider(PINNED_SCHEMA);

const FIXTURES = parseFixtures(
  {
    resources: {
      genesyscloud_integration: {
        "int-1": { integration_type: "genesys-tts-connector", intended_state: "ENABLED", config: [{ name: "Cartesia", properties: "{}" }] },
        "int-gone": null,
      },
    },
    data_sources: {
      genesyscloud_integration_credential: [
        { where: { name: "Shared" }, attributes: { id: "cred-shared" } },
        { where: {}, attributes: { id: "cred-any" } },
      ],
    },
  },
  SERVED,
);

test("a resource is found by type and id, with its values in their schema types; null means deleted remotely", () => {
  expect(remoteResource(FIXTURES, "genesyscloud_integration", "int-1")).toEqual({
    integration_type: "genesys-tts-connector",
    intended_state: "ENABLED",
    config: [{ name: "Cartesia", properties: "{}", notes: null, advanced: null, credentials: null }],
  });
  expect(remoteResource(FIXTURES, "genesyscloud_integration", "int-gone")).toBeNull();
  expect(remoteResource(FIXTURES, "genesyscloud_integration", "int-2")).toBeUndefined();
  expect(remoteResource(FIXTURES, "genesyscloud_integration_credential", "int-1")).toBeUndefined();
  // An id that happens to name an Object.prototype member is still just an id.
  expect(remoteResource(FIXTURES, "genesyscloud_integration", "constructor")).toBeUndefined();
});

test("a data source answers with the first entry whose where-values all equal the configuration's", () => {
  expect(remoteDataSource(FIXTURES, "genesyscloud_integration_credential", { name: "Shared", id: null })).toEqual({ id: "cred-shared" });
  expect(remoteDataSource(FIXTURES, "genesyscloud_integration_credential", { name: "Other", id: null })).toEqual({ id: "cred-any" });
  expect(remoteDataSource(FIXTURES, "genesyscloud_flow", { name: "x" })).toBeUndefined();
});

test.each([
  [{ resource: {} }, 'fixtures: unknown key "resource"; allowed: resources, data_sources'],
  [
    { resources: { genesyscloud_integrations: {} } },
    'fixtures.resources: unknown resource type "genesyscloud_integrations"; the schema has genesyscloud_flow, genesyscloud_integration, genesyscloud_integration_credential, genesyscloud_integration_config',
  ],
  [
    { resources: { genesyscloud_integration: { "int-1": { intended_sate: "ENABLED" } } } },
    'fixtures.resources.genesyscloud_integration["int-1"]: unknown attribute "intended_sate"; allowed: config, id, integration_type, intended_state',
  ],
  [
    { resources: { genesyscloud_integration: { "int-1": { intended_state: 1 } } } },
    'fixtures.resources.genesyscloud_integration["int-1"].intended_state: expected a string, got a number',
  ],
  [{ data_sources: { genesyscloud_flow: {} } }, "fixtures.data_sources.genesyscloud_flow: expected a list of { where, attributes }"],
  [
    { data_sources: { genesyscloud_flow: [{ where: { nmae: "x" } }] } },
    'fixtures.data_sources.genesyscloud_flow[0].where: unknown attribute "nmae"; allowed: id, name, type',
  ],
  [[], "fixtures: expected an object"],
])("a bad fixtures document is refused naming the entry: %j", (json, message) => {
  expect(() => parseFixtures(json, SERVED)).toThrow(message);
});
