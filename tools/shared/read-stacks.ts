import * as fs from "node:fs";
import * as path from "node:path";
import { UsageError } from "./cli/usage-error";
import { parseJson } from "./json-input";
import { readTextFile } from "./safe-files";
import { quotedName, terminalText } from "./text-escaping";

/** One `stacks/<name>/cdk.tf.json` of a cdktf output directory. */
export interface StackFile {
  readonly name: string;
  readonly file: string;
}

/**
 * Every stack file in a cdktf output directory, sorted by stack name. Throws a `UsageError` when there
 * is none, so a wrong directory fails loudly instead of "validating" nothing. A `stacks/<name>` whose
 * `cdk.tf.json` exists in any form is listed: reading it (`readStackText`) refuses what is not a file.
 */
export function findStackFiles(outdir: string): StackFile[] {
  const stacksDir = path.join(outdir, "stacks");
  const stacks = listDirectory(stacksDir)
    .sort()
    .map((name) => ({ name, file: path.join(stacksDir, name, "cdk.tf.json") }))
    .filter((stack) => exists(stack.file));
  if (stacks.length === 0) {
    throw new UsageError(
      `no stacks in ${terminalText(outdir)}: expected ${terminalText(path.join(outdir, "stacks", "<stack>", "cdk.tf.json"))}. Synthesize first (cdktf synth, or cdktn synth), or pass the cdktf.out directory.`,
    );
  }
  return stacks;
}

/** A stack file's text: a regular file inside the cdktf.out, of bounded size (see `readTextFile`). */
export function readStackText(outdir: string, stack: StackFile): string {
  return readTextFile(stack.file, { inside: outdir });
}

/**
 * A stack file parsed, for the commands that cannot read a stack that is not JSON: bad usage, named by
 * its path, with where the text went wrong (never an excerpt of it) or how deep it nests.
 */
export function readStackJson(outdir: string, stack: StackFile): unknown {
  const parsed = parseJson(readStackText(outdir, stack));
  if ("problem" in parsed) throw new UsageError(`${quotedName(stack.file)} is ${parsed.problem}`);
  return parsed.value;
}

/** The names in a directory; none when it does not exist. */
function listDirectory(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return [];
    throw new UsageError(`cannot list ${quotedName(dir)}: ${code === "ENOTDIR" ? "not a directory" : (code ?? (error as Error).message)}`);
  }
}

/** Whether anything is at a path (a dangling symbolic link counts: reading it says what is wrong). */
function exists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
