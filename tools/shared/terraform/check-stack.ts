import * as fs from "node:fs";
import * as path from "node:path";
import { type JsonLinesOutput, type PlanCounts, parseJsonLines, parseValidateOutput, type TerraformDiagnostic, unreadable } from "./diagnostics";
import { findExecutable } from "./find-terraform";
import { placeholderVariables } from "./placeholder-variables";
import { type Refusal, refusalsOf } from "./reach-outside";
import { runTerraform, type TerraformRun } from "./run-terraform";
import { containedCommand, type Containment } from "./sandbox";
import { DEFAULT_STACK_LIMITS, formatBytes, formatDuration, type StackLimits } from "./stack-limits";
import { terraformEnv } from "./terraform-env";
import { listStackFolder, prepareWorkdir } from "./workdir";
import { parseJson } from "../json-input";
import { readTextFile } from "../safe-files";
import type { RunningSchemaProvider } from "../../schema-provider/grpc-server";

/** The terraform commands a check runs, in order. */
export type Stage = "init" | "validate" | "plan" | "show";

/** A diagnostic and the command that reported it. */
export interface StageDiagnostic extends TerraformDiagnostic {
  readonly stage: Stage;
}

/** How one stack fared. */
export interface StackCheck {
  readonly stack: string;
  /** Each command run, whether it succeeded, and how long it took. */
  readonly stages: readonly { readonly stage: Stage; readonly ok: boolean; readonly ms: number }[];
  /** Terraform's diagnostics (the schema provider's among them), each once. */
  readonly diagnostics: readonly StageDiagnostic[];
  /** The plan's counts, when the plan got that far. */
  readonly counts?: PlanCounts;
  /** The version of terraform that ran, as it says it. */
  readonly terraformVersion?: string;
  /** Variables that got a placeholder value, by name. */
  readonly placeholders: readonly string[];
  /** `terraform show -json` of the plan, when asked for and the plan succeeded. */
  readonly plan?: unknown;
  /** What in the folder would reach outside the copy: when there is any, terraform did not run. */
  readonly refusals?: readonly Refusal[];
  /** Every command succeeded and no diagnostic is an error. */
  readonly ok: boolean;
}

/** Thrown when the run was cancelled (`CheckOptions.signal`): terraform was stopped and the copy removed. */
export class Interrupted extends Error {
  constructor() {
    super("interrupted");
    this.name = "Interrupted";
  }
}

/** How to run a check. */
export interface CheckOptions {
  readonly terraform: string;
  readonly provider: RunningSchemaProvider;
  /** Also run `terraform show -json` on the plan and return it. */
  readonly showPlan?: boolean;
  /**
   * How terraform runs (see sandbox.ts). Default: a plain child process (under `prlimit` if there is one), for callers
   * whose stacks are their own (the tests); the command always chooses.
   */
  readonly containment?: Containment;
  /** Memory of each terraform process, and time of all of a stack's; default `DEFAULT_STACK_LIMITS`. */
  readonly limits?: Partial<StackLimits>;
  /** Cancels the check: terraform is killed, the copy removed, and `Interrupted` thrown. */
  readonly signal?: AbortSignal;
  /** A state to plan against (see `WorkdirOptions`). */
  readonly state?: unknown;
  /** Extra files for the stack's copy (see `WorkdirOptions`). */
  readonly files?: Readonly<Record<string, string>>;
}

/**
 * `terraform init`, `validate` and `plan` (and `show -json` if asked) on a temporary copy of one
 * synthesized stack folder, with the schema provider reattached. Stops at the first command that
 * fails. The copy is removed afterwards; the user's folder, state and environment stay untouched.
 */
