/**
 * Stages one construct package's sources: `lib/` and the engine's provider bindings, copied into
 * `packages/<engine>-cartesia-genesys/src/` (never committed), where jsii compiles them into that
 * package's `dist/` and `.jsii`.
 *
 * The library has one source, written against `cdktf`. For cdktn the copy's `cdktf` imports name
 * `cdktn` instead, and the bindings are those CDK Terrain's generator made (`.gen-cdktn/`), staged as
 * `.gen/` so that lib's relative imports of the bindings hold unchanged.
 *
 * Usage: tsx scripts/stage-package.ts cdktf|cdktn
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { replaceEngineImports } from "./engine-imports";

const ENGINES = {
  cdktf: { bindings: ".gen" },
  cdktn: { bindings: ".gen-cdktn" },
} as const;
type Engine = keyof typeof ENGINES;

const root = path.resolve(__dirname, "..");
const engine = process.argv[2];
if (engine === undefined || !(engine in ENGINES)) {
  console.error(`stage-package: expected one of ${Object.keys(ENGINES).join(", ")}, got ${JSON.stringify(engine)}`);
  process.exit(2);
}
const { bindings } = ENGINES[engine as Engine];
const bindingsDir = path.join(root, bindings, "providers");
if (!fs.existsSync(bindingsDir)) {
  console.error(`stage-package: ${path.relative(root, bindingsDir)} is missing: run npm run get`);
  process.exit(1);
}

const stage = path.join(root, "packages", `${engine}-cartesia-genesys`, "src");
fs.rmSync(stage, { recursive: true, force: true });

/** Copies the .ts files under `from` to `to`, passing each through `edit`. */
function copyTs(from: string, to: string, edit: (text: string, file: string) => string): void {
  for (const entry of fs.readdirSync(from, { recursive: true, withFileTypes: true })) {
    // lazy-index.ts is the generator's CommonJS getter index: lib never loads it, and it is no TypeScript module jsii can read.
    if (!entry.isFile() || !entry.name.endsWith(".ts") || entry.name === "lazy-index.ts") continue;
    const source = path.join(entry.parentPath, entry.name);
    const target = path.join(to, path.relative(from, source));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, edit(fs.readFileSync(source, "utf8"), source));
  }
}

copyTs(path.join(root, "lib"), path.join(stage, "lib"), (text, file) => (engine === "cdktf" ? text : replaceEngineImports(text, file, "cdktf", engine)));
copyTs(bindingsDir, path.join(stage, ".gen", "providers"), (text) => text);
// The copy's own engine, which lib/private/engine-check names in its messages.
fs.writeFileSync(
  path.join(stage, "lib", "private", "engine.ts"),
  fs.readFileSync(path.join(root, "lib", "private", "engine.ts"), "utf8").replace(/= "cdktf";/, `= "${engine}";`),
);
// jsii wants a README beside the assembly (PyPI needs one); the package's own README.md is committed.
