import * as fs from "node:fs";
import * as path from "node:path";
import { UsageError } from "./cli/usage-error";

/** One `stacks/<name>/cdk.tf.json` of a cdktf output directory. */
export interface StackFile {
  readonly name: string;
  readonly file: string;
}

/**
 * Every stack file in a cdktf output directory, sorted by stack name. Throws a `UsageError` when there
 * is none, so a wrong directory fails loudly instead of "validating" nothing.
 */
export function findStackFiles(outdir: string): StackFile[] {
  const stacksDir = path.join(outdir, "stacks");
  const names = fs.existsSync(stacksDir) ? fs.readdirSync(stacksDir).sort() : [];
  const stacks = names.map((name) => ({ name, file: path.join(stacksDir, name, "cdk.tf.json") })).filter((stack) => fs.existsSync(stack.file));
  if (stacks.length === 0) {
    throw new UsageError(
      `no stacks in ${outdir}: expected ${path.join(outdir, "stacks", "<stack>", "cdk.tf.json")}. Synthesize first (npm run synth), or pass the cdktf.out directory.`,
    );
  }
  return stacks;
}
