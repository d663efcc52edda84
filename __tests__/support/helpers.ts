import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { type App, Testing, TerraformStack } from "cdktf";
import { GenesyscloudProvider } from "../../lib";
import type { IConstruct } from "constructs";

/** A synthesized `cdk.tf.json`, parsed. */
export type TerraformJson = {
  resource?: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  variable?: Record<string, Record<string, unknown>>;
  output?: Record<string, Record<string, unknown>>;
  provider?: Record<string, Record<string, unknown>[]>;
  terraform?: Record<string, unknown>;
  [key: string]: unknown;
};

/** A fresh stack with the default Genesys provider. */
export function newStack(id = "test"): TerraformStack {
  const stack = new TerraformStack(Testing.app(), id);
  new GenesyscloudProvider(stack, "genesyscloud", {});
  return stack;
}

/** Synthesizes a stack with its validations run, as `cdktf synth` does. */
export function synthStack(stack: TerraformStack): TerraformJson {
  return JSON.parse(Testing.synth(stack, true)) as TerraformJson;
}

/** The only resource of a type in a synthesized stack. */
export function onlyResource(json: TerraformJson, type: string): Record<string, unknown> {
  const resources = Object.values(json.resource?.[type] ?? {});
  if (resources.length !== 1) throw new Error(`expected one ${type}, found ${resources.length}`);
  return resources[0];
}

/**
 * Every temporary directory made in this process, and the one exit handler that removes them. Kept on
 * the process, not the module: jest loads this module once per test file, and a handler per directory
 * (or per file) overran Node's listener limit.
 */
const TEMP_DIRS: Set<string> = (() => {
  const key = Symbol.for("cdktf-cartesia-genesys.temp-dirs");
  const holder = process as unknown as { [key]?: Set<string> };
  if (!holder[key]) {
    const dirs = new Set<string>();
    holder[key] = dirs;
    process.on("exit", () => {
      for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    });
  }
  return holder[key];
})();

/** A temporary directory, removed when the process exits. */
export function tempDir(prefix = "cartesia-genesys-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  TEMP_DIRS.add(dir);
  return dir;
}

/** A temporary cdktf.out with one stack, `stacks/<stack>/cdk.tf.json` holding `doc` as JSON. */
export function stackFolder(doc: unknown, stack = "pr", prefix = "cartesia-stack-"): string {
  const outdir = tempDir(prefix);
  fs.mkdirSync(path.join(outdir, "stacks", stack), { recursive: true });
  fs.writeFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), JSON.stringify(doc));
  return outdir;
}

/** Synthesizes a whole app into a temporary outdir and returns each stack's parsed cdk.tf.json. */
export function synthApp(build: (outdir: string) => App): { outdir: string; stacks: Record<string, TerraformJson> } {
  const outdir = tempDir();
  build(outdir).synth();
  return { outdir, stacks: readStacks(outdir) };
}

/** Each stack's parsed `cdk.tf.json` in a cdktf.out directory. */
export function readStacks(outdir: string): Record<string, TerraformJson> {
  const stacks: Record<string, TerraformJson> = {};
  for (const name of fs.readdirSync(path.join(outdir, "stacks")).sort()) {
    stacks[name] = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", name, "cdk.tf.json"), "utf8")) as TerraformJson;
  }
  return stacks;
}

/** Every file below a directory, as text. */
export function readTree(dir: string): string {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name), "utf8"))
    .join("\n");
}

/** The warnings (cdktf's warn annotations) of every construct under a scope, in construction order. */
export function warningsOf(scope: IConstruct): string[] {
  return scope.node
    .findAll()
    .flatMap((c) => c.node.metadata)
    .filter((m) => m.type === "@cdktf/warn")
    .map((m) => String(m.data));
}
