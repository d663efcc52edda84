/**
 * Writes a construct package's API.md with jsii-docgen, from the package's assembly (`.jsii`).
 *
 * jsii-docgen looks for the assemblies of the package's dependencies under the package's own
 * `node_modules`; in the workspace they are hoisted to the root's. So this script hands jsii-docgen a
 * folder in `.build/` whose `node_modules` links exactly the package and its jsii dependencies.
 *
 * Usage: tsx scripts/api-docs.ts cdktf|cdktn [--check]   (--check: fail if API.md is not current)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Documentation, Language } from "jsii-docgen";

const root = path.resolve(__dirname, "..");
const engine = process.argv[2];
if (engine !== "cdktf" && engine !== "cdktn") {
  console.error(`api-docs: expected cdktf or cdktn, got ${JSON.stringify(engine)}`);
  process.exit(2);
}
const check = process.argv.includes("--check");
const name = `${engine}-cartesia-genesys`;
const packageDir = path.join(root, "packages", name);
if (!fs.existsSync(path.join(packageDir, ".jsii"))) {
  console.error(`api-docs: ${path.relative(root, packageDir)}/.jsii is missing: build the package first (npm run build)`);
  process.exit(1);
}

async function main(): Promise<void> {
  const assemblies = path.join(root, ".build", "docgen", name);
  fs.rmSync(assemblies, { recursive: true, force: true });
  fs.mkdirSync(path.join(assemblies, "node_modules"), { recursive: true });
  for (const [linkName, target] of [
    [name, packageDir],
    [engine, path.dirname(require.resolve(`${engine}/package.json`, { paths: [packageDir] }))],
    ["constructs", path.dirname(require.resolve("constructs/package.json", { paths: [packageDir] }))],
  ] as const) {
    fs.symlinkSync(target, path.join(assemblies, "node_modules", linkName), "dir");
  }
  const docs = await Documentation.forAssembly(name, assemblies);
  const markdown = (await docs.toMarkdown({ language: Language.TYPESCRIPT, allSubmodules: true })).render();
  const apiMd = path.join(packageDir, "API.md");
  if (check) {
    if (!fs.existsSync(apiMd) || fs.readFileSync(apiMd, "utf8") !== markdown) {
      console.error(`api-docs: ${path.relative(root, apiMd)} is not current: run npm run build`);
      process.exit(1);
    }
    return;
  }
  fs.writeFileSync(apiMd, markdown);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
