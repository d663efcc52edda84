import * as fs from "node:fs";
import * as path from "node:path";
import { formatReport } from "./format-report";
import { loadProviderSchema } from "./load-schema";
import { findStackFiles } from "./read-stacks";
import { isClean, type ValidationReport } from "./report";
import { validateTerraformJson } from "./validate-terraform-json";

/** Where the command writes; the tests pass their own. */
export interface CommandOutput {
  log(line: string): void;
  error(line: string): void;
}

const USAGE = `usage: cartesia-genesys validate [cdktf.out] [--schema <file>] [--allow-unchecked]

Checks every stacks/*/cdk.tf.json in the directory (default ./cdktf.out) against the pinned
Genesys Cloud provider schema, offline. Exit code 0 only when every stack is clean.

  --schema <file>     a "terraform providers schema -json" file instead of the pinned one
  --allow-unchecked   pass stacks that hold types no schema describes (they are still listed)`;

/** Parsed command-line arguments. */
interface Options {
  readonly outdir: string;
  readonly schemaFile?: string;
  readonly allowUnchecked: boolean;
}

function parseArgs(args: readonly string[]): Options | string {
  let outdir: string | undefined;
  let schemaFile: string | undefined;
  let allowUnchecked = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--allow-unchecked") allowUnchecked = true;
    else if (arg === "--schema") {
      schemaFile = args[++i];
      if (schemaFile === undefined) return "--schema needs a file";
    } else if (arg.startsWith("-")) return `unknown option ${arg}`;
    else if (outdir === undefined) outdir = arg;
    else return `unexpected argument ${arg}: give one cdktf.out directory`;
  }
  return { outdir: outdir ?? "cdktf.out", schemaFile, allowUnchecked };
}

/**
 * `cartesia-genesys validate [cdktf.out]`: validates each synthesized stack and prints its problems
 * with their JSON paths. Returns 0 when all are clean, 1 when any is not, 2 on a usage error or when
 * there is nothing to validate.
 */
export function run(args: string[], output: CommandOutput = { log: console.log, error: console.error }): Promise<number> {
  return Promise.resolve(validate(args, output));
}

function validate(args: string[], output: CommandOutput): number {
  if (args.includes("--help") || args.includes("-h")) {
    output.log(USAGE);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === "string") {
    output.error(`${options}\n\n${USAGE}`);
    return 2;
  }
  let stacks;
  let schema;
  try {
    stacks = findStackFiles(options.outdir);
    schema = options.schemaFile === undefined ? loadProviderSchema() : loadProviderSchema(options.schemaFile);
  } catch (err) {
    output.error(err instanceof Error ? err.message : String(err));
    return 2;
  }
  let failed = 0;
  for (const stack of stacks) {
    const label = path.relative(options.outdir, stack.file);
    let report: ValidationReport;
    try {
      report = validateTerraformJson(JSON.parse(fs.readFileSync(stack.file, "utf8")), schema);
    } catch (err) {
      report = {
        problems: [{ path: "$", message: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` }],
        notChecked: [],
        checked: { resources: 0, dataSources: 0, providers: 0 },
      };
    }
    for (const line of formatReport(label, report, options)) output.log(line);
    if (!isClean(report, options)) failed++;
  }
  output.log(failed === 0 ? `validate: ${stacks.length} of ${stacks.length} stacks clean` : `validate: ${failed} of ${stacks.length} stacks failed`);
  return failed === 0 ? 0 : 1;
}