export async function checkStack(stack: { readonly name: string; readonly dir: string }, options: CheckOptions): Promise<StackCheck> {
  if (options.signal?.aborted) throw new Interrupted();
  const limits = { ...DEFAULT_STACK_LIMITS, ...options.limits };
  const parsed = parseJson(readTextFile(path.join(stack.dir, "cdk.tf.json")));
  const document = "problem" in parsed ? {} : (parsed.value as { variable?: unknown });
  const variables = placeholderVariables(document);
  const entries = listStackFolder(stack.dir);
  const refusals = refusalsOf(entries, document);
  if (refusals.length > 0) return { stack: stack.name, stages: [], diagnostics: [], placeholders: [], refusals, ok: false };
  const containment = options.containment ?? defaultContainment();
  const terraform = fs.realpathSync(options.terraform);
  const workdir = prepareWorkdir({ stackDir: stack.dir, stackName: stack.name, variables, state: options.state, files: options.files, entries });
  const env = terraformEnv({
    terraform,
    cliConfigFile: workdir.cliConfigFile,
    reattachProviders: options.provider.reattach,
    home: workdir.home,
    tmp: workdir.tmp,
  });
  const deadline = performance.now() + limits.timeoutMs;
  const stages: { stage: Stage; ok: boolean; ms: number }[] = [];
  const diagnostics: StageDiagnostic[] = [];
  let counts: PlanCounts | undefined;
  let terraformVersion: string | undefined;
  let plan: unknown;
  const run = async (stage: Stage, args: string[]) => {
    const command = containedCommand(containment, {
      terraform,
      args,
      cwd: workdir.stackDir,
      env,
      writable: [workdir.root],
      sockets: [path.dirname(options.provider.socket)],
      memoryBytes: limits.memoryBytes,
    });
    const result = await runTerraform(command, args, { timeoutMs: Math.max(0, deadline - performance.now()), signal: options.signal });
    if (result.interrupted) throw new Interrupted();
    stages.push({ stage, ok: result.exitCode === 0, ms: result.ms });
    return result;
  };
  const add = (stage: Stage, found: readonly TerraformDiagnostic[]) => {
    for (const d of found) if (!diagnostics.some((seen) => sameDiagnostic(seen, d))) diagnostics.push({ ...d, stage });
  };
  try {
    const init = await run("init", ["init", "-json", "-input=false", "-no-color"]);
    const initialized = fromJsonLines(init);
    terraformVersion = initialized.terraformVersion;
    add("init", withoutInitPreamble(initialized.diagnostics));
    if (init.exitCode !== 0) return done();

    const validate = await run("validate", ["validate", "-json", "-no-color"]);
    add("validate", stopped(validate) ?? parseValidateOutput(validate.stdout, validate.stderr));
    if (validate.exitCode !== 0) return done();

    const planRun = await run("plan", [
      "plan",
      "-json",
      "-input=false",
      "-no-color",
      "-lock=false",
      `-var-file=${workdir.varFile}`,
      `-out=${workdir.planFile}`,
    ]);
    const planned = fromJsonLines(planRun);
    add("plan", planned.diagnostics);
    counts = planned.counts;
    if (planRun.exitCode !== 0 || options.showPlan !== true) return done();

    const show = await run("show", ["show", "-json", "-no-color", workdir.planFile]);
    if (show.exitCode === 0) plan = JSON.parse(show.stdout) as unknown;
    else add("show", stopped(show) ?? [unreadable(show.stdout, show.stderr)]);
    return done();
  } finally {
    workdir.remove();
  }

  function done(): StackCheck {
    const ok = stages.every((s) => s.ok) && !diagnostics.some((d) => d.severity === "error");
    // A plan that failed still printed its counts of what it got through; they would mislead.
    return {
      stack: stack.name,
      stages,
      diagnostics,
      counts: ok ? counts : undefined,
      terraformVersion,
      placeholders: Object.keys(variables),
      plan,
      refusals: [],
      ok,
    };
  }

  /** A command's JSON lines, or, when it printed none and failed, its text as one error. */
  function fromJsonLines(run: TerraformRun): JsonLinesOutput {
    const fromLimit = stopped(run);
    if (fromLimit) return { diagnostics: fromLimit };
    const parsed = parseJsonLines(run.stdout);
    if (run.exitCode !== 0 && !parsed.diagnostics.some((d) => d.severity === "error"))
      return { ...parsed, diagnostics: [...parsed.diagnostics, unreadable(run.stdout, run.stderr)] };
    return parsed;
  }

  /** The one error of a command that hit a limit of the stack's. */
  function stopped(run: TerraformRun): TerraformDiagnostic[] | undefined {
    const command = `terraform ${run.args[0]}`;
    if (run.timedOut) {
      return [
        { severity: "error", summary: `${command} was stopped: the stack's time limit of ${formatDuration(limits.timeoutMs)} ran out (--stack-timeout)` },
      ];
    }
    if (run.exitCode !== 0 && outOfMemory(run.stderr)) {
      return [
        {
          severity: "error",
          summary: `${command} ran out of memory: each terraform process of a stack may take ${formatBytes(limits.memoryBytes)} of address space (--stack-memory)`,
        },
      ];
    }
    return undefined;
  }
}

/** Go's runtime says so on standard error when an allocation fails (under `prlimit --as`, at the limit). */
export function outOfMemory(stderr: string): boolean {
  return /^fatal error: .*(out of memory|failed to reserve)/m.test(stderr) || /^runtime: out of memory/m.test(stderr);
}

function defaultContainment(): Containment {
  const prlimit = findExecutable("prlimit", process.env);
  return { kind: "trusted", ...(prlimit === undefined ? {} : { prlimit }) };
}

/**
 * Init prefaces configuration errors with one of its own ("Terraform encountered problems during
 * initialisation ... described below"), which says nothing the errors do not; it goes when they are there.
 */
function withoutInitPreamble(diagnostics: readonly TerraformDiagnostic[]): TerraformDiagnostic[] {
  const preamble = (d: TerraformDiagnostic) => /^Terraform encountered problems during initiali[sz]ation/.test(d.summary);
  return diagnostics.some((d) => d.severity === "error" && !preamble(d)) ? diagnostics.filter((d) => !preamble(d)) : [...diagnostics];
}

function sameDiagnostic(a: TerraformDiagnostic, b: TerraformDiagnostic): boolean {
  return a.severity === b.severity && a.summary === b.summary && a.detail === b.detail && a.file === b.file && a.line === b.line && a.address === b.address;
}
