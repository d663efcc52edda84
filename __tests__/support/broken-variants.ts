/**
 * Broken variants of a real synthesized stack: each breaks it in one way and names every problem the
 * offline validator must report, path and message exactly. The validator's own test runs them
 * (broken-variants.test.ts), and so does the test that puts them through real terraform too
 * (both-checkers.test.ts).
 */
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, IntegrationConfigMode } from "../../lib";
import type { ValidationProblem } from "../../tools/validate/report";
import { newStack, synthStack, type TerraformJson } from "./helpers";
import { defaultStack, onlyName } from "./validate-helpers";

// Variants reach deep into the JSON; typing every level would hide what each row breaks.
export type Doc = Record<string, any>;

/** The default app's stack (standalone config). */
export const standalone = defaultStack();
const I = onlyName(standalone, "genesyscloud_integration");
const C = onlyName(standalone, "genesyscloud_integration_config");
const K = onlyName(standalone, "genesyscloud_integration_credential");
const integrationPath = `$.resource.genesyscloud_integration.${I}`;
const configPath = `$.resource.genesyscloud_integration_config.${C}`;
const credentialPath = `$.resource.genesyscloud_integration_credential.${K}`;

/** The same connector with the config block embedded in the integration (IntegrationConfigMode.EMBEDDED). */
export const embedded = (() => {
  const stack = newStack("embedded");
  new CartesiaTtsConnector(stack, "cartesia", {
    apiKey: CartesiaApiKey.fromVariable(stack, "cartesia_api_key"),
    model: CartesiaModel.SONIC_3_2026_01_12,
    configMode: IntegrationConfigMode.EMBEDDED,
  });
  return synthStack(stack);
})();
const E = onlyName(embedded, "genesyscloud_integration");
const embeddedPath = `$.resource.genesyscloud_integration.${E}`;

const resource = (doc: Doc, type: string, name: string) => doc.resource[type][name];
const integration = (doc: Doc) => resource(doc, "genesyscloud_integration", I);
const config = (doc: Doc) => resource(doc, "genesyscloud_integration_config", C);
const credential = (doc: Doc) => resource(doc, "genesyscloud_integration_credential", K);
const embeddedIntegration = (doc: Doc) => resource(doc, "genesyscloud_integration", E);

/** One way to break a stack, and what the offline validator must say about it. */
export interface Variant {
  readonly base: TerraformJson;
  readonly breakIt: (doc: Doc) => void;
  readonly expected: ValidationProblem[];
}

