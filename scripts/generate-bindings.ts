/**
 * Generates the Genesys Cloud provider bindings, offline, once per engine: cdktf's generator writes
 * `.gen/providers/genesyscloud` (classes on `cdktf`), CDK Terrain's writes `.gen-cdktn/providers/genesyscloud`
 * (classes on `cdktn`), both from the one schema pinned in `schema/`.
 *
 * `cdktf get` would need terraform and the Terraform registry; neither is reachable in locked-down
 * CI, so we feed each engine's own generator the pinned schema. The output is what `cdktf get` (or
 * `cdktn get`) writes for the same schema, so a user with registry access can switch back at will.
 *
 * Skips work when a stamp of (schema, cdktf.json, generator version, this script) matches, so it is cheap to run
 * before every build, synth and test. `--force` regenerates anyway; `--engine cdktf|cdktn` generates for one
 * engine only; `--outdir DIR` (with `--engine`) writes elsewhere.
 */
process.env.CHECKPOINT_DISABLE = "1";

import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import type * as codemaker from "codemaker";

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

/** What the script uses of an engine's generator; both engines' generators have this shape. */
interface Generator {
  generate(target: unknown): void;
  save(outdir: string): Promise<void>;
}
interface GeneratorKit {
  makeGenerator(code: codemaker.CodeMaker, schema: unknown): Generator;
  makeTarget(constraint: string): unknown;
}

/**
 * Each engine: its generator package, where its bindings go, and how to load it. Loaded late: loading
 * the commons packages is the slow part, and the stamp check usually makes it unnecessary.
 */
const ENGINES = {
  cdktf: {
    generatorPackage: "@cdktf/provider-generator",
    outdir: ".gen",
    load: async (): Promise<GeneratorKit> => {
      const { ConstructsMakerProviderTarget, TerraformProviderConstraint, Language } = await import("@cdktf/commons");
      const { TerraformProviderGenerator } = await import("@cdktf/provider-generator/lib/get/generator/provider-generator");
      return {
        makeGenerator: (code, schema) => new TerraformProviderGenerator(code, schema as ConstructorParameters<typeof TerraformProviderGenerator>[1]),
        makeTarget: (constraint) => new ConstructsMakerProviderTarget(new TerraformProviderConstraint(constraint), Language.TYPESCRIPT),
      };
    },
  },
  cdktn: {
    generatorPackage: "@cdktn/provider-generator",
    outdir: ".gen-cdktn",
    load: async (): Promise<GeneratorKit> => {
      const { ConstructsMakerProviderTarget, TerraformProviderConstraint, Language } = await import("@cdktn/commons");
      // Under build/, not lib/: where this package keeps its compiled generator.
      const { TerraformProviderGenerator } = await import("@cdktn/provider-generator/build/get/generator/provider-generator");
      return {
        // `code` comes from this generator's own codemaker (see generate()); the types name another copy of it.
        makeGenerator: (code, schema) =>
          new TerraformProviderGenerator(
            code as unknown as ConstructorParameters<typeof TerraformProviderGenerator>[0],
            schema as ConstructorParameters<typeof TerraformProviderGenerator>[1],
          ),
        makeTarget: (constraint) => new ConstructsMakerProviderTarget(new TerraformProviderConstraint(constraint), Language.TYPESCRIPT),
      };
    },
  },
} as const;
type Engine = keyof typeof ENGINES;

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

async function generate(engine: Engine, outdir: string, force: boolean): Promise<void> {
  const { generatorPackage, load } = ENGINES[engine];
  const generatorDir = path.dirname(require.resolve(`${generatorPackage}/package.json`));
  const generatorVersion = (JSON.parse(fs.readFileSync(path.join(generatorDir, "package.json"), "utf8")) as { version: string }).version;
  const schemaText = fs.readFileSync(schemaPath, "utf8");
  const cdktfJson = JSON.parse(fs.readFileSync(cdktfJsonPath, "utf8")) as { terraformProviders: string[] };
  const stampPath = path.join(outdir, ".stamp");
  const stamp = createHash("sha256")
    .update(engine)
    .update(schemaText)
    .update(JSON.stringify(cdktfJson.terraformProviders))
    .update(generatorVersion)
    .update(fs.readFileSync(__filename))
    .digest("hex");

  // The stamp alone would trust bindings whose files were deleted by hand: check the entry point too.
  const intact = fs.existsSync(path.join(outdir, "providers", "genesyscloud", "index.ts"));
  if (!force && intact && fs.existsSync(stampPath) && fs.readFileSync(stampPath, "utf8") === stamp) {
    return;
  }

  // Each generator writes with the codemaker version it depends on (the engines pin different ones).
  const { CodeMaker } = createRequire(path.join(generatorDir, "package.json"))("codemaker") as typeof codemaker;
  const kit = await load();
  fs.rmSync(outdir, { recursive: true, force: true });
  const code = new CodeMaker();
  const generator = kit.makeGenerator(code, JSON.parse(schemaText));
  for (const constraint of cdktfJson.terraformProviders) generator.generate(kit.makeTarget(constraint));
  await generator.save(outdir);
  fs.writeFileSync(stampPath, stamp);
  console.log(`generated ${engine} provider bindings in ${path.relative(root, outdir)}/providers (schema ${path.basename(schemaPath)})`);
}

async function main(): Promise<void> {
  const force = process.argv.includes("--force");
  const only = flag("--engine");
  const outdir = flag("--outdir");
  if (only !== undefined && !(only in ENGINES)) throw new Error(`--engine: expected one of ${Object.keys(ENGINES).join(", ")}, got "${only}"`);
  if (outdir !== undefined && only === undefined) throw new Error("--outdir needs --engine: each engine's bindings go to their own folder");
  for (const engine of only === undefined ? (Object.keys(ENGINES) as Engine[]) : [only as Engine]) {
    await generate(engine, outdir === undefined ? path.join(root, ENGINES[engine].outdir) : path.resolve(outdir), force);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
