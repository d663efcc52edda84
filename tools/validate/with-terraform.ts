import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { CommandIo } from "../shared/cli/io";
import { EXIT, type ExitCode } from "../shared/cli/exit-code";
import { UsageError } from "../shared/cli/usage-error";
import { parseJson } from "../shared/json-input";
import { readTextFile } from "../shared/safe-files";
import { quotedName } from "../shared/text-escaping";
import type { StackFile } from "../shared/read-stacks";
import { Interrupted } from "../shared/terraform/check-stack";
import { findTerraform } from "../shared/terraform/find-terraform";
import { chooseContainment, type Containment } from "../shared/terraform/sandbox";
import { sandboxFacts } from "../shared/terraform/sandbox-facts";
import { checkStacks } from "../shared/terraform/session";
import type { StackLimits } from "../shared/terraform/stack-limits";
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
  /** `--trusted-input`: run terraform without a sandbox where none can be made. */
  readonly trusted: boolean;
  /** `--stack-memory`, `--stack-timeout`. */
  readonly limits: StackLimits;
}

/** The signals that stop a run: Ctrl-C, and what a CI runner sends to cancel a job. */
const STOP_SIGNALS = ["SIGINT", "SIGTERM"] as const;

/**
 * `validate --terraform`: real terraform on every stack, one schema provider for all of them, two
 * stacks at a time, each inside a sandbox (see sandbox.ts) and within the stack's limits. Prints
 * terraform's diagnostics and counts; 0 when every stack planned, 1 otherwise, 2 when no sandbox can
 * be made and the input is not said to be trusted. SIGINT or SIGTERM stops terraform and the schema
 * provider and removes every temporary folder before it returns 1.
 */
export async function validateWithTerraform(request: TerraformValidation): Promise<ExitCode> {
  const { io } = request;
  const served = serve(request.schema);
  const fixtures = request.fixturesFile === undefined ? undefined : readFixtures(request.fixturesFile, served);
  const terraform = findTerraform(request.env);
  if (terraform === undefined) {
    throw new UsageError("--terraform: no terraform binary on PATH; install terraform (1.11 or later), or leave out --terraform for the offline check");
  }
  const containment = await contain(request, terraform);
  await io.progress(`terraform: checking ${request.stacks.length} ${request.stacks.length === 1 ? "stack" : "stacks"}...`);
  const stop = new AbortController();
  let signalled: string | undefined;
  const onSignal = (signal: string) => {
    signalled ??= signal;
    stop.abort();
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  let result: Awaited<ReturnType<typeof checkStacks>>;
  try {
    result = await checkStacks(
      request.stacks.map((s) => ({ name: s.name, dir: path.dirname(s.file) })),
      {
        terraform,
        served,
        fixtures,
        standaloneConfig: request.standaloneConfig,
        containment,
        limits: request.limits,
        signal: stop.signal,
        concurrency: Math.min(2, os.availableParallelism()),
      },
    );
  } catch (error) {
    if (!(error instanceof Interrupted)) throw error;
    await io.done();
    await io.err(
      `validate --terraform: stopped by ${signalled ?? "a signal"}: terraform and the schema provider were ended and their temporary folders removed`,
    );
    return EXIT.FAILED;
  } finally {
    for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
  }
  const { checks, unanswered } = result;
  await io.done();
  for (const [i, check] of checks.entries()) {
    for (const line of formatTerraformCheck(path.relative(request.outdir, request.stacks[i].file), check)) await io.out(line);
  }
  for (const line of formatTerraformSummary(checks, unanswered, terraform, containment)) await io.out(line);
  return checks.every((c) => c.ok) ? EXIT.OK : EXIT.FAILED;
}

/** The sandbox, or plain processes where the input is trusted and none can be made; bad usage otherwise. */
async function contain(request: TerraformValidation, terraform: string): Promise<Containment> {
  const chosen = chooseContainment(await sandboxFacts(request.env, fs.realpathSync(terraform), request.trusted));
  if ("problem" in chosen) throw new UsageError(`--terraform: ${chosen.problem}`);
  return chosen;
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
