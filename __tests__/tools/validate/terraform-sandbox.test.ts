/**
 * `validate --terraform` on hostile `cdktf.out` folders, as a pull request could shape them: files and
 * environments outside the folder are not there for terraform, remote state and modules are refused
 * before it runs and a loopback "remote" is never contacted, each stack is bounded in memory and time,
 * and Ctrl-C or SIGTERM leave no process and no temporary folder. Where no sandbox can be made the
 * command refuses, unless told the input is trusted; a run so told shows what the sandbox keeps out.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import { tempDir } from "../../support/helpers";
import { runTool } from "../../support/run-tool";
import { describeWithTerraform, TERRAFORM } from "../../support/terraform";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const withPath = { env: { PATH: process.env.PATH } };

/** A stack: its `cdk.tf.json`, and other files of its folder by relative path (a string is written, a function builds). */
interface HostileStack {
  readonly doc: unknown;
  readonly files?: Readonly<Record<string, string | ((file: string) => void)>>;
}

function outdirWith(stacks: Readonly<Record<string, HostileStack>>): string {
  const outdir = tempDir("cartesia-hostile-tf-");
  for (const [name, stack] of Object.entries(stacks)) {
    const dir = path.join(outdir, "stacks", name);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "cdk.tf.json"), JSON.stringify(stack.doc, null, 2));
    for (const [relative, content] of Object.entries(stack.files ?? {})) {
      const file = path.join(dir, relative);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      if (typeof content === "string") fs.writeFileSync(file, content);
      else content(file);
    }
  }
  return outdir;
}

/** An output whose value terraform must show in a diagnostic when it cannot make a number of it: the leak of the issue. */
const leak = (expression: string) => ({ output: { leak: { value: `\${tonumber(${expression})}` } } });
/** Terraform's parent process's environment: `/proc/<ppid>/environ`, the ppid read from `/proc/self/stat`. */
const PARENT_ENVIRON = 'file("/proc/${split(" ", file("/proc/self/stat"))[3]}/environ")';

/** A file outside every folder the command is given, with a marker no output may hold. */
function plantedFile(): { file: string; marker: string } {
  const marker = `PLANTED-OUTSIDE-${process.pid}-${Date.now()}`;
  const file = path.join(tempDir("cartesia-planted-"), "secret.txt");
  fs.writeFileSync(file, `${marker}\n`);
  return { file, marker };
}

/** A loopback TCP server that counts connections: whatever protocol terraform would speak, none may arrive. */
async function loopbackRemote(): Promise<{ url: string; host: string; connections: () => number; close: () => Promise<void> }> {
  let connections = 0;
  const server = net.createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    connections: () => connections,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A folder for PATH holding links to only these programs. */
function pathWith(programs: Readonly<Record<string, string>>): string {
  const dir = tempDir("cartesia-path-");
  for (const [name, target] of Object.entries(programs)) fs.symlinkSync(target, path.join(dir, name));
  return dir;
}

const PRLIMIT = "/usr/bin/prlimit";

/** Runs the command as a child process, as CI does: `node --import tsx tools/cli.ts`. */
function spawnCli(args: readonly string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "tools", "cli.ts"), ...args], {
    cwd: ROOT,
    env: { CHECKPOINT_DISABLE: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (code) => resolve({ code, stdout, stderr })),
  );
  return { child, exited };
}

/** Every process that runs in this folder or names it on its command line (prlimit and bwrap name the copy; terraform runs in it). */
function processesIn(dir: string): string[] {
  const found: string[] = [];
  for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      if (cmdline.includes(dir) || fs.readlinkSync(`/proc/${pid}/cwd`).startsWith(dir)) found.push(`${pid} ${cmdline}`);
    } catch {
      // Gone meanwhile, or not ours to look at.
    }
  }
  return found;
}

