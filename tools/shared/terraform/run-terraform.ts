import { spawn } from "node:child_process";
import type { ProcessSpec } from "./sandbox";

/** What one terraform command left behind. */
export interface TerraformRun {
  /** Terraform's own arguments (`plan -json ...`). */
  readonly args: readonly string[];
  /** null when it was killed. */
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  /** Stopped because its time ran out. */
  readonly timedOut: boolean;
  /** Stopped because the run was cancelled (Ctrl-C, SIGTERM). */
  readonly interrupted: boolean;
}

/** The most of each stream kept: terraform's JSON lines for a stack are far less; a flood is cut, not buffered. */
const MAX_OUTPUT_BYTES = 32 * 1024 * 1024;

/**
 * Runs a terraform command (already wrapped by `containedCommand`) without blocking the event loop: the
 * schema provider answers terraform from this same process, so a synchronous spawn would deadlock.
 * Kills its whole process group when `timeoutMs` passes or `signal` aborts.
 */
export function runTerraform(
  command: ProcessSpec,
  terraformArgs: readonly string[],
  options: { readonly timeoutMs: number; readonly signal?: AbortSignal },
): Promise<TerraformRun> {
  const started = performance.now();
  if (options.signal?.aborted)
    return Promise.resolve({ args: terraformArgs, exitCode: null, stdout: "", stderr: "", ms: 0, timedOut: false, interrupted: true });
  return new Promise((resolve) => {
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    let interrupted = false;
    const finish = (exitCode: number | null, extra = "") => {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      resolve({
        args: terraformArgs,
        exitCode,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8") + extra,
        ms: performance.now() - started,
        timedOut,
        interrupted,
      });
    };
    // A process group of its own, so one kill reaches prlimit's program and whatever it started.
    const child = spawn(command.file, command.args, { cwd: command.cwd, env: command.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const kill = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    };
    const onAbort = () => {
      interrupted = true;
      kill();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, options.timeoutMs);
    options.signal?.addEventListener("abort", onAbort, { once: true });
    const keep = (into: Buffer[]) => {
      let kept = 0;
      return (chunk: Buffer) => {
        if (kept >= MAX_OUTPUT_BYTES) return;
        into.push(chunk.subarray(0, MAX_OUTPUT_BYTES - kept));
        kept += chunk.length;
      };
    };
    child.stdout.on("data", keep(stdout));
    child.stderr.on("data", keep(stderr));
    child.on("error", (err) => finish(null, `cannot run ${command.file}: ${err.message}`));
    child.on("close", (code) => finish(code));
  });
}
