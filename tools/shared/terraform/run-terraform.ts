import { spawn } from "node:child_process";

/** What one terraform command left behind. */
export interface TerraformRun {
  readonly args: readonly string[];
  /** null when it was killed (after the time limit). */
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  readonly timedOut: boolean;
}

/**
 * Runs terraform without blocking the event loop: the schema provider answers terraform from this
 * same process, so a synchronous spawn would deadlock. Stops it after `timeoutMs`.
 */
export function runTerraform(
  binary: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<TerraformRun> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(binary, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    const finish = (exitCode: number | null, extra = "") => {
      clearTimeout(timer);
      resolve({
        args,
        exitCode,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8") + extra,
        ms: performance.now() - started,
        timedOut,
      });
    };
    child.on("error", (err) => finish(null, `cannot run ${binary}: ${err.message}`));
    child.on("close", (code) => finish(code));
  });
}
