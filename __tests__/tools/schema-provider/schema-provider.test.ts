import { decodeMsgpack, encodeMsgpack } from "../../../tools/schema-provider/cty-codec";
import { UNKNOWN } from "../../../tools/schema-provider/cty-value";
import { parseFixtures } from "../../../tools/schema-provider/fixtures";
import { Severity } from "../../../tools/schema-provider/protocol";
import { impliedType, servedProvider } from "../../../tools/schema-provider/schema-model";
import { SchemaProvider } from "../../../tools/schema-provider/schema-provider";
import { PINNED_SCHEMA } from "../../support/validate-helpers";

const SERVED = servedProvider(PINNED_SCHEMA);
const TYPE = (name: string) => impliedType(SERVED.resources[name].block);
const DATA_TYPE = (name: string) => impliedType(SERVED.dataSources[name].block);
const value = (v: any, name: string) => ({ msgpack: encodeMsgpack(v, TYPE(name)) });
const read = (dynamic: any, name: string) => decodeMsgpack(dynamic.msgpack, TYPE(name));

const FIXTURES = parseFixtures(
  {
    resources: {
      genesyscloud_integration_credential: { "cred-1": { name: "Cartesia credential", credential_type_name: "userDefined" } },
      genesyscloud_integration: { "int-gone": null },
    },
    data_sources: { genesyscloud_integration_credential: [{ where: { name: "Shared" }, attributes: { id: "cred-shared" } }] },
  },
  SERVED,
);

const provider = () => new SchemaProvider({ served: SERVED, fixtures: FIXTURES });

test("GetProviderSchema serves every type of the pinned schema, and GetMetadata lists them", () => {
  const schema = provider().answer("GetProviderSchema", {});
  expect(Object.keys(schema.resource_schemas as object).sort()).toEqual(Object.keys(SERVED.resources).sort());
  expect(Object.keys(schema.data_source_schemas as object).sort()).toEqual(Object.keys(SERVED.dataSources).sort());
  const metadata = provider().answer("GetMetadata", {});
  expect((metadata.resources as any[]).map((r) => r.type_name).sort()).toEqual(Object.keys(SERVED.resources).sort());
});

test("ValidateResourceConfig refuses an intended_state the provider's validator refuses, with the attribute's path", () => {
  const config = { integration_type: "genesys-tts-connector", intended_state: "ENABLE", config: [] };
  expect(provider().answer("ValidateResourceConfig", { type_name: "genesyscloud_integration", config: value(config, "genesyscloud_integration") })).toEqual({
    diagnostics: [
      {
        severity: Severity.ERROR,
        summary: 'expected intended_state to be one of ["ENABLED" "DISABLED"], got ENABLE',
        attribute: { steps: [{ attribute_name: "intended_state" }] },
      },
    ],
  });
  const unknown = { ...config, intended_state: UNKNOWN };
  expect(provider().answer("ValidateResourceConfig", { type_name: "genesyscloud_integration", config: value(unknown, "genesyscloud_integration") })).toEqual({
    diagnostics: [],
  });
});

test("ValidateResourceConfig refuses intended_state DELETED, which the provider's validator dropped in v1.54.0 (docs/provider-rules.md)", () => {
  const config = { integration_type: "genesys-tts-connector", intended_state: "DELETED", config: [] };
  expect(provider().answer("ValidateResourceConfig", { type_name: "genesyscloud_integration", config: value(config, "genesyscloud_integration") })).toEqual({
    diagnostics: [
      {
        severity: Severity.ERROR,
        summary: 'expected intended_state to be one of ["ENABLED" "DISABLED"], got DELETED',
        attribute: { steps: [{ attribute_name: "intended_state" }] },
      },
    ],
  });
});

test("PlanResourceChange plans a create with the id unknown, as the SDK-based provider does, and says it is SDK-based", () => {
  const config = { credential_type_name: "userDefined", name: "c", fields: { "X-Api-Key": "placeholder" } };
  const answer = provider().answer("PlanResourceChange", {
    type_name: "genesyscloud_integration_credential",
    proposed_new_state: value(config, "genesyscloud_integration_credential"),
    config: value(config, "genesyscloud_integration_credential"),
  });
  expect(read(answer.planned_state, "genesyscloud_integration_credential")).toEqual({ ...config, id: UNKNOWN });
  expect(answer.legacy_type_system).toBe(true);
  expect(answer.requires_replace).toEqual([]);
});

test("ApplyResourceChange is refused, and remembered as unanswered", () => {
  const p = provider();
  const answer = p.answer("ApplyResourceChange", { type_name: "genesyscloud_integration" });
  expect(answer.diagnostics).toEqual([
    {
      severity: Severity.ERROR,
      summary:
        "schema provider: cannot answer ApplyResourceChange for genesyscloud_integration: it never applies: it serves the schema so that terraform can validate and plan, and changes nothing anywhere",
    },
  ]);
  expect(p.unanswered).toEqual([
    {
      call: "ApplyResourceChange",
      typeName: "genesyscloud_integration",
      reason: "it never applies: it serves the schema so that terraform can validate and plan, and changes nothing anywhere",
    },
  ]);
});

