/** References resolve to declarations of the same document, or are reported with the string's path. */
import { docWith, problemsOf, validate } from "../../support/validate-helpers";

const integration = { integration_type: "genesys-tts-connector" };
const credential = { credential_type_name: "userDefined", name: "Cartesia" };

test("a resource reference resolves when the resource is in the stack, and is reported when not", () => {
  const config = (basicAuth: string) =>
    docWith({
      resource: {
        genesyscloud_integration: { tts: integration },
        genesyscloud_integration_credential: { key: credential },
        genesyscloud_integration_config: { tts: { integration_id: "${genesyscloud_integration.tts.id}", credentials: { basicAuth } } },
      },
    });
  expect(problemsOf(config("${genesyscloud_integration_credential.key.id}"))).toEqual([]);
  expect(problemsOf(config("${genesyscloud_integration_credential.x.id}"))).toEqual([
    {
      path: "$.resource.genesyscloud_integration_config.tts.credentials.basicAuth",
      message: "reference to undeclared resource genesyscloud_integration_credential.x",
    },
  ]);
});

test("a variable reference needs its variable, wherever the string is", () => {
  const doc = (variable: Record<string, unknown>) =>
    docWith({
      variable,
      resource: { genesyscloud_integration: { tts: { ...integration, intended_state: "${var.state}" } } },
      output: { state: { value: "${var.y}" } },
    });
  expect(problemsOf(doc({ state: { type: "string" }, y: { type: "string" } }))).toEqual([]);
  expect(problemsOf(doc({ state: { type: "string" } }))).toEqual([{ path: "$.output.state.value", message: "reference to undeclared variable var.y" }]);
});

test("locals and modules resolve to their declarations", () => {
  const doc = docWith({
    locals: { name: "Cartesia" },
    output: { a: { value: "${local.name}" }, b: { value: "${local.nmae}" }, c: { value: "${module.voices.id}" } },
  });
  expect(problemsOf(doc)).toEqual([
    { path: "$.output.b.value", message: 'reference to undeclared local value local.nmae; did you mean "name"?' },
    { path: "$.output.c.value", message: "reference to undeclared module module.voices" },
  ]);
});

test("an aliased provider must be declared; the default one may be implicit", () => {
  const doc = (provider: string) =>
    docWith({ provider: { genesyscloud: [{ alias: "org_a" }] }, resource: { genesyscloud_integration: { tts: { ...integration, provider } } } });
  expect(problemsOf(doc("genesyscloud.org_a"))).toEqual([]);
  expect(problemsOf(doc("genesyscloud"))).toEqual([]);
  expect(problemsOf(doc("genesyscloud.org_c"))).toEqual([
    {
      path: "$.resource.genesyscloud_integration.tts.provider",
      message:
        'provider configuration "genesyscloud.org_c" is not declared; add a provider "genesyscloud" block with "alias": "org_c" (declared: genesyscloud.org_a)',
    },
  ]);
});

test("an attribute read from a resource or data source must exist in its type", () => {
  const doc = (value: string) =>
    docWith({
      resource: { genesyscloud_integration: { tts: integration } },
      data: { genesyscloud_integration_credential: { existing: { name: "Cartesia" } } },
      output: { v: { value } },
    });
  expect(problemsOf(doc("${genesyscloud_integration.tts.intended_state}"))).toEqual([]);
  expect(problemsOf(doc("${genesyscloud_integration.tts.config}"))).toEqual([]); // a nested block is readable too
  expect(problemsOf(doc("${data.genesyscloud_integration_credential.existing.id}"))).toEqual([]);
  expect(problemsOf(doc("${data.genesyscloud_integration_credential.existing.fields}"))).toEqual([
    {
      path: "$.output.v.value",
      message:
        'reference to data.genesyscloud_integration_credential.existing.fields: data source type genesyscloud_integration_credential has no attribute "fields"',
    },
  ]);
  expect(problemsOf(doc("${genesyscloud_integration.tts.intended_sate}"))).toEqual([
    {
      path: "$.output.v.value",
      message:
        'reference to genesyscloud_integration.tts.intended_sate: resource type genesyscloud_integration has no attribute "intended_sate"; did you mean "intended_state"?',
    },
  ]);
});

test("data-source references resolve, and are reported when the data source is missing", () => {
  const doc = (data: Record<string, unknown>) =>
    docWith({
      data,
      resource: {
        genesyscloud_integration_config: {
          tts: { integration_id: "x", credentials: { basicAuth: "${data.genesyscloud_integration_credential.existing.id}" } },
        },
      },
    });
  expect(problemsOf(doc({ genesyscloud_integration_credential: { existing: { name: "Cartesia" } } }))).toEqual([]);
  expect(problemsOf(doc({ genesyscloud_integration_credential: { other: { name: "Cartesia" } } }))).toEqual([
    {
      path: "$.resource.genesyscloud_integration_config.tts.credentials.basicAuth",
      message: "reference to undeclared data source data.genesyscloud_integration_credential.existing",
    },
  ]);
});

test("remote-state outputs resolve through the builtin terraform_remote_state schema", () => {
  const doc = (attribute: string) =>
    docWith({
      data: { terraform_remote_state: { secrets: { backend: "local", config: { path: "../secrets.tfstate" } } } },
      resource: {
        genesyscloud_integration_credential: { key: { ...credential, fields: { "X-Api-Key": `\${data.terraform_remote_state.secrets.${attribute}}` } } },
      },
    });
  const report = validate(doc("outputs.cartesia_api_key"));
  expect(report.problems).toEqual([]);
  expect(report.notChecked).toEqual([]);
  expect(report.checked.dataSources).toBe(1);
  expect(problemsOf(doc("output.cartesia_api_key"))).toEqual([
    {
      path: '$.resource.genesyscloud_integration_credential.key.fields["X-Api-Key"]',
      message:
        'reference to data.terraform_remote_state.secrets.output: data source type terraform_remote_state has no attribute "output"; did you mean "outputs"?',
    },
  ]);
});

test("count instances, function calls and for-expressions are read as references where they are ones", () => {
  const doc = docWith({
    variable: { orgs: { type: "list(string)" } },
    resource: { genesyscloud_integration: { tts: { ...integration, count: 2 } } },
    output: {
      first: { value: "${genesyscloud_integration.tts[0].id}" },
      all: { value: "${[for one_integration in genesyscloud_integration.tts : one_integration.id]}" },
      joined: { value: '${join(",", var.orgs)}' },
      literal: { value: "$${genesyscloud_integration.missing.id}" },
    },
  });
  expect(problemsOf(doc)).toEqual([]);
});

test("depends_on entries resolve to resources, data sources or modules", () => {
  const doc = (dependsOn: string[]) =>
    docWith({
      data: { genesyscloud_integration: { existing: { name: "Other" } } },
      resource: { genesyscloud_integration: { tts: integration, second: { ...integration, depends_on: dependsOn } } },
    });
  expect(problemsOf(doc(["genesyscloud_integration.tts", "data.genesyscloud_integration.existing"]))).toEqual([]);
  expect(problemsOf(doc(["data.genesyscloud_integration.gone", "not an address"]))).toEqual([
    { path: "$.resource.genesyscloud_integration.second.depends_on[0]", message: "reference to undeclared data source data.genesyscloud_integration.gone" },
    {
      path: "$.resource.genesyscloud_integration.second.depends_on[1]",
      message: '"depends_on" entry string "not an address" is not an address such as "genesyscloud_integration.x"',
    },
  ]);
});
