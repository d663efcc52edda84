/**
 * `cartesia-genesys validate --terraform`: terraform's own verdict on each stack, through the command,
 * with its usage errors, output and exit codes; the user's cdktf.out stays untouched.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { createApp } from "../../../main";
import { synthApp, tempDir, type TerraformJson } from "../../support/helpers";
import { findKeys, TEST_KEYS } from "../../support/leak-guard";
import { runTool } from "../../support/run-tool";
import { describeWithTerraform, TERRAFORM } from "../../support/terraform";
import { copyOf, onlyName } from "../../support/validate-helpers";

const clean = synthApp((outdir) => createApp(outdir));
const stack = clean.stacks["cartesia-genesys"];
const I = onlyName(stack, "genesyscloud_integration");
const K = onlyName(stack, "genesyscloud_integration_credential");
const label = path.join("stacks", "cartesia-genesys", "cdk.tf.json");
// The default app's standalone config needs the provider's toggle; command-standalone.test.ts runs without it.
const withPath = { env: { PATH: process.env.PATH, ENABLE_STANDALONE_INTEGRATION_CONFIG: "1" } };

function outdirWith(stacks: Record<string, TerraformJson>): string {
  const outdir = tempDir("cartesia-validate-tf-");
  for (const [name, doc] of Object.entries(stacks)) {
    fs.mkdirSync(path.join(outdir, "stacks", name), { recursive: true });
    fs.writeFileSync(path.join(outdir, "stacks", name, "cdk.tf.json"), JSON.stringify(doc, null, 2));
  }
  return outdir;
}

test("without terraform on PATH it says so and exits 2", async () => {
  const result = await runTool(["validate", "--terraform", clean.outdir], { env: { PATH: tempDir() } });
  expect([result.code, result.stdout, result.stderr]).toEqual([
    2,
    "",
    'validate: --terraform: no terraform binary on PATH; install terraform (1.11 or later), or leave out --terraform for the offline check\nRun "cartesia-genesys validate --help" for usage.\n',
  ]);
});

test.each([
  [["--fixtures", "f.json"], "validate: --fixtures: only with --terraform (the offline check reads no remote state)"],
  [["--terraform", "--allow-unchecked"], "validate: --allow-unchecked: with --terraform every type is terraform's to judge; give one or the other"],
  [["--terraform", "--fixtures", "missing.json"], /^validate: --fixtures: cannot read ".*missing\.json": ENOENT$/],
])("bad usage of the terraform flags exits 2 naming the flag: %j", async (args, message) => {
  const result = await runTool(["validate", clean.outdir, ...args], { ...withPath, cwd: tempDir() });
  expect(result.code).toBe(2);
  expect(result.stderr.split("\n")[0]).toEqual(typeof message === "string" ? message : expect.stringMatching(message));
});

test("a fixtures file that does not fit the schema is bad usage, naming the entry", async () => {
  const file = path.join(tempDir(), "fixtures.json");
  fs.writeFileSync(file, JSON.stringify({ resources: { genesyscloud_integration: { "int-1": { intended_sate: "ENABLED" } } } }));
  const result = await runTool(["validate", "--terraform", "--fixtures", file, clean.outdir], withPath);
  expect(result.code).toBe(2);
  expect(result.stderr.split("\n")[0]).toBe(
    `validate: --fixtures: ${file}: fixtures.resources.genesyscloud_integration["int-1"]: unknown attribute "intended_sate"; allowed: config, id, integration_type, intended_state`,
  );
});

describeWithTerraform("validate --terraform", () => {
  test("a clean app: each stack validated and planned with terraform's counts, exit 0, the cdktf.out untouched", async () => {
    const listing = () => fs.readdirSync(clean.outdir, { recursive: true }).map(String).sort();
    const before = listing();
    const result = await runTool(["validate", "--terraform", clean.outdir], withPath);
    expect(result.lines).toEqual([
      `${label}: terraform validated and planned it: 3 to add, 0 to change, 0 to destroy`,
      "  placeholders for variables without a default: cartesia_api_key",
      expect.stringMatching(
        new RegExp(`^validate --terraform: 1 of 1 stacks validated and planned \\(terraform \\d+\\.\\d+\\.\\d+ at ${TERRAFORM}, in a sandbox\\)$`),
      ),
    ]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    expect(listing()).toEqual(before);
  });

  test("a broken stack: terraform's diagnostics with file, line and detail, exit 1; the clean one still passes", async () => {
    const broken = copyOf(stack) as any;
    broken.resource.genesyscloud_integration_credential[K].fields["X-Api-Key"] = "${trimspace2(var.cartesia_api_key)}";
    const result = await runTool(["validate", "--terraform", outdirWith({ broken, fine: stack })], withPath);
    expect(result.code).toBe(1);
    expect(result.lines.slice(0, 6)).toEqual([
      `${path.join("stacks", "broken", "cdk.tf.json")}: terraform failed at validate (1 error)`,
      "  placeholders for variables without a default: cartesia_api_key",
      `  error (validate) ${path.join("stacks", "broken", "cdk.tf.json")}:56: Call to unknown function`,
      '      There is no function named "trimspace2". Did you mean "trimspace"?',
      `${path.join("stacks", "fine", "cdk.tf.json")}: terraform validated and planned it: 3 to add, 0 to change, 0 to destroy`,
      "  placeholders for variables without a default: cartesia_api_key",
    ]);
    expect(result.lines[6]).toMatch(/^validate --terraform: 1 of 2 stacks failed \(terraform /);
  });

  test("import blocks plan as imports with --fixtures; without, the schema provider says which call it could not answer", async () => {
    const importing = copyOf(stack) as any;
    importing.import = [{ to: `genesyscloud_integration.${I}`, id: "int-1" }];
    const outdir = outdirWith({ importing });
    const fixtures = path.join(tempDir(), "fixtures.json");
    fs.writeFileSync(
      fixtures,
      JSON.stringify({ resources: { genesyscloud_integration: { "int-1": { integration_type: "genesys-tts-connector", intended_state: "ENABLED" } } } }),
    );

    const imported = await runTool(["validate", "--terraform", "--fixtures", fixtures, outdir], withPath);
    expect([imported.code, imported.lines[0]]).toEqual([
      0,
      `${path.join("stacks", "importing", "cdk.tf.json")}: terraform validated and planned it: 1 to import, 2 to add, 0 to change, 0 to destroy`,
    ]);

    const refused = await runTool(["validate", "--terraform", outdir], withPath);
    expect(refused.code).toBe(1);
    expect(refused.lines).toContain(
      '  error (plan): schema provider: cannot answer ImportResourceState for genesyscloud_integration: no fixture for genesyscloud_integration "int-1"',
    );
    expect(refused.lines).toContain(
      'schema provider: could not answer ImportResourceState for genesyscloud_integration: no fixture for genesyscloud_integration "int-1"',
    );
  });

  test("a key in the environment never reaches terraform or the output: the plan uses placeholders", async () => {
    const result = await runTool(["validate", "--terraform", clean.outdir], { env: { PATH: process.env.PATH, TF_VAR_cartesia_api_key: TEST_KEYS[0] } });
    expect(result.code).toBe(0);
    expect(findKeys(result.stdout + result.stderr)).toEqual([]);
  });
});