test("ImportResourceState imports what a fixture holds (the id, as the SDK's passthrough importer) and refuses the rest", () => {
  const p = provider();
  const imported = p.answer("ImportResourceState", { type_name: "genesyscloud_integration_credential", id: "cred-1" }) as any;
  expect(imported.imported_resources).toHaveLength(1);
  expect(read(imported.imported_resources[0].state, "genesyscloud_integration_credential")).toEqual({
    id: "cred-1",
    name: null,
    credential_type_name: null,
    fields: null,
  });
  for (const id of ["cred-2", "int-gone"]) {
    const type = id === "int-gone" ? "genesyscloud_integration" : "genesyscloud_integration_credential";
    expect((p.answer("ImportResourceState", { type_name: type, id }) as any).diagnostics[0].summary).toBe(
      `schema provider: cannot answer ImportResourceState for ${type}: no fixture for ${type} "${id}"`,
    );
  }
  expect(p.unanswered.map((u) => u.call)).toEqual(["ImportResourceState", "ImportResourceState"]);
});

test("ReadResource answers from the fixture; what it leaves out (the credential's fields) keeps the stored value", () => {
  const stored = { id: "cred-1", name: "old name", credential_type_name: "userDefined", fields: { "X-Api-Key": "placeholder" } };
  const answer = provider().answer("ReadResource", {
    type_name: "genesyscloud_integration_credential",
    current_state: value(stored, "genesyscloud_integration_credential"),
  });
  expect(read(answer.new_state, "genesyscloud_integration_credential")).toEqual({ ...stored, name: "Cartesia credential" });
});

test("ReadResource: no fixture reads back the stored object unchanged; a null fixture means deleted remotely", () => {
  const stored = { id: "int-1", integration_type: "genesys-tts-connector", intended_state: "ENABLED", config: [] };
  const unchanged = provider().answer("ReadResource", { type_name: "genesyscloud_integration", current_state: value(stored, "genesyscloud_integration") });
  expect(read(unchanged.new_state, "genesyscloud_integration")).toEqual(stored);
  const gone = provider().answer("ReadResource", {
    type_name: "genesyscloud_integration",
    current_state: value({ ...stored, id: "int-gone" }, "genesyscloud_integration"),
  });
  expect(read(gone.new_state, "genesyscloud_integration")).toBeNull();
});

test("ReadDataSource answers from a fixture, or with placeholders and a warning that says so", () => {
  const type = "genesyscloud_integration_credential";
  const found = provider().answer("ReadDataSource", { type_name: type, config: { msgpack: encodeMsgpack({ name: "Shared" }, DATA_TYPE(type)) } });
  expect(decodeMsgpack((found.state as any).msgpack, DATA_TYPE(type))).toEqual({ name: "Shared", id: "cred-shared" });
  expect(found.diagnostics).toEqual([]);

  const missing = provider().answer("ReadDataSource", { type_name: type, config: { msgpack: encodeMsgpack({ name: "Other" }, DATA_TYPE(type)) } });
  const state = decodeMsgpack((missing.state as any).msgpack, DATA_TYPE(type)) as any;
  expect(state.name).toBe("Other");
  expect(state.id).toMatch(/^placeholder-genesyscloud_integration_credential-[0-9a-f]{12}-id$/);
  expect(missing.diagnostics).toEqual([
    {
      severity: Severity.WARNING,
      summary: 'schema provider: no fixture for data.genesyscloud_integration_credential (name = "Other"): answered with placeholder values',
      detail: 'The schema provider looks nothing up; its computed attributes are placeholders ("placeholder-..."), so the plan does not show the real ids.',
    },
  ]);
});

test("a type the schema does not have is named, for every call that takes one", () => {
  const answer = provider().answer("PlanResourceChange", { type_name: "genesyscloud_user" });
  expect((answer.diagnostics as any[])[0].summary).toBe(
    "schema provider: cannot answer PlanResourceChange for genesyscloud_user: the pinned schema has no such type",
  );
});

test("UpgradeResourceState reads stored JSON into the current schema; the pre-0.12 flatmap it cannot read, and says so", () => {
  const p = provider();
  const json = Buffer.from(JSON.stringify({ id: "cred-1", name: "n", credential_type_name: "userDefined", fields: null }));
  const upgraded = p.answer("UpgradeResourceState", { type_name: "genesyscloud_integration_credential", version: 1, raw_state: { json } });
  expect(read(upgraded.upgraded_state, "genesyscloud_integration_credential")).toEqual({
    id: "cred-1",
    name: "n",
    credential_type_name: "userDefined",
    fields: null,
  });
  const flat = p.answer("UpgradeResourceState", { type_name: "genesyscloud_integration_credential", raw_state: { flatmap: { id: "x" } } });
  expect((flat.diagnostics as any[])[0].summary).toBe(
    "schema provider: cannot answer UpgradeResourceState for genesyscloud_integration_credential: the stored state is in the pre-0.12 flatmap format, which it cannot read",
  );
});
