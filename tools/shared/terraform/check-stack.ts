import * as fs from "node:fs";
import * as path from "node:path";
import { type JsonLinesOutput, type PlanCounts, parseJsonLines, parseValidateOutput, type TerraformDiagnostic, unreadable } from "./diagnostics";
import { placeholderVariables } from "./placeholder-variables";
import { runTerraform, type TerraformRun } from "./run-terraform";
import { terraformEnv } from "./terraform-env";
import { prepareWorkdir } from "./workdir";
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
  /** Every command succeeded and no diagnostic is an error. */
  readonly ok: boolean;
}

/** How to run a check. */
export interface CheckOptions {
  readonly terraform: string;
  readonly provider: RunningSchemaProvider;
  /** Also run `terraform show -json` on the plan and return it. */
  readonly showPlan?: boolean;
  /** Per terraform command; default 120 s. */
  readonly timeoutMs?: number;
  /** The caller's environment, of which only a few variables pass (see terraform-env.ts). */
  readonly env?: NodeJS.ProcessEnv;
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
  const document = JSON.parse(fs.readFileSync(path.join(stack.dir, "cdk.tf.json"), "utf8")) as { variable?: unknown };
  const variables = placeholderVariables(document);
  const workdir = prepareWorkdir({ stackDir: stack.dir, stackName: stack.name, variables, state: options.state, files: options.files });
  const env = terraformEnv(options.env ?? process.env, { cliConfigFile: workdir.cliConfigFile, reattachProviders: options.provider.reattach });
  const stages: { stage: Stage; ok: boolean; ms: number }[] = [];
  const diagnostics: StageDiagnostic[] = [];
  let counts: PlanCounts | undefined;
  let terraformVersion: string | undefined;
  let plan: unknown;
  const run = (stage: Stage, args: string[]) =>
    runTerraform(options.terraform, args, { cwd: workdir.stackDir, env, timeoutMs: options.timeoutMs ?? 120_000 }).then((result) => {
      stages.push({ stage, ok: result.exitCode === 0, ms: result.ms });
      return result;
    });
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
    add("validate", timedOut(validate) ?? parseValidateOutput(validate.stdout, validate.stderr));
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
    else add("show", [unreadable(show.stdout, show.stderr)]);
    return done();
  } finally {
    workdir.remove();
  }

  function done(): StackCheck {
    const ok = stages.every((s) => s.ok) && !diagnostics.some((d) => d.severity === "error");
    // A plan that failed still printed its counts of what it got through; they would mislead.
    return { stack: stack.name, stages, diagnostics, counts: ok ? counts : undefined, terraformVersion, placeholders: Object.keys(variables), plan, ok };
  }
}

/** A command's JSON lines, or, when it printed none and failed, its text as one error. */
function fromJsonLines(run: TerraformRun): JsonLinesOutput {
  const fromTimeout = timedOut(run);
  if (fromTimeout) return { diagnostics: fromTimeout };
  const parsed = parseJsonLines(run.stdout);
  if (run.exitCode !== 0 && !parsed.diagnostics.some((d) => d.severity === "error"))
    return { ...parsed, diagnostics: [...parsed.diagnostics, unreadable(run.stdout, run.stderr)] };
  return parsed;
}

/**
 * Init prefaces configuration errors with one of its own ("Terraform encountered problems during
 * initialisation ... described below"), which says nothing the errors do not; it goes when they are there.
 */
function withoutInitPreamble(diagnostics: readonly TerraformDiagnostic[]): TerraformDiagnostic[] {
  const preamble = (d: TerraformDiagnostic) => /^Terraform encountered problems during initiali[sz]ation/.test(d.summary);
  return diagnostics.some((d) => d.severity === "error" && !preamble(d)) ? diagnostics.filter((d) => !preamble(d)) : [...diagnostics];
}

function timedOut(run: TerraformRun): TerraformDiagnostic[] | undefined {
  return run.timedOut ? [{ severity: "error", summary: `terraform ${run.args[0]} did not finish within its time limit and was stopped` }] : undefined;
}

function sameDiagnostic(a: TerraformDiagnostic, b: TerraformDiagnostic): boolean {
  return a.severity === b.severity && a.summary === b.summary && a.detail === b.detail && a.file === b.file && a.line === b.line && a.address === b.address;
}