/** Every broken variant, by name. */
export const VARIANTS: Record<string, Variant> = {
  "misspelt resource type": {
    base: standalone,
    breakIt: (doc) => {
      doc.resource.genesyscloud_integration_credentail = doc.resource.genesyscloud_integration_credential;
      delete doc.resource.genesyscloud_integration_credential;
    },
    expected: [
      {
        path: "$.resource.genesyscloud_integration_credentail",
        message: `unknown resource type "genesyscloud_integration_credentail"; did you mean "genesyscloud_integration_credential"?`,
      },
      { path: `${configPath}.credentials.basicAuth`, message: `reference to undeclared resource genesyscloud_integration_credential.${K}` },
    ],
  },
  "misspelt data-source type": {
    base: standalone,
    breakIt: (doc) => (doc.data = { genesyscloud_integration_credentials: { shared: { name: "Shared Cartesia credential" } } }),
    expected: [
      {
        path: "$.data.genesyscloud_integration_credentials",
        message: `unknown data source type "genesyscloud_integration_credentials"; did you mean "genesyscloud_integration_credential"?`,
      },
    ],
  },
  "attribute the type does not have": {
    base: standalone,
    breakIt: (doc) => (integration(doc).description = "Cartesia"),
    expected: [{ path: `${integrationPath}.description`, message: `unknown attribute or block "description" in genesyscloud_integration` }],
  },
  "misspelt attribute": {
    base: standalone,
    breakIt: (doc) => {
      integration(doc).intended_sate = integration(doc).intended_state;
      delete integration(doc).intended_state;
    },
    expected: [
      {
        path: `${integrationPath}.intended_sate`,
        message: `unknown attribute or block "intended_sate" in genesyscloud_integration; did you mean "intended_state"?`,
      },
    ],
  },
  "missing required attribute": {
    base: standalone,
    breakIt: (doc) => delete config(doc).integration_id,
    expected: [{ path: configPath, message: `missing required attribute "integration_id" in genesyscloud_integration_config` }],
  },
  "read-only attribute set": {
    base: standalone,
    breakIt: (doc) => (doc.resource.genesyscloud_flow = { greeting: { filepath: "greeting.yaml", file_content_hash: "0f3a" } }),
    expected: [
      {
        path: "$.resource.genesyscloud_flow.greeting.file_content_hash",
        message: `"file_content_hash" is read-only in genesyscloud_flow: the provider computes it, so it cannot be set`,
      },
    ],
  },
  "JSON object where the provider wants a JSON string": {
    base: standalone,
    breakIt: (doc) => (config(doc).properties = JSON.parse(config(doc).properties)),
    expected: [{ path: `${configPath}.properties`, message: "wrong type: expected string, got an object" }],
  },
  "list where a map belongs": {
    base: standalone,
    breakIt: (doc) => (credential(doc).fields = [credential(doc).fields]),
    expected: [{ path: `${credentialPath}.fields`, message: "wrong type: expected map of string, got a list of 1" }],
  },
  "map value of the wrong type": {
    base: standalone,
    breakIt: (doc) => (credential(doc).fields["Cartesia-Version"] = ["2026-03-01"]),
    expected: [{ path: `${credentialPath}.fields["Cartesia-Version"]`, message: "wrong type: expected string, got a list of 1" }],
  },
  "bool terraform cannot convert": {
    base: standalone,
    breakIt: (doc) => (doc.provider.genesyscloud[0].sdk_debug = "yes"),
    expected: [{ path: "$.provider.genesyscloud[0].sdk_debug", message: 'wrong type: expected bool, got string "yes"' }],
  },
  "number terraform cannot convert": {
    base: standalone,
    breakIt: (doc) => (doc.provider.genesyscloud[0].token_pool_size = "ten"),
    expected: [{ path: "$.provider.genesyscloud[0].token_pool_size", message: 'wrong type: expected number, got string "ten"' }],
  },
  "two config blocks where max_items is 1": {
    base: embedded,
    breakIt: (doc) => (embeddedIntegration(doc).config = [embeddedIntegration(doc).config, embeddedIntegration(doc).config]),
    expected: [{ path: `${embeddedPath}.config`, message: `too many "config" blocks in genesyscloud_integration: at most 1 allowed, got 2` }],
  },
  "block given as a string": {
    base: embedded,
    breakIt: (doc) => (embeddedIntegration(doc).config = "name=Cartesia"),
    expected: [
      {
        path: `${embeddedPath}.config`,
        message: `wrong type: block "config" of genesyscloud_integration takes an object or a list of objects, got string "name=Cartesia"`,
      },
    ],
  },
  "misspelt attribute inside a nested block": {
    base: embedded,
    breakIt: (doc) => {
      embeddedIntegration(doc).config.nmae = embeddedIntegration(doc).config.name;
      delete embeddedIntegration(doc).config.name;
    },
    expected: [
      { path: `${embeddedPath}.config.nmae`, message: `unknown attribute or block "nmae" in block "config" of genesyscloud_integration; did you mean "name"?` },
    ],
  },
  "two proxy blocks on the provider, where max_items is 1": {
    base: standalone,
    breakIt: (doc) => (doc.provider.genesyscloud[0].proxy = [{ host: "proxy-a.internal" }, { host: "proxy-b.internal" }]),
    expected: [{ path: "$.provider.genesyscloud[0].proxy", message: `too many "proxy" blocks in provider genesyscloud: at most 1 allowed, got 2` }],
  },
  "required attribute missing two blocks deep": {
    base: standalone,
    breakIt: (doc) => (doc.provider.genesyscloud[0].gateway = { path_params: { path_value: "v2" } }),
    expected: [
      {
        path: "$.provider.genesyscloud[0].gateway.path_params",
        message: `missing required attribute "path_name" in block "path_params" of block "gateway" of provider genesyscloud`,
      },
    ],
  },
  "reference to a resource not in the stack": {
    base: standalone,
    breakIt: (doc) => (config(doc).credentials.basicAuth = "${genesyscloud_integration_credential.shared.id}"),
    expected: [{ path: `${configPath}.credentials.basicAuth`, message: "reference to undeclared resource genesyscloud_integration_credential.shared" }],
  },
  "reference to a variable not declared": {
    base: standalone,
    breakIt: (doc) => (credential(doc).fields["X-Api-Key"] = "${var.cartesia_api_kye}"),
    expected: [
      { path: `${credentialPath}.fields["X-Api-Key"]`, message: 'reference to undeclared variable var.cartesia_api_kye; did you mean "cartesia_api_key"?' },
    ],
  },
  "provider alias not declared": {
    base: standalone,
    breakIt: (doc) => (integration(doc).provider = "genesyscloud.org_b"),
    expected: [
      {
        path: `${integrationPath}.provider`,
        message:
          'provider configuration "genesyscloud.org_b" is not declared; add a provider "genesyscloud" block with "alias": "org_b" (declared: genesyscloud)',
      },
    ],
  },
  "attribute the referenced type does not have": {
    base: standalone,
    breakIt: (doc) => (config(doc).integration_id = `\${genesyscloud_integration.${I}.integration_id}`),
    expected: [
      {
        path: `${configPath}.integration_id`,
        message: `reference to genesyscloud_integration.${I}.integration_id: resource type genesyscloud_integration has no attribute "integration_id"`,
      },
    ],
  },
  "reference to a data source not in the stack": {
    base: standalone,
    breakIt: (doc) => (config(doc).credentials.basicAuth = "${data.genesyscloud_integration_credential.shared.id}"),
    expected: [{ path: `${configPath}.credentials.basicAuth`, message: "reference to undeclared data source data.genesyscloud_integration_credential.shared" }],
  },
  "provider missing from required_providers": {
    base: standalone,
    breakIt: (doc) => delete doc.terraform.required_providers.genesyscloud,
    expected: [
      {
        path: "$.terraform.required_providers",
        message:
          'no required_providers entry for "genesyscloud": terraform would install hashicorp/genesyscloud, but genesyscloud_integration comes from mypurecloud/genesyscloud; add "genesyscloud": {"source": "mypurecloud/genesyscloud"}',
      },
    ],
  },
  "provider installed from the wrong source": {
    base: standalone,
    breakIt: (doc) => (doc.terraform.required_providers.genesyscloud.source = "hashicorp/genesyscloud"),
    expected: [
      {
        path: "$.terraform.required_providers.genesyscloud",
        message:
          'provider "genesyscloud" is installed from hashicorp/genesyscloud, but genesyscloud_integration comes from mypurecloud/genesyscloud; set "source": "mypurecloud/genesyscloud"',
      },
    ],
  },
  "sensitive variable in an output not marked sensitive": {
    base: standalone,
    breakIt: (doc) => (doc.output = { api_key: { value: "${var.cartesia_api_key}" } }),
    expected: [
      {
        path: "$.output.api_key.value",
        message: 'output "api_key" shows sensitive values (var.cartesia_api_key); set "sensitive": true, or output something else',
      },
    ],
  },
  "sensitive attribute in an output not marked sensitive": {
    base: standalone,
    breakIt: (doc) => (doc.output = { fields: { value: `\${genesyscloud_integration_credential.${K}.fields}` } }),
    expected: [
      {
        path: "$.output.fields.value",
        message: `output "fields" shows sensitive values (genesyscloud_integration_credential.${K}.fields); set "sensitive": true, or output something else`,
      },
    ],
  },
  "variable default of the wrong type": {
    base: standalone,
    breakIt: (doc) => (doc.variable.cartesia_api_key.default = { key: "sk_car_test_not_a_real_key" }),
    expected: [
      { path: "$.variable.cartesia_api_key.default", message: "wrong type: expected string, got an object" },
      // A key in a default is written into cdk.tf.json: a problem of its own.
      {
        path: "$.variable.cartesia_api_key.default.key",
        message:
          'variable "cartesia_api_key" has a default that holds what looks like a Cartesia API key (sk_car_…(masked, 26 characters)), in plain text in cdk.tf.json; remove the default and set TF_VAR_cartesia_api_key at deploy time',
      },
    ],
  },
  "validation rule without an error message": {
    base: standalone,
    breakIt: (doc) => delete doc.variable.cartesia_api_key.validation[0].error_message,
    expected: [{ path: "$.variable.cartesia_api_key.validation[0]", message: 'missing "error_message" in a validation rule of variable "cartesia_api_key"' }],
  },
  "unterminated expression": {
    base: standalone,
    breakIt: (doc) => (credential(doc).fields["X-Api-Key"] = "${var.cartesia_api_key"),
    expected: [
      { path: `${credentialPath}.fields["X-Api-Key"]`, message: 'unterminated template in string "${var.cartesia_api_key": a "${" or "%{" is never closed' },
    ],
  },
  "for_each given a JSON list": {
    base: standalone,
    breakIt: (doc) => (credential(doc).for_each = ["emea", "americas"]),
    expected: [
      { path: `${credentialPath}.for_each`, message: '"for_each" takes a map or a set of strings; a JSON list is a tuple, so wrap it: "${toset([...])}"' },
    ],
  },
  "count and for_each together": {
    base: standalone,
    breakIt: (doc) => Object.assign(integration(doc), { count: 2, for_each: '${toset(["a", "b"])}' }),
    expected: [{ path: integrationPath, message: '"count" and "for_each" cannot be used together' }],
  },
  "depends_on a resource not in the stack": {
    base: standalone,
    breakIt: (doc) => (config(doc).depends_on = ["genesyscloud_integration.gone"]),
    expected: [{ path: `${configPath}.depends_on[0]`, message: "reference to undeclared resource genesyscloud_integration.gone" }],
  },
  "misspelt lifecycle argument": {
    base: standalone,
    breakIt: (doc) => (integration(doc).lifecycle = { prevent_destory: true }),
    expected: [
      { path: `${integrationPath}.lifecycle.prevent_destory`, message: 'unknown lifecycle argument "prevent_destory"; did you mean "prevent_destroy"?' },
    ],
  },
  "two default configurations of one provider": {
    base: standalone,
    breakIt: (doc) => doc.provider.genesyscloud.push({}),
    expected: [{ path: "$.provider.genesyscloud[1]", message: 'duplicate default configuration for provider "genesyscloud"; give the others an "alias"' }],
  },
  "unknown top-level key": {
    base: standalone,
    breakIt: (doc) => (doc.outputs = {}),
    expected: [{ path: "$.outputs", message: 'unknown top-level key "outputs"; did you mean "output"?' }],
  },
  "remote state without a backend": {
    base: standalone,
    breakIt: (doc) => (doc.data = { terraform_remote_state: { secrets: { config: { path: "../secrets.tfstate" } } } }),
    expected: [{ path: "$.data.terraform_remote_state.secrets", message: 'missing required attribute "backend" in terraform_remote_state' }],
  },
};
