/**
 * `validate --terraform --standalone-config on|off`: the schema provider runs as the Genesys provider
 * does with ENABLE_STANDALONE_INTEGRATION_CONFIG set or not (docs/provider-rules.md); the default comes
 * from the command's own environment, where the variable counts when present, whatever its value.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { createApp } from "../../../main";
import { synthApp, tempDir, type TerraformJson } from "../../support/helpers";
import { runTool } from "../../support/run-tool";
import { describeWithTerraform } from "../../support/terraform";
import { copyOf, onlyName } from "../../support/validate-helpers";

const clean = synthApp((outdir) => createApp(outdir));
const stack = clean.stacks["cartesia-genesys"];
const C = onlyName(stack, "genesyscloud_integration_config");
const label = path.join("stacks", "cartesia-genesys", "cdk.tf.json");
const PATH = { PATH: process.env.PATH };

const WARNING = [
  `  warning (plan) ${label}:`,
  "schema provider: apply will fail: genesyscloud_integration_config needs ENABLE_STANDALONE_INTEGRATION_CONFIG set for the provider",
];

function outdirWith(doc: TerraformJson): string {
  const outdir = tempDir("cartesia-validate-standalone-");
  fs.mkdirSync(path.join(outdir, "stacks", "cartesia-genesys"), { recursive: true });
  fs.writeFileSync(path.join(outdir, "stacks", "cartesia-genesys", "cdk.tf.json"), JSON.stringify(doc, null, 2));
  return outdir;
}

test.each([
  [["--terraform", "--standalone-config", "yes"], 'validate: --standalone-config: got "yes"; allowed: on, off'],
  [["--standalone-config", "on"], "validate: --standalone-config: only with --terraform (the offline check runs no provider)"],
])("bad usage of --standalone-config exits 2 naming the flag: %j", async (args, message) => {
  const result = await runTool(["validate", clean.outdir, ...args], { env: PATH });
  expect([result.code, result.stderr.split("\n")[0]]).toEqual([2, message]);
});

describeWithTerraform("validate --terraform and ENABLE_STANDALONE_INTEGRATION_CONFIG", () => {
  const warned = (lines: string[]) => lines.filter((line) => line.includes("ENABLE_STANDALONE_INTEGRATION_CONFIG set for the provider")).length;

  test("off (the variable is not in the environment): creating the standalone config plans with a warning that apply will fail, exit 0", async () => {
    const result = await runTool(["validate", "--terraform", clean.outdir], { env: PATH });
    expect(result.code).toBe(0);
    expect(result.lines[0]).toBe(`${label}: terraform validated and planned it: 3 to add, 0 to change, 0 to destroy`);
    const at = result.lines.findIndex((line) => line.startsWith(WARNING[0]));
    expect(result.lines[at]).toMatch(
      new RegExp(`^  warning \\(plan\\) ${label.replace(/\./g, "\\.")}:\\d+ genesyscloud_integration_config\\.${C}: ${WARNING[1]}$`),
    );
    expect(result.lines[at + 1]).toBe(
      '      The provider creates genesyscloud_integration_config only when ENABLE_STANDALONE_INTEGRATION_CONFIG is set in its environment (any value, even empty); without it, apply fails with "Environment variable ENABLE_STANDALONE_INTEGRATION_CONFIG not set". Set it where terraform apply runs.',
    );
  });

  test("on: by the flag, or by the variable in the environment with any value, even empty: nothing said", async () => {
    const byFlag = await runTool(["validate", "--terraform", "--standalone-config", "on", clean.outdir], { env: PATH });
    const byEnv = await runTool(["validate", "--terraform", clean.outdir], { env: { ...PATH, ENABLE_STANDALONE_INTEGRATION_CONFIG: "" } });
    expect([byFlag.code, warned(byFlag.lines), byEnv.code, warned(byEnv.lines)]).toEqual([0, 0, 0, 0]);
  });

  test("off: importing a standalone config fails at plan with the provider's own error, exit 1; on, it imports", async () => {
    const importing = copyOf(stack) as any;
    importing.import = [{ to: `genesyscloud_integration_config.${C}`, id: "int-1/config" }];
    const outdir = outdirWith(importing);
    const fixtures = path.join(tempDir(), "fixtures.json");
    fs.writeFileSync(
      fixtures,
      JSON.stringify({ resources: { genesyscloud_integration_config: { "int-1/config": { integration_id: "int-1", name: "Cartesia" } } } }),
    );
    const off = await runTool(["validate", "--terraform", "--fixtures", fixtures, "--standalone-config", "off", outdir], { env: PATH });
    expect(off.code).toBe(1);
    expect(off.lines.filter((line) => line.startsWith("  error"))).toEqual([
      "  error (plan): Environment variable ENABLE_STANDALONE_INTEGRATION_CONFIG not set",
    ]);
    // On, it imports; the integration is created anew, so the config's integration_id changes and it is replaced (ForceNew).
    const on = await runTool(["validate", "--terraform", "--fixtures", fixtures, "--standalone-config", "on", outdir], { env: PATH });
    expect([on.code, on.lines[0]]).toEqual([0, `${label}: terraform validated and planned it: 1 to import, 3 to add, 0 to change, 1 to destroy`]);
  });
});
