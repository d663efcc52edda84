/**
 * Generates the Genesys Cloud provider bindings into `.gen/providers/genesyscloud`, offline.
 *
 * `cdktf get` would need terraform and the Terraform registry; neither is reachable in locked-down
 * CI, so we feed cdktf's own generator the provider schema pinned in `schema/`. The output is what
 * `cdktf get` writes for the same schema, so a user with registry access can switch back at will.
 *
 * Skips work when a stamp of (schema, cdktf.json, generator version, this script) matches, so it is cheap to run
 * before every build, synth and test. `--force` regenerates anyway; `--outdir DIR` writes elsewhere.
 */
process.env.CHECKPOINT_DISABLE = "1";

import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

// @cdktf/commons runs `terraform version` on import where terraform exists. Pointed at a missing CLI
// config file, terraform prints a scary "[ERROR]" on every install and test run; an absent file and an
// empty one mean the same to terraform, and generation needs no configuration anyway.
const cliConfig = process.env.TF_CLI_CONFIG_FILE;
if (!fs.existsSync(cliConfig ?? path.join(os.homedir(), ".terraformrc"))) {
  process.env.TF_CLI_CONFIG_FILE = "/dev/null";
}

const root = path.resolve(__dirname, "..");
const schemaPath = path.join(root, "schema", "genesyscloud-provider-schema.v1.86.json");
const cdktfJsonPath = path.join(root, "cdktf.json");
const outdirFlag = process.argv.indexOf("--outdir");
const outdir = outdirFlag > 0 ? path.resolve(process.argv[outdirFlag + 1]) : path.join(root, ".gen");
const stampPath = path.join(outdir, ".stamp");

async function main(): Promise<void> {
  const force = process.argv.includes("--force");
  const schemaText = fs.readFileSync(schemaPath, "utf8");
  const cdktfJson = JSON.parse(fs.readFileSync(cdktfJsonPath, "utf8")) as { terraformProviders: string[] };
  const generatorVersion = (JSON.parse(fs.readFileSync(require.resolve("@cdktf/provider-generator/package.json"), "utf8")) as { version: string }).version;
  const stamp = createHash("sha256")
    .update(schemaText)
    .update(JSON.stringify(cdktfJson.terraformProviders))
    .update(generatorVersion)
    .update(fs.readFileSync(__filename))
    .digest("hex");

  // The stamp alone would trust a .gen whose files were deleted by hand: check the entry point too.
  const intact = fs.existsSync(path.join(outdir, "providers", "genesyscloud", "index.ts"));
  if (!force && intact && fs.existsSync(stampPath) && fs.readFileSync(stampPath, "utf8") === stamp) {
    return;
  }

  // Imported late: loading @cdktf/commons is the slow part, and the stamp check above usually makes it unnecessary.
  const { CodeMaker } = await import("codemaker");
  const { ConstructsMakerProviderTarget, TerraformProviderConstraint, Language } = await import("@cdktf/commons");
  const { TerraformProviderGenerator } = await import("@cdktf/provider-generator/lib/get/generator/provider-generator");

  fs.rmSync(outdir, { recursive: true, force: true });
  const code = new CodeMaker();
  const generator = new TerraformProviderGenerator(code, JSON.parse(schemaText) as ConstructorParameters<typeof TerraformProviderGenerator>[1]);
  for (const constraint of cdktfJson.terraformProviders) {
    generator.generate(new ConstructsMakerProviderTarget(new TerraformProviderConstraint(constraint), Language.TYPESCRIPT));
  }
  await generator.save(outdir);
  fs.writeFileSync(stampPath, stamp);
  console.log(`generated provider bindings in ${path.relative(root, outdir)}/providers (schema ${path.basename(schemaPath)})`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