async function until(condition: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A local that takes terraform minutes: `distinct` over a million strings is quadratic. */
const SLOW = {
  locals: { slow: '${length(distinct(flatten([for a in range(1024) : [for b in range(1024) : "${a}-${b}"]])))}' },
  output: { o: { value: "${local.slow}" } },
};
/** A local of 8^10 characters, made eight times larger ten times over: gigabytes unbounded. */
const HUNGRY = {
  locals: { big: `\${length(${"replace(".repeat(10)}"x"${', "x", "xxxxxxxx")'.repeat(10)})}` },
  output: { o: { value: "${local.big}" } },
};

const NOT_A_NUMBER = "given string must be a decimal representation of a number.";

describeWithTerraform("validate --terraform contains terraform", () => {
  test("files outside the folder are not there: an absolute path, /etc/hostname, the parent's /proc/<pid>/environ; exit 1, nothing of them printed", async () => {
    const { file, marker } = plantedFile();
    const outdir = outdirWith({
      "file-outside": { doc: leak(`file(${JSON.stringify(file)})`) },
      hostname: { doc: leak('file("/etc/hostname")') },
      "parent-environ": { doc: leak(PARENT_ENVIRON) },
      capabilities: { doc: leak('file("/proc/self/status")') },
    });
    const result = await runTool(["validate", "--terraform", outdir], withPath);
    const noFile = (f: string) =>
      `      Invalid value for "path" parameter: no file exists at ${JSON.stringify(f)}; this function works only with files that are distributed as part of the configuration source code, so if this file will be created by a resource in this configuration you must instead obtain this result from an attribute of that resource.`;
    expect(result.lines).toEqual([
      // Root in the sandbox has no capability left, and cannot gain one.
      "stacks/capabilities/cdk.tf.json: terraform failed at validate (1 error)",
      "  error (validate) stacks/capabilities/cdk.tf.json:4: Invalid function argument",
      expect.stringMatching(
        /^ {6}Invalid value for "v" parameter: cannot convert "Name:\\tterraform\\n.*\\nCapPrm:\\t0000000000000000\\nCapEff:\\t0000000000000000\\nCapBnd:\\t0000000000000000\\nCapAmb:\\t0000000000000000\\nNoNewPrivs:\\t1\\n/,
      ),
      "stacks/file-outside/cdk.tf.json: terraform failed at validate (1 error)",
      "  error (validate) stacks/file-outside/cdk.tf.json:4: Invalid function argument",
      noFile(file),
      "stacks/hostname/cdk.tf.json: terraform failed at validate (1 error)",
      "  error (validate) stacks/hostname/cdk.tf.json:4: Invalid function argument",
      noFile("/etc/hostname"),
      // Terraform's parent in the sandbox is bubblewrap's own init, started with an empty environment.
      "stacks/parent-environ/cdk.tf.json: terraform failed at validate (1 error)",
      "  error (validate) stacks/parent-environ/cdk.tf.json:4: Invalid function argument",
      `      Invalid value for "v" parameter: cannot convert "" to number; ${NOT_A_NUMBER}`,
      `validate --terraform: 4 of 4 stacks failed (terraform 1.11.4 at ${TERRAFORM}, in a sandbox)`,
    ]);
    expect([result.code, result.stderr]).toEqual([1, ""]);
    expect(result.stdout).not.toContain(marker);
    expect(result.stdout).not.toContain(fs.readFileSync("/etc/hostname", "utf8").trim());
  });

  test("remote state, modules from elsewhere and terraform's own files beside cdk.tf.json are refused before terraform runs; a backend in cdk.tf.json is replaced; the loopback remote is never contacted", async () => {
    const remote = await loopbackRemote();
    const { file } = plantedFile();
    try {
      const outdir = outdirWith({
        "state-absolute": { doc: { data: { terraform_remote_state: { prod: { backend: "local", config: { path: file } } } } } },
        "state-http": { doc: { data: { terraform_remote_state: { prod: { backend: "http", config: { address: `${remote.url}/state` } } } } } },
        "module-http": { doc: { module: { m: { source: `${remote.url}/module.zip` } } } },
        "module-git": { doc: { module: { m: { source: `git::${remote.url}/module.git` } } } },
        override: {
          doc: {},
          files: { "evil_override.tf.json": JSON.stringify({ terraform: { backend: { http: { address: `${remote.url}/state` } } } }) },
        },
        link: { doc: {}, files: { "assets/secret.txt": (f) => fs.symlinkSync(file, f) } },
        "backend-http": { doc: { terraform: { backend: { http: { address: `${remote.url}/state` } } }, output: { o: { value: 1 } } } },
        // A local module's own files are not read before terraform runs: there the sandbox has no network.
        "nested-module-http": {
          doc: { module: { m: { source: "./assets/mod" } } },
          files: { "assets/mod/main.tf.json": JSON.stringify({ module: { inner: { source: `${remote.url}/inner.zip` } } }) },
        },
        "local-module": {
          doc: { module: { m: { source: "./assets/mod" } }, output: { o: { value: "${module.m.x}" } } },
          files: { "assets/mod/main.tf.json": JSON.stringify({ output: { x: { value: 1 } } }) },
        },
      });
      const result = await runTool(["validate", "--terraform", outdir], withPath);
      expect(result.lines).toEqual([
        "stacks/backend-http/cdk.tf.json: terraform validated and planned it: 0 to add, 0 to change, 0 to destroy",
        "stacks/link/cdk.tf.json: not given to terraform: 1 thing in the stack would reach outside its copy",
        "  refused stacks/link/assets/secret.txt: a symbolic link; only regular files and folders of the stack are copied for terraform",
        "stacks/local-module/cdk.tf.json: terraform validated and planned it: 0 to add, 0 to change, 0 to destroy",
        "stacks/module-git/cdk.tf.json: not given to terraform: 1 thing in the stack would reach outside its copy",
        `  refused stacks/module-git/cdk.tf.json $.module.m.source: "git::${remote.url}/module.git" is not a local path inside the stack folder ("./..."); validate --terraform downloads no module (module "m")`,
        "stacks/module-http/cdk.tf.json: not given to terraform: 1 thing in the stack would reach outside its copy",
        `  refused stacks/module-http/cdk.tf.json $.module.m.source: "${remote.url}/module.zip" is not a local path inside the stack folder ("./..."); validate --terraform downloads no module (module "m")`,
        "stacks/nested-module-http/cdk.tf.json: terraform failed at init (1 error)",
        "  error (init) stacks/nested-module-http/assets/mod/main.tf.json:1: Failed to download module",
        `      Could not download module "inner" (assets/mod/main.tf.json:1) source code from "${remote.url}/inner.zip": Get "${remote.url}/inner.zip": dial tcp ${remote.host}: connect: connection refused`,
        "stacks/override/cdk.tf.json: not given to terraform: 1 thing in the stack would reach outside its copy",
        "  refused stacks/override/evil_override.tf.json: terraform would read this file along with cdk.tf.json (an override, a second configuration or a variables file); cdktf writes none, and validate --terraform gives terraform cdk.tf.json alone",
        "stacks/state-absolute/cdk.tf.json: not given to terraform: 1 thing in the stack would reach outside its copy",
        `  refused stacks/state-absolute/cdk.tf.json $.data.terraform_remote_state.prod.config.path: ${JSON.stringify(file)} leads outside the stack's copy; validate --terraform reads no state but its own and files inside the copy`,
        "stacks/state-http/cdk.tf.json: not given to terraform: 1 thing in the stack would reach outside its copy",
        `  refused stacks/state-http/cdk.tf.json $.data.terraform_remote_state.prod.backend: "http" is not "local"; validate --terraform reads no remote state but a local file inside the stack's copy`,
        `validate --terraform: 7 of 9 stacks failed (terraform 1.11.4 at ${TERRAFORM}, in a sandbox)`,
      ]);
      expect([result.code, result.stderr]).toEqual([1, ""]);
      expect(remote.connections()).toBe(0);
    } finally {
      await remote.close();
    }
  });

  test("memory and time are bounded per stack, each stack named with the limit it hit and the flag that sets it; the others still plan", async () => {
    const outdir = outdirWith({ hungry: { doc: HUNGRY }, slow: { doc: SLOW }, fine: { doc: { output: { o: { value: 1 } } } } });
    const started = Date.now();
    // The slow stack waits out the whole limit; fine and hungry each end within 1 s, so 2 s leaves them room on a loaded runner.
    const result = await runTool(["validate", "--terraform", outdir, "--stack-memory", "1536MiB", "--stack-timeout", "2s"], withPath);
    expect(result.lines.slice(0, 3)).toEqual([
      "stacks/fine/cdk.tf.json: terraform validated and planned it: 0 to add, 0 to change, 0 to destroy",
      "stacks/hungry/cdk.tf.json: terraform failed at validate (1 error)",
      "  error (validate): terraform validate ran out of memory: each terraform process of a stack may take 1536 MiB of address space (--stack-memory)",
    ]);
    // Validate is where terraform evaluates the local; on a loaded runner init may be the command the time runs out in.
    expect(result.lines.slice(3)).toEqual([
      expect.stringMatching(/^stacks\/slow\/cdk\.tf\.json: terraform failed at (init|validate) \(1 error\)$/),
      expect.stringMatching(
        /^ {2}error \((init|validate)\): terraform (init|validate) was stopped: the stack's time limit of 2 s ran out \(--stack-timeout\)$/,
      ),
      `validate --terraform: 2 of 3 stacks failed (terraform 1.11.4 at ${TERRAFORM}, in a sandbox)`,
    ]);
    expect(result.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});

describeWithTerraform("where no sandbox can be made", () => {
  test("no bwrap on PATH: exit 2 saying why and what to do; nothing runs", async () => {
    const outdir = outdirWith({ fine: { doc: {} } });
    const result = await runTool(["validate", "--terraform", outdir], { env: { PATH: pathWith({ terraform: TERRAFORM!, prlimit: PRLIMIT }) } });
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(result.stderr.split("\n")).toEqual([
      "validate: --terraform: no sandbox for terraform: bwrap (bubblewrap) is not on PATH; terraform reads files by any path a configuration names (file(), templatefile(), remote state) and its diagnostics print what it read, so validate --terraform runs it only inside a sandbox that holds the stack's copy and nothing else. Install bubblewrap (apt-get install bubblewrap), or pass --trusted-input if you trust every file of this cdktf.out",
      'Run "cartesia-genesys validate --help" for usage.',
      "",
    ]);
  });

  test("a bwrap that cannot make a sandbox (as under Ubuntu 24.04's AppArmor): exit 2 quoting it, with how to allow it", async () => {
    const bin = tempDir("cartesia-fake-bwrap-");
    fs.writeFileSync(path.join(bin, "bwrap"), "#!/bin/sh\necho 'bwrap: setting up uid map: Permission denied' >&2\nexit 1\n", { mode: 0o755 });
    for (const [name, target] of [
      ["terraform", TERRAFORM!],
      ["prlimit", PRLIMIT],
    ])
      fs.symlinkSync(target, path.join(bin, name));
    const result = await runTool(["validate", "--terraform", outdirWith({ fine: { doc: {} } })], { env: { PATH: bin } });
    expect([result.code, result.stderr.split("\n")[0]]).toEqual([
      2,
      "validate: --terraform: no sandbox for terraform: bwrap cannot make one on this machine (bwrap: setting up uid map: Permission denied); terraform reads files by any path a configuration names (file(), templatefile(), remote state) and its diagnostics print what it read, so validate --terraform runs it only inside a sandbox that holds the stack's copy and nothing else. Allow unprivileged user namespaces (on Ubuntu 24.04, GitHub's ubuntu-24.04 runners: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0; see the README), or pass --trusted-input if you trust every file of this cdktf.out",
    ]);
  });

  test("bwrap but no prlimit: exit 2, the sandbox's memory could not be bounded; with --trusted-input and neither (as on macOS) it runs, saying memory is not bounded", async () => {
    const outdir = outdirWith({ fine: { doc: { output: { o: { value: 1 } } } } });
    const refused = await runTool(["validate", "--terraform", outdir], { env: { PATH: pathWith({ terraform: TERRAFORM!, bwrap: "/usr/bin/bwrap" }) } });
    expect([refused.code, refused.stderr.split("\n")[0]]).toEqual([
      2,
      "validate: --terraform: no prlimit on PATH (util-linux): it bounds the memory of each terraform process in the sandbox (--stack-memory); install util-linux",
    ]);
    const bin = pathWith({ terraform: TERRAFORM! });
    const trusted = await runTool(["validate", "--terraform", "--trusted-input", outdir], { env: { PATH: bin } });
    expect([trusted.code, ...trusted.lines]).toEqual([
      0,
      "stacks/fine/cdk.tf.json: terraform validated and planned it: 0 to add, 0 to change, 0 to destroy",
      `validate --terraform: 1 of 1 stacks validated and planned (terraform 1.11.4 at ${path.join(bin, "terraform")}, without a sandbox (--trusted-input), memory not bounded (no prlimit on PATH))`,
    ]);
  });

  test("--trusted-input runs terraform without one, says so, and still refuses what reaches out and replaces the backend: the loopback remote is never contacted", async () => {
    const remote = await loopbackRemote();
    try {
      const outdir = outdirWith({
        "backend-http": { doc: { terraform: { backend: { http: { address: `${remote.url}/state` } } }, output: { o: { value: 1 } } } },
        cloud: { doc: { terraform: { cloud: { hostname: remote.host, organization: "o", workspaces: { name: "w" } } }, output: { o: { value: 1 } } } },
        "state-http": { doc: { data: { terraform_remote_state: { prod: { backend: "http", config: { address: `${remote.url}/state` } } } } } },
      });
      const bin = pathWith({ terraform: TERRAFORM!, prlimit: PRLIMIT });
      const result = await runTool(["validate", "--terraform", "--trusted-input", outdir], { env: { PATH: bin } });
      expect(result.lines).toEqual([
        "stacks/backend-http/cdk.tf.json: terraform validated and planned it: 0 to add, 0 to change, 0 to destroy",
        "stacks/cloud/cdk.tf.json: terraform validated and planned it: 0 to add, 0 to change, 0 to destroy",
        "stacks/state-http/cdk.tf.json: not given to terraform: 1 thing in the stack would reach outside its copy",
        `  refused stacks/state-http/cdk.tf.json $.data.terraform_remote_state.prod.backend: "http" is not "local"; validate --terraform reads no remote state but a local file inside the stack's copy`,
        `validate --terraform: 1 of 3 stacks failed (terraform 1.11.4 at ${path.join(bin, "terraform")}, without a sandbox (--trusted-input))`,
      ]);
      expect(remote.connections()).toBe(0);
    } finally {
      await remote.close();
    }
  });
});

describeWithTerraform("what only the sandbox keeps out", () => {
  test("without it (--trusted-input), a local module's own module over http is fetched from the loopback remote; in it, the same folder reaches nothing", async () => {
    const remote = await loopbackRemote();
    try {
      const outdir = outdirWith({
        nested: {
          doc: { module: { m: { source: "./assets/mod" } } },
          files: { "assets/mod/main.tf.json": JSON.stringify({ module: { inner: { source: `${remote.url}/inner.zip` } } }) },
        },
      });
      const sandboxed = await runTool(["validate", "--terraform", outdir], withPath);
      expect([sandboxed.code, remote.connections()]).toEqual([1, 0]);
      const trusted = await runTool(["validate", "--terraform", "--trusted-input", outdir], {
        env: { PATH: pathWith({ terraform: TERRAFORM!, prlimit: PRLIMIT }) },
      });
      expect(trusted.code).toBe(1);
      expect(remote.connections()).toBeGreaterThan(0);
    } finally {
      await remote.close();
    }
  });
});

describeWithTerraform("the CI environment, from a child process as CI runs it", () => {
  test("in the sandbox neither the planted file nor a variable of the command's environment reaches the output; without it (--trusted-input) both do", async () => {
    const { file, marker } = plantedFile();
    const note = `RUNNER-NOTE-${process.pid}-${Date.now()}`;
    const outdir = outdirWith({ "file-outside": { doc: leak(`file(${JSON.stringify(file)})`) }, "parent-environ": { doc: leak(PARENT_ENVIRON) } });
    const run = async (extra: string[], PATH: string) => await spawnCli(["validate", "--terraform", outdir, ...extra], { PATH, RUNNER_NOTE: note }).exited;

    const sandboxed = await run([], process.env.PATH!);
    expect([sandboxed.code, sandboxed.stdout.includes(marker), sandboxed.stdout.includes(note)]).toEqual([1, false, false]);

    const bin = pathWith({ terraform: TERRAFORM!, prlimit: PRLIMIT });
    const trusted = await run(["--trusted-input"], bin);
    expect([trusted.code, trusted.stdout.includes(marker), trusted.stdout.includes(note)]).toEqual([1, true, true]);
    expect(trusted.stdout.split("\n").at(-2)).toBe(
      `validate --terraform: 2 of 2 stacks failed (terraform 1.11.4 at ${path.join(bin, "terraform")}, without a sandbox (--trusted-input))`,
    );
  });

  test.each(["SIGINT", "SIGTERM"] as const)(
    "%s mid-run ends terraform and the schema provider and removes every temporary folder; exit 1 saying so",
    async (signal) => {
      const tmp = tempDir("cartesia-signal-tmp-");
      const outdir = outdirWith({ a: { doc: SLOW }, b: { doc: SLOW }, c: { doc: SLOW } });
      const { child, exited } = spawnCli(["validate", "--terraform", outdir], { PATH: process.env.PATH!, TMPDIR: tmp });
      // Mid-run: a stack's copy exists and terraform runs in it.
      await until(() => fs.readdirSync(tmp).some((d) => d.startsWith("cgtf-")) && processesIn(tmp).length > 0, 30_000);
      child.kill(signal);
      const result = await exited;
      expect([result.code, result.stdout]).toEqual([1, ""]);
      expect(result.stderr.trim().split("\n").at(-1)).toBe(
        `validate --terraform: stopped by ${signal}: terraform and the schema provider were ended and their temporary folders removed`,
      );
      // tsx-<uid> is tsx's compile cache, the test runner's own; everything of the command's is gone.
      expect(fs.readdirSync(tmp).filter((d) => !d.startsWith("tsx-"))).toEqual([]);
      expect(processesIn(tmp)).toEqual([]);
    },
    60_000,
  );
});

describe("the limit flags", () => {
  test.each([
    [
      ["--stack-memory", "512MiB"],
      '--stack-memory: got "512MiB"; expected a size from 1 GiB to 64 GiB with its unit (KiB, MiB or GiB), such as 2GiB (terraform needs about 1 GiB of address space to start)',
    ],
    [["--stack-timeout", "10x"], '--stack-timeout: got "10x"; expected a duration from 1 s to 24 h, such as 120s, 5m or 1h'],
  ])("a bad %j is bad usage naming the flag, before anything runs", async (flags, message) => {
    const result = await runTool(["validate", "--terraform", outdirWith({ fine: { doc: {} } }), ...flags], withPath);
    expect([result.code, result.stdout, result.stderr.split("\n")[0]]).toEqual([2, "", `validate: ${message}`]);
  });

  test.each([["--trusted-input"], ["--stack-memory", "2GiB"], ["--stack-timeout", "60s"]])("%s without --terraform is bad usage", async (...flags) => {
    const result = await runTool(["validate", outdirWith({ fine: { doc: {} } }), ...flags], withPath);
    expect([result.code, result.stderr.split("\n")[0]]).toEqual([2, `validate: ${flags[0]}: only with --terraform`]);
  });
});
