import { spawn } from "node:child_process";
import { findExecutable } from "./find-terraform";
import { sandboxTrial, type SandboxFacts } from "./sandbox";

/** How long the one trial of the sandbox may take. */
const TRIAL_MS = 20_000;

/**
 * What `chooseContainment` needs to know of this machine: `bwrap` and `prlimit` on the caller's PATH,
 * and whether bwrap can make a sandbox here (it is tried once, running `terraform version` inside:
 * AppArmor or a container's seccomp profile can forbid the namespaces it needs).
 */
export async function sandboxFacts(env: NodeJS.ProcessEnv, terraform: string, trusted: boolean): Promise<SandboxFacts> {
  const bwrap = findExecutable("bwrap", env);
  const prlimit = findExecutable("prlimit", env);
  const bwrapFailure = bwrap === undefined ? undefined : await tryBwrap(bwrap, terraform);
  return { bwrap, prlimit, bwrapFailure, trusted };
}

/** Undefined when the sandbox works; else the first line bwrap (or the trial) said. */
function tryBwrap(bwrap: string, terraform: string): Promise<string | undefined> {
  const trial = sandboxTrial(bwrap, terraform);
  return new Promise((resolve) => {
    const child = spawn(trial.file, trial.args, { env: trial.env, cwd: trial.cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString("utf8");
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), TRIAL_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve(error.message);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(undefined);
      else resolve(stderr.trim().split("\n")[0] || (signal ? `stopped by ${signal}` : `exit code ${code}`));
    });
  });
}
