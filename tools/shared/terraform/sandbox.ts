/**
 * Where terraform runs: inside bubblewrap (`bwrap`), which lets it see its binary, the stack's copy and
 * the schema provider's socket folder and nothing else of the machine, with no network, no capability,
 * a fresh process tree (so `/proc` shows none of ours) and only the environment we give; or, when the
 * user says the input is trusted and no sandbox can be made, as a plain child process. The sandbox runs
 * under `prlimit --as`, which bounds each terraform process's address space; so does a trusted run where
 * `prlimit` exists (util-linux: not on macOS, where a trusted run's memory is bounded by nothing of ours).
 *
 * The choice (`chooseContainment`) and the command lines (`containedCommand`) are pure; finding the
 * programs and trying the sandbox once are the caller's, passed in.
 */

/** How terraform runs. */
export type Containment =
  /** In a bubblewrap sandbox. */
  | { readonly kind: "sandbox"; readonly bwrap: string; readonly prlimit: string }
  /** As a plain child process: the user said every file of the input is trusted, and no sandbox could be made. */
  | { readonly kind: "trusted"; readonly prlimit?: string };

/** What was found on the machine, for `chooseContainment`. */
export interface SandboxFacts {
  /** `bwrap` on PATH. */
  readonly bwrap?: string;
  /** `prlimit` on PATH. */
  readonly prlimit?: string;
  /** The first line bwrap printed when it was tried and failed; absent when it worked or was not tried. */
  readonly bwrapFailure?: string;
  /** `--trusted-input`. */
  readonly trusted: boolean;
}

/** How a cdktf.out from a pull request could reach out through terraform: the reason for the sandbox, said once. */
const WHY =
  "terraform reads files by any path a configuration names (file(), templatefile(), remote state) and its " +
  "diagnostics print what it read, so validate --terraform runs it only inside a sandbox that holds the stack's copy and nothing else";

/** How to proceed without a sandbox. */
const TRUSTED_HINT = "or pass --trusted-input if you trust every file of this cdktf.out";

/** The containment to use, or why there is none (a usage problem: the runner must allow a sandbox, or the user must say the input is trusted). */
export function chooseContainment(facts: SandboxFacts): Containment | { readonly problem: string } {
  const sandbox = facts.bwrap !== undefined && facts.bwrapFailure === undefined;
  if (sandbox && facts.prlimit !== undefined) return { kind: "sandbox", bwrap: facts.bwrap, prlimit: facts.prlimit };
  if (facts.trusted) return { kind: "trusted", ...(facts.prlimit === undefined ? {} : { prlimit: facts.prlimit }) };
  if (sandbox) {
    return { problem: "no prlimit on PATH (util-linux): it bounds the memory of each terraform process in the sandbox (--stack-memory); install util-linux" };
  }
  if (facts.bwrap === undefined) {
    return { problem: `no sandbox for terraform: bwrap (bubblewrap) is not on PATH; ${WHY}. Install bubblewrap (apt-get install bubblewrap), ${TRUSTED_HINT}` };
  }
  return {
    problem:
      `no sandbox for terraform: bwrap cannot make one on this machine (${facts.bwrapFailure}); ${WHY}. ` +
      `Allow unprivileged user namespaces (on Ubuntu 24.04, GitHub's ubuntu-24.04 runners: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0; see the README), ${TRUSTED_HINT}`,
  };
}

/** One terraform command to run, before containment. */
export interface TerraformInvocation {
  /** The terraform binary, symbolic links resolved (it is bound into the sandbox by its real path). */
  readonly terraform: string;
  readonly args: readonly string[];
  /** Where it runs: the stack's copy. */
  readonly cwd: string;
  /** Its whole environment. */
  readonly env: Readonly<Record<string, string>>;
  /** Folders it may write: the copy's temporary folder. */
  readonly writable: readonly string[];
  /** Folders it needs besides: the schema provider's socket folder. */
  readonly sockets: readonly string[];
  /** Each process's address space, in bytes. */
  readonly memoryBytes: number;
}

/** A process to spawn: program, arguments, environment, folder. */
export interface ProcessSpec {
  readonly file: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
}

/** The bubblewrap options that make the sandbox, before the binds and the command. */
export const SANDBOX_OPTIONS = [
  // User, IPC, PID, network, UTS and cgroup namespaces: no network at all, and a process tree of its own.
  "--unshare-all",
  // Root keeps its capabilities in the sandbox otherwise.
  "--cap-drop",
  "ALL",
  "--clearenv",
  // Stops everything inside when this process goes, however it goes.
  "--die-with-parent",
  // No terminal to push keystrokes into (TIOCSTI).
  "--new-session",
] as const;

/** The command line that runs one terraform command as the containment says. */
export function containedCommand(containment: Containment, run: TerraformInvocation): ProcessSpec {
  const limit = [`--as=${run.memoryBytes}`, "--"];
  if (containment.kind === "trusted") {
    return containment.prlimit === undefined
      ? { file: run.terraform, args: run.args, env: run.env, cwd: run.cwd }
      : { file: containment.prlimit, args: [...limit, run.terraform, ...run.args], env: run.env, cwd: run.cwd };
  }
  const bind = (flag: string) => (dir: string) => [flag, dir, dir];
  return {
    file: containment.prlimit,
    args: [
      ...limit,
      containment.bwrap,
      ...SANDBOX_OPTIONS,
      ...bind("--ro-bind")(run.terraform),
      ...run.writable.flatMap(bind("--bind")),
      ...run.sockets.flatMap(bind("--bind")),
      "--dev",
      "/dev",
      "--proc",
      "/proc",
      "--chdir",
      run.cwd,
      ...Object.entries(run.env).flatMap(([name, value]) => ["--setenv", name, value]),
      "--",
      run.terraform,
      ...run.args,
    ],
    // bwrap's own process inside the sandbox (its pid 1) keeps the environment it was started with: none.
    env: {},
    cwd: run.cwd,
  };
}

/** The command that tries the sandbox once: terraform prints its version inside one. */
export function sandboxTrial(bwrap: string, terraform: string): ProcessSpec {
  return {
    file: bwrap,
    args: [...SANDBOX_OPTIONS, "--ro-bind", terraform, terraform, "--dev", "/dev", "--proc", "/proc", "--", terraform, "version"],
    env: {},
    cwd: "/",
  };
}
