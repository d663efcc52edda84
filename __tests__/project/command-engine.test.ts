/**
 * The command's package (`cartesia-genesys`) ships without an engine: installed on its own it has no cdktf,
 * cdktn or constructs. So every module the bin and each command load, followed through the relative
 * imports that survive compilation (type-only imports are erased), names none of them, except adopt's:
 * adopt checks what it prints with the construct's own validation, and runs in the app, on its engine.
 * A static check, so a new import that would break the packed command fails in `npm test`, not only in
 * `npm run test:packages`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { COMMANDS } from "../../tools/commands";

const ROOT = path.resolve(__dirname, "..", "..");
const ENGINE = /^(cdktf|cdktn|constructs)(\/|$)/;

/** The module specifiers a file's JavaScript loads (require and dynamic import), after TypeScript erases types. */
function loadedSpecifiers(file: string): string[] {
  // Each command reaches most of tools/shared and lib: transpile each file once for all the tests.
  const known = specifiersOf.get(file);
  if (known) return known;
  const found = transpiledSpecifiers(file);
  specifiersOf.set(file, found);
  return found;
}
const specifiersOf = new Map<string, string[]>();

function transpiledSpecifiers(file: string): string[] {
  const { outputText } = ts.transpileModule(fs.readFileSync(file, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: file,
  });
  return [...outputText.matchAll(/\brequire\("([^"]+)"\)|\bimport\("([^"]+)"\)/g)].map((m) => m[1] ?? m[2]);
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, path.join(base, "index.ts")].find((candidate) => fs.existsSync(candidate));
}

/** Every engine module reachable from `entry`, each as `<file that loads it> -> <module>`; `stop` files are not followed. */
function engineImports(entry: string, stop: (file: string) => boolean = () => false): string[] {
  const seen = new Set<string>();
  const found = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of loadedSpecifiers(file)) {
      if (specifier.startsWith(".")) {
        const next = resolveRelative(file, specifier);
        if (next && !stop(next)) visit(next);
      } else if (ENGINE.test(specifier)) found.add(`${path.relative(ROOT, file)} -> ${specifier}`);
    }
  };
  visit(entry);
  return [...found].sort();
}

test("the bin loads no engine (each command's module is loaded only when that command runs)", () => {
  const commandModule = (file: string) => /[\\/]tools[\\/][a-z-]+[\\/]command\.ts$/.test(file);
  expect(engineImports(path.join(ROOT, "tools", "cli.ts"), commandModule)).toEqual([]);
});

test.each(COMMANDS.map((c) => c.spec.name).filter((name) => name !== "adopt"))("%s loads no engine", (name) => {
  expect(engineImports(path.join(ROOT, "tools", name, "command.ts"))).toEqual([]);
});

test("adopt loads only the engine the app has (cdktf, or cdktn in its place) and constructs", () => {
  const modules = new Set(engineImports(path.join(ROOT, "tools", "adopt", "command.ts")).map((line) => line.split(" -> ")[1]));
  expect([...modules].sort()).toEqual(["cdktf", "constructs"]);
});
