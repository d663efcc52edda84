import * as path from "node:path";
import type { Command } from "../shared/cli/run-command";
import { EXIT } from "../shared/cli/exit-code";
import { UsageError } from "../shared/cli/usage-error";
import { parseJson } from "../shared/json-input";
import { findStackFiles, readStackText } from "../shared/read-stacks";
import { stackLimits } from "../shared/terraform/stack-limits";
import { STANDALONE_CONFIG_ENV } from "../schema-provider/provider-behaviour";
import { spec } from "./args";
import { formatReport } from "./format-report";
import { keyModeLines } from "../shared/key-mode";
import { loadProviderSchema } from "./load-schema";
import { isClean, type ValidationReport } from "./report";
import type { ProvidersSchema } from "./schema-types";
import { validateTerraformJson } from "./validate-terraform-json";

/** `cartesia-genesys validate [cdktf.out]`: validates each synthesized stack and prints its problems with their JSON paths. */
export const command: Command<typeof spec.options> = {
  spec,
  async run({ positional, options }, { io, cwd, env }) {
    const outdir = path.resolve(cwd, positional);
    const stacks = findStackFiles(outdir);
    const schema = readSchema(options.schema === undefined ? undefined : path.resolve(cwd, options.schema));
    if (options.terraform) {
      if (options["allow-unchecked"]) throw new UsageError("--allow-unchecked: with --terraform every type is terraform's to judge; give one or the other");
      const fixturesFile = options.fixtures === undefined ? undefined : path.resolve(cwd, options.fixtures);
      // Each stack file read as every command reads one first (a regular file inside the folder, bounded), before terraform reads it.
      for (const stack of stacks) readStackText(outdir, stack);
      // Loaded only here: the gRPC server and protocol definitions would slow every offline run's start.
      const { validateWithTerraform } = await import("./with-terraform");
      const limits = stackLimits({ memory: options["stack-memory"], timeout: options["stack-timeout"] });
      const standaloneConfig = standaloneConfigSetting(options["standalone-config"], env);
      return validateWithTerraform({ outdir, stacks, schema, fixturesFile, io, env, trusted: options["trusted-input"], limits, standaloneConfig });
    }
    if (options.fixtures !== undefined) throw new UsageError("--fixtures: only with --terraform (the offline check reads no remote state)");
    if (options["standalone-config"] !== undefined) throw new UsageError("--standalone-config: only with --terraform (the offline check runs no provider)");
    for (const flag of ["trusted-input", "stack-memory", "stack-timeout"] as const) {
      if (options[flag] !== undefined && options[flag] !== false) throw new UsageError(`--${flag}: only with --terraform`);
    }
    const allowUnchecked = options["allow-unchecked"];
    let failed = 0;
    for (const stack of stacks) {
      const text = readStackText(outdir, stack);
      const report = validateStackFile(text, schema);
      for (const line of formatReport(path.relative(outdir, stack.file), report, { allowUnchecked })) await io.out(line);
      // Where each connector's key lives: in Terraform state, or outside it.
      for (const line of keyModeLines(stack.name, text)) await io.out(line);
      if (!isClean(report, { allowUnchecked })) failed++;
    }
    await io.out(failed === 0 ? `validate: ${stacks.length} of ${stacks.length} stacks clean` : `validate: ${failed} of ${stacks.length} stacks failed`);
    return failed === 0 ? EXIT.OK : EXIT.FAILED;
  },
};

/**
 * Whether the provider would run with ENABLE_STANDALONE_INTEGRATION_CONFIG set: the flag, else this
 * command's own environment (terraform's is stripped). The provider tests the variable for presence
 * only (`os.LookupEnv`), so any value, even empty or "false", turns it on.
 */
function standaloneConfigSetting(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  return flag === undefined ? env[STANDALONE_CONFIG_ENV] !== undefined : flag === "on";
}

/** A bad schema is bad usage, named as the schema's problem, not the stacks'. */
function readSchema(file: string | undefined): ProvidersSchema {
  try {
    return file === undefined ? loadProviderSchema() : loadProviderSchema(file);
  } catch (error) {
    throw new UsageError(`--schema: ${(error as Error).message}`);
  }
}

/** A stack that is not JSON (or nests past any cdk.tf.json) is a problem of that stack, at `$`. */
function validateStackFile(text: string, schema: ProvidersSchema): ValidationReport {
  const parsed = parseJson(text);
  if ("problem" in parsed) {
    return { problems: [{ path: "$", message: parsed.problem }], notChecked: [], checked: { resources: 0, dataSources: 0, providers: 0 } };
  }
  return validateTerraformJson(parsed.value, schema);
}
