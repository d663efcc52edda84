/**
 * Both checkers on the same broken stacks: the offline validator (`tools/validate`) and real terraform
 * with the schema provider. Every variant of the validator's own table (support/broken-variants.ts),
 * and variants only terraform can catch: what lives inside `${...}`, sensitivity through a local, moved
 * blocks, the key variable's validation, the provider's own validators. For each, what terraform says
 * is asserted (stage and summary of each error), and the README's table of which rule is whose is
 * checked against what the two checkers actually did.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { StackCheck } from "../../../tools/shared/terraform/check-stack";
import { type Doc, standalone, VARIANTS } from "../../support/broken-variants";
import { checkAll, describeWithTerraform, useSchemaProvider } from "../../support/terraform";
import { copyOf, onlyName, problemsOf } from "../../support/validate-helpers";

const I = onlyName(standalone, "genesyscloud_integration");
const C = onlyName(standalone, "genesyscloud_integration_config");
const K = onlyName(standalone, "genesyscloud_integration_credential");
const integration = (doc: Doc) => doc.resource.genesyscloud_integration[I];
const config = (doc: Doc) => doc.resource.genesyscloud_integration_config[C];
const credential = (doc: Doc) => doc.resource.genesyscloud_integration_credential[K];
const keyVariable = (doc: Doc) => doc.variable.cartesia_api_key;

/** Breakages the offline validator lets through (it does not evaluate expressions, moves or the provider's own rules). */
const TERRAFORM_ONLY: Record<string, (doc: Doc) => void> = {
  "unknown function inside ${...}": (doc) => (credential(doc).fields["X-Api-Key"] = "${trimspace2(var.cartesia_api_key)}"),
  "function called with too many arguments": (doc) => (config(doc).name = '${upper("Cartesia", "Sonic")}'),
  "index into a string": (doc) => (config(doc).name = "${var.cartesia_api_key[0]}"),
  "function that fails on its argument": (doc) => (config(doc).properties = '${jsonencode(jsondecode("{not json"))}'),
  "sensitive value through a local into an unmarked output": (doc) => {
    doc.locals = { key: "${var.cartesia_api_key}" };
    doc.output = { key: { value: "${local.key}" } };
  },
  "resource that refers to itself": (doc) => (config(doc).name = `\${genesyscloud_integration_config.${C}.id}`),
  "two resources that refer to each other": (doc) =>
    (integration(doc).intended_state = `\${genesyscloud_integration_config.${C}.name == "" ? "DISABLED" : "ENABLED"}`),
  "moved block from an address still declared": (doc) => (doc.moved = [{ from: `genesyscloud_integration_config.${C}`, to: `genesyscloud_integration.${I}` }]),
  "moved block to its own address": (doc) => (doc.moved = [{ from: `genesyscloud_integration.${I}`, to: `genesyscloud_integration.${I}` }]),
  "moved blocks in a cycle": (doc) =>
    (doc.moved = [
      { from: "genesyscloud_integration.a", to: "genesyscloud_integration.b" },
      { from: "genesyscloud_integration.b", to: "genesyscloud_integration.a" },
    ]),
  "import block for a resource not declared": (doc) => (doc.import = [{ to: "genesyscloud_integration.gone", id: "0f3a" }]),
  "key variable whose default fails its own validation": (doc) => (keyVariable(doc).default = ""),
  "key variable validation that never tests the value": (doc) => (keyVariable(doc).validation[0].condition = "${true}"),
};

/**
 * The provider's own validators, which both checkers restate from one table (provider-behaviour.ts):
 * what each offline problem says, at which path. `DELETED` was allowed before provider v1.54.0.
 */
const PROVIDER_VALIDATORS: Record<string, { breakIt: (doc: Doc) => void; offline: string[] }> = {
  "intended_state the provider refuses": {
    breakIt: (doc) => (integration(doc).intended_state = "ENABLE"),
    offline: [
      `$.resource.genesyscloud_integration.${I}.intended_state: "intended_state" of genesyscloud_integration must be one of "ENABLED", "DISABLED" (the provider's own validator), got "ENABLE"`,
    ],
  },
  "intended_state DELETED, which the provider refuses since v1.54.0": {
    breakIt: (doc) => (integration(doc).intended_state = "DELETED"),
    offline: [
      `$.resource.genesyscloud_integration.${I}.intended_state: "intended_state" of genesyscloud_integration must be one of "ENABLED", "DISABLED" (the provider's own validator), got "DELETED"`,
    ],
  },
};

