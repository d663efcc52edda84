import * as os from "node:os";
import * as path from "node:path";
import type { CommandIo } from "../shared/cli/io";
import { EXIT, type ExitCode } from "../shared/cli/exit-code";
import { UsageError } from "../shared/cli/usage-error";
import { parseJson } from "../shared/json-input";
import { readTextFile } from "../shared/safe-files";
import { quotedName } from "../shared/text-escaping";
import type { StackFile } from "../shared/read-stacks";
import { findTerraform } from "../shared/terraform/find-terraform";
import { checkStacks } from "../shared/terraform/session";
import { type Fixtures, parseFixtures } from "../schema-provider/fixtures";
import { servedProvider, type ServedProvider } from "../schema-provider/schema-model";
import { formatTerraformCheck, formatTerraformSummary } from "./format-terraform-report";
import type { ProvidersSchema } from "./schema-types";

/** What `validate --terraform` needs from the command line and the world. */
export interface TerraformValidation {
  readonly outdir: string;
  readonly stacks: readonly StackFile[];
  readonly schema: ProvidersSchema;
  /** The fixtures file, resolved; none: nothing can be imported, data sources get placeholders. */
  readonly fixturesFile?: string;
  /** `--standalone-config`: plan as the provider with ENABLE_STANDALONE_INTEGRATION_CONFIG set. */
  readonly standaloneConfig: boolean;
  readonly io: CommandIo;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * `validate --terraform`: real terraform on every stack, one schema provider for all of them, two
 * stacks at a time. Prints terraform's diagnostics and counts; 0 when every stack planned, 1 otherwise.
 */
export async function validateWithTerraform(request: TerraformValidation): Promise<ExitCode> {
  const { io } = request;
  const served = serve(request.schema);
  const fixtures = request.fixturesFile === undefined ? undefined : readFixtures(request.fixturesFile, served);
  const terraform = findTerraform(request.env);
  if (terraform === undefined) {
    throw new UsageError("--terraform: no terraform binary on PATH; install terraform (1.11 or later), or leave out --terraform for the offline check");
  }
  await io.progress(`terraform: checking ${request.stacks.length} ${request.stacks.length === 1 ? "stack" : "stacks"}...`);
  const { checks, unanswered } = await checkStacks(
    request.stacks.map((s) => ({ name: s.name, dir: path.dirname(s.file) })),
    { terraform, served, fixtures, standaloneConfig: request.standaloneConfig, env: request.env, concurrency: Math.min(2, os.availableParallelism()) },
  );
  await io.done();
  for (const [i, check] of checks.entries()) {
    for (const line of formatTerraformCheck(path.relative(request.outdir, request.stacks[i].file), check)) await io.out(line);
  }
  for (const line of formatTerraformSummary(checks, unanswered, terraform)) await io.out(line);
  return checks.every((c) => c.ok) ? EXIT.OK : EXIT.FAILED;
}

function serve(schema: ProvidersSchema): ServedProvider {
  try {
    return servedProvider(schema);
  } catch (error) {
    throw new UsageError(`--schema: ${(error as Error).message}`);
  }
}

function readFixtures(file: string, served: ServedProvider): Fixtures {
  try {
    const parsed = parseJson(readTextFile(file));
    if ("problem" in parsed) throw new UsageError(`cannot read ${quotedName(file)}: ${parsed.problem}`);
    return parseFixtures(parsed.value, served);
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`--fixtures: ${error.message}`);
    throw new UsageError(`--fixtures: ${file}: ${(error as Error).message}`);
  }
}
