/**
 * The app command of `cdktf.json`, and whether it type-checks the whole tree on every synth: a
 * `ts-node` without transpile-only does, and that alone can cost seconds per synth.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** How the app command runs TypeScript. */
export interface AppRunner {
  readonly command: string;
  /** In words, for the report. */
  readonly runner: string;
  /** True when each synth type-checks the program; undefined when the command is not recognized. */
  readonly typeChecks: boolean | undefined;
}

/** Reads the `app` command from `<root>/cdktf.json`. */
export function readAppCommand(root: string): string {
  const config = JSON.parse(fs.readFileSync(path.join(root, "cdktf.json"), "utf8")) as { app?: unknown };
  if (typeof config.app !== "string" || config.app.trim() === "") throw new Error(`${root}/cdktf.json has no app command`);
  return config.app;
}

/** Classifies an app command by the runner it uses. */
export function describeAppRunner(command: string): AppRunner {
  if (/\btsx\b/.test(command)) return { command, runner: "tsx (transpile-only, no type-check)", typeChecks: false };
  if (/\bts-node\b/.test(command)) {
    const transpileOnly = /--transpile-only|--swc|(^|\s)-T(\s|$)|TS_NODE_TRANSPILE_ONLY=(true|1)/.test(command);
    return transpileOnly
      ? { command, runner: "ts-node, transpile-only", typeChecks: false }
      : { command, runner: "ts-node (type-checks the program on every run)", typeChecks: true };
  }
  if (/--experimental-(strip|transform)-types/.test(command)) return { command, runner: "node type stripping", typeChecks: false };
  if (/\bnode\b[^|&;]*\.[cm]?js\b/.test(command)) return { command, runner: "compiled JavaScript", typeChecks: false };
  return { command, runner: "unrecognized", typeChecks: undefined };
}