/** What terraform says, as `stage: summary` of each error: for every variant of both tables. */
const TERRAFORM_SAYS: Record<string, string[]> = {
  // The validator's own variants.
  "misspelt resource type": ["validate: Reference to undeclared resource", "validate: Invalid resource type"],
  "misspelt data-source type": ["validate: Invalid data source"],
  "attribute the type does not have": ["validate: Extraneous JSON object property"],
  "misspelt attribute": ["validate: Extraneous JSON object property"],
  "missing required attribute": ["validate: Missing required argument"],
  "read-only attribute set": ["validate: Computed attributes cannot be set"],
  "JSON object where the provider wants a JSON string": ["validate: Incorrect attribute value type"],
  "list where a map belongs": ["validate: Incorrect attribute value type"],
  "map value of the wrong type": ["validate: Incorrect attribute value type"],
  "bool terraform cannot convert": ["validate: Incorrect attribute value type"],
  "number terraform cannot convert": ["validate: Incorrect attribute value type"],
  "two config blocks where max_items is 1": ["validate: Too many config blocks"],
  "block given as a string": ["validate: Incorrect JSON value type"],
  "misspelt attribute inside a nested block": ["validate: Extraneous JSON object property"],
  "two proxy blocks on the provider, where max_items is 1": ["validate: Too many proxy blocks"],
  "required attribute missing two blocks deep": ["validate: Missing required argument"],
  "reference to a resource not in the stack": ["validate: Reference to undeclared resource"],
  "reference to a variable not declared": ["validate: Reference to undeclared input variable"],
  "provider alias not declared": ["validate: Provider configuration not present"],
  "attribute the referenced type does not have": ["validate: Unsupported attribute"],
  "reference to a data source not in the stack": ["validate: Reference to undeclared resource"],
  // Terraform tries to install hashicorp/genesyscloud, which exists nowhere (here: not in the empty mirror).
  "provider missing from required_providers": ["init: Failed to query available provider packages"],
  "provider installed from the wrong source": ["init: Failed to query available provider packages"],
  "sensitive variable in an output not marked sensitive": ["validate: Output refers to sensitive values"],
  // The attribute is sensitive in the provider's schema: terraform knows only once it plans.
  "sensitive attribute in an output not marked sensitive": ["plan: Output refers to sensitive values"],
  "variable default of the wrong type": ["init: Invalid default value for variable"],
  "validation rule without an error message": ["init: Missing required argument"],
  "unterminated expression": ["validate: Unclosed template interpolation sequence"],
  "for_each given a JSON list": ["validate: Invalid for_each argument"],
  "count and for_each together": ['init: Invalid combination of "count" and "for_each"'],
  "depends_on a resource not in the stack": ["validate: Reference to undeclared resource"],
  "misspelt lifecycle argument": ["init: Extraneous JSON object property"],
  "two default configurations of one provider": ["init: Duplicate provider configuration"],
  "unknown top-level key": ["init: Extraneous JSON object property"],
  "remote state without a backend": ["validate: Missing required argument"],
  // Only terraform.
  "unknown function inside ${...}": ["validate: Call to unknown function"],
  "function called with too many arguments": ["validate: Too many function arguments"],
  "index into a string": ["validate: Invalid index"],
  "function that fails on its argument": ["validate: Error in function call"],
  "sensitive value through a local into an unmarked output": ["validate: Output refers to sensitive values"],
  "resource that refers to itself": ["plan: Self-referential block"],
  "two resources that refer to each other": [`validate: Cycle: genesyscloud_integration.${I}, genesyscloud_integration_config.${C}`],
  "moved block from an address still declared": ["plan: Moved object still exists"],
  "moved block to its own address": ["plan: Redundant move statement"],
  "moved blocks in a cycle": ["plan: Cyclic dependency in move statements"],
  "import block for a resource not declared": ["plan: Configuration for import target does not exist"],
  "key variable whose default fails its own validation": ["plan: Invalid value for variable"],
  "key variable validation that never tests the value": ["init: Invalid validation expression", "init: Invalid variable validation condition"],
  // The provider's validators, restated by both.
  "intended_state the provider refuses": ['validate: expected intended_state to be one of ["ENABLED" "DISABLED"], got ENABLE'],
  "intended_state DELETED, which the provider refuses since v1.54.0": ['validate: expected intended_state to be one of ["ENABLED" "DISABLED"], got DELETED'],
};

