/**
 * Stages the CDK Terrain flavor's sources in `.build/cdktn/` (never committed), for
 * `tsc -p tsconfig.build-cdktn.json` to compile into `dist/cdktn/`.
 *
 * The library has one source, written against `cdktf`. The stage is a copy of `lib/` whose `cdktf`
 * imports name `cdktn` instead, beside the bindings CDK Terrain's generator made (`.gen-cdktn/`,
 * staged as `.gen/` so that lib's relative imports of the bindings hold unchanged). tsc then
 * type-checks that copy against cdktn itself, and what it emits loads cdktn and nothing of cdktf.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { replaceEngineImports } from "./engine-imports";

const root = path.resolve(__dirname, "..");
const stage = path.join(root, ".build", "cdktn");
const bindings = path.join(root, ".gen-cdktn", "providers");

if (!fs.existsSync(bindings)) {
  console.error(`stage-cdktn: ${path.relative(root, bindings)} is missing: run npm run get`);
  process.exit(1);
}

fs.rmSync(stage, { recursive: true, force: true });
for (const entry of fs.readdirSync(path.join(root, "lib"), { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const source = path.join(entry.parentPath, entry.name);
  const target = path.join(stage, path.relative(root, source));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const text = fs.readFileSync(source, "utf8");
  fs.writeFileSync(target, entry.name.endsWith(".ts") ? replaceEngineImports(text, source, "cdktf", "cdktn") : text);
}
fs.cpSync(bindings, path.join(stage, ".gen", "providers"), { recursive: true });
