/**
 * The two ways the bench runs a case's process: the project's TypeScript through tsx, as the `cdktf.json`
 * app command runs it (Node's source maps on, so every stack trace cdktf captures is mapped, frame by
 * frame), and the JavaScript that `npm run build:dist` makes, run by plain Node (no source maps). Tokens cost
 * more under the first, on both sides, which shrinks the construct's ratio: both are reported.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

/** How a case's process is started. */
export interface Runner {
  readonly name: RunnerName;
  /** In words, for the report. */
  readonly summary: string;
  /** Node's arguments before the child script's own. */
  readonly nodeArgs: readonly string[];
  /** The child script this runner starts. */
  readonly childScript: string;
}

export type RunnerName = "tsx" | "compiled";

/** Every runner, in the order the bench runs and reports them. */
export const RUNNER_NAMES: readonly RunnerName[] = ["tsx", "compiled"];

/** Where the compiled bench lives: beside the library `npm run build:dist` writes, so `../lib` is `dist/lib`. */
const COMPILED_DIR = path.join("dist", "bench");

/** The runner named `name`, its child script under `root`. */
export function runnerNamed(name: string, root: string): Runner {
  if (name === "tsx") {
    return {
      name,
      summary: "`node --import tsx`, TypeScript transpiled on load, source maps on (the `cdktf.json` app command)",
      nodeArgs: ["--import", "tsx"],
      childScript: path.join(root, "bench", "child.ts"),
    };
  }
  if (name === "compiled") {
    return {
      name,
      summary: "`node` on the JavaScript of `npm run build:dist` (`dist/`), no source maps",
      nodeArgs: [],
      childScript: path.join(root, COMPILED_DIR, "child.js"),
    };
  }
  throw new Error(`unknown runner ${JSON.stringify(name)}; known: ${RUNNER_NAMES.join(", ")}`);
}

/**
 * Makes what the compiled runner starts: `npm run build:dist` (the library and bindings into `dist/`), then
 * bench/*.ts alone transpiled into `dist/bench/` with the build's compiler options. The library is
 * exactly what the build makes; the bench is not part of the package (`files` leaves it out).
 */
export function compileBench(root: string): void {
  const build = spawnSync("npm", ["run", "build:dist"], { cwd: root, encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
  if (build.status !== 0) throw new Error(`npm run build:dist failed (exit ${build.status ?? build.signal}):\n${build.stdout}${build.stderr}`);
  const options = buildCompilerOptions(root);
  const outDir = path.join(root, COMPILED_DIR);
  fs.mkdirSync(outDir, { recursive: true });
  const benchDir = path.join(root, "bench");
  for (const file of fs.readdirSync(benchDir).filter((f) => f.endsWith(".ts"))) {
    const source = fs.readFileSync(path.join(benchDir, file), "utf8");
    const { outputText } = ts.transpileModule(source, { compilerOptions: { ...options, sourceMap: false, declaration: false }, fileName: file });
    fs.writeFileSync(path.join(outDir, file.replace(/\.ts$/, ".js")), outputText);
  }
}

/** The compiler options of `npm run build:dist` (tsconfig.build.json). */
export function buildCompilerOptions(root: string): ts.CompilerOptions {
  const configFile = path.join(root, "tsconfig.build.json");
  const parsed = ts.getParsedCommandLineOfConfigFile(configFile, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  });
  if (!parsed) throw new Error(`cannot read ${configFile}`);
  return parsed.options;
}