/** Every variant's document, by name. */
const DOCUMENTS: Record<string, Doc> = Object.fromEntries([
  ...Object.entries(VARIANTS).map(([name, { base, breakIt }]) => [name, broken(base, breakIt)]),
  ...Object.entries(TERRAFORM_ONLY).map(([name, breakIt]) => [name, broken(standalone, breakIt)]),
  ...Object.entries(PROVIDER_VALIDATORS).map(([name, { breakIt }]) => [name, broken(standalone, breakIt)]),
]);

function broken(base: unknown, breakIt: (doc: Doc) => void): Doc {
  const doc = copyOf(base) as Doc;
  breakIt(doc);
  return doc;
}

test("every variant has terraform's verdict written down, and no verdict is left without a variant", () => {
  expect(Object.keys(TERRAFORM_SAYS).sort()).toEqual(Object.keys(DOCUMENTS).sort());
  expect(Object.keys(VARIANTS)).toHaveLength(35);
});

test("the offline validator passes every terraform-only variant (else it is not terraform-only)", () => {
  for (const name of Object.keys(TERRAFORM_ONLY)) expect([name, problemsOf(DOCUMENTS[name])]).toEqual([name, []]);
});

test.each(Object.keys(PROVIDER_VALIDATORS))("the offline validator restates the provider's validator: %s", (name) => {
  expect(problemsOf(DOCUMENTS[name]).map((p) => `${p.path}: ${p.message}`)).toEqual(PROVIDER_VALIDATORS[name].offline);
});

describeWithTerraform("real terraform on every broken variant", () => {
  const provider = useSchemaProvider();
  const checks: Record<string, StackCheck> = {};
  beforeAll(async () => {
    const stacks = Object.fromEntries(Object.entries(DOCUMENTS).map(([name, document]) => [name, { document }]));
    Object.assign(checks, await checkAll(stacks, { provider: provider() }));
  }, 120_000);

  test("the unbroken base plans cleanly (so every failure below is the variant's)", async () => {
    const [check] = Object.values(await checkAll({ base: { document: standalone } }, { provider: provider() }));
    expect([check.ok, check.diagnostics, check.counts]).toEqual([true, [], { add: 3, change: 0, destroy: 0, import: 0 }]);
  });

  test.each(Object.keys(DOCUMENTS))("%s: terraform fails it, saying so", (name) => {
    const check = checks[name];
    expect(check.ok).toBe(false);
    // Terraform validates in parallel: its errors, and the members of a cycle, come in no fixed order.
    const said = check.diagnostics.filter((d) => d.severity === "error").map((d) => orderless(`${d.stage}: ${d.summary}`));
    expect(said.sort()).toEqual(TERRAFORM_SAYS[name].map(orderless).sort());
  });

  test("the README's table of which rule is whose matches what the two checkers did", () => {
    const onlyTerraform = Object.keys(DOCUMENTS).filter((name) => problemsOf(DOCUMENTS[name]).length === 0 && !checks[name].ok);
    const onlyOurs = Object.keys(DOCUMENTS).filter((name) => problemsOf(DOCUMENTS[name]).length > 0 && checks[name].ok);
    expect(onlyOurs).toEqual([]);
    expect(onlyTerraform.sort()).toEqual(Object.keys(TERRAFORM_ONLY).sort());
    expect(readmeRows("terraform only").sort()).toEqual(onlyTerraform.sort());
    expect(README.replace(/\s+/g, " ")).toContain(`All ${Object.keys(VARIANTS).length} are caught by both`);
  });
});

const README = fs.readFileSync(path.join(__dirname, "..", "..", "..", "README.md"), "utf8");

/** A summary with the addresses of a cycle sorted. */
function orderless(line: string): string {
  const cycle = /^(\w+: Cycle: )(.*)$/.exec(line);
  return cycle ? cycle[1] + cycle[2].split(", ").sort().join(", ") : line;
}

/** The variant names of the README's table whose "caught by" column says `who`. */
function readmeRows(who: string): string[] {
  const section = README.slice(README.indexOf("#### Which checker catches what"));
  const table = section.slice(0, section.indexOf("\n\n", section.indexOf("|")));
  return table
    .split("\n")
    .filter((line) => line.startsWith("| "))
    .map((line) => line.split("|").map((cell) => cell.trim()))
    .filter((cells) => cells[2] === who)
    .map((cells) => cells[1].replace(/^`|`$/g, "").replace(/\\\|/g, "|"));
}
