/**
 * Repeats and their summary, and the two ways the bench measures: a case in a child process of its own
 * (so each peak RSS belongs to one case alone), and a whole command timed by the wall clock.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import type { CaseKind, ChildResult } from "./child";
import { PROFILE_ENV } from "./profile";
import type { Runner, RunnerName } from "./runners";

/** The middle and the extremes of repeated samples. */
export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Every sample, in the order taken. */
  readonly samples: readonly number[];
}

/** Median, min and max of `samples` (at least one). */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error("summarize: no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], samples: [...samples] };
}

/**
 * Ratios of paired samples (taken in the same round, one right after the other), summarized. Pairing
 * cancels most of the drift a shared machine adds between rounds.
 */
export function pairedRatio(numerator: readonly number[], denominator: readonly number[]): Summary {
  if (numerator.length !== denominator.length) throw new Error("pairedRatio: samples are not paired");
  return summarize(numerator.map((n, i) => n / denominator[i]));
}

/** What one case's process measured, and the runner that started it. */
export interface CaseResult extends ChildResult {
  readonly runner: RunnerName;
}

/** Options of `runCase`. */
export interface RunCaseOptions {
  /** The documents file the floor reads. */
  readonly documentsFile?: string;
  /** Write a CPU profile of the measured run into this directory. */
  readonly cpuProfileDir?: string;
  /** Tells this run's profile from the others of the same case (the round). */
  readonly label?: string;
  /** The Node binary to run the case with. @default - the one running the bench */
  readonly node?: string;
}

/** Runs one case once, in a fresh Node process started by `runner`, and returns what it measured. */
export function runCase(runner: Runner, kind: CaseKind, shape: string, connectors: number, options: RunCaseOptions = {}): CaseResult {
  const args = ["--expose-gc", ...runner.nodeArgs, runner.childScript, kind, shape, String(connectors)];
  if (options.documentsFile) args.push(options.documentsFile);
  const profile = options.cpuProfileDir
    ? { [PROFILE_ENV]: path.join(options.cpuProfileDir, [runner.name, shape, kind, connectors, options.label].filter((p) => p !== undefined).join("-")) }
    : {};
  const child = spawnSync(options.node ?? process.execPath, args, {
    encoding: "utf8",
    env: { ...process.env, CHECKPOINT_DISABLE: "1", ...profile },
    maxBuffer: 64 * 1024 * 1024,
  });
  const what = `bench case ${runner.name} ${shape} ${kind} x${connectors}`;
  if (child.status !== 0) throw new Error(`${what} failed (exit ${child.status ?? child.signal}):\n${child.stderr}`);
  const result = JSON.parse(child.stdout.trim().split("\n").pop() ?? "") as ChildResult;
  // The runner's one difference that matters here; a tsx that stopped turning them on would make the tsx figures mean something else.
  if (result.sourceMaps !== (runner.name === "tsx")) throw new Error(`${what}: source maps ${result.sourceMaps ? "on" : "off"}, not as the runner promises`);
  return { ...result, runner: runner.name };
}

/** What running a command once took. */
export interface CommandRun {
  readonly wallMs: number;
  readonly exitCode: number;
  /** The end of its output, for a failure report. */
  readonly tail: string;
}

/** Runs a command to completion and times it by the wall clock, start of spawn to exit. */
export function timeCommand(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; shell?: boolean }): CommandRun {
  const start = performance.now();
  const child = spawnSync(command, args, {
    cwd: options.cwd,
    env: { ...process.env, CHECKPOINT_DISABLE: "1", ...options.env },
    encoding: "utf8",
    shell: options.shell ?? false,
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallMs = performance.now() - start;
  const output = `${child.stdout ?? ""}${child.stderr ?? ""}`;
  return { wallMs, exitCode: child.status ?? -1, tail: output.slice(-4000) };
}
