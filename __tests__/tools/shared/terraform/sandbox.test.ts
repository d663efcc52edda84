/**
 * The pure core of containing terraform: which containment a machine allows, the command lines it
 * makes, the stack limits as the flags give them, and what in a stack folder is refused before
 * terraform runs.
 */
import { refusalsOf, type StackEntry } from "../../../../tools/shared/terraform/reach-outside";
import { chooseContainment, containedCommand, sandboxTrial, type TerraformInvocation } from "../../../../tools/shared/terraform/sandbox";
import { DEFAULT_STACK_LIMITS, parseStackMemory, parseStackTimeout, stackLimits } from "../../../../tools/shared/terraform/stack-limits";
import { outOfMemory } from "../../../../tools/shared/terraform/check-stack";

describe("chooseContainment", () => {
  const found = { bwrap: "/usr/bin/bwrap", prlimit: "/usr/bin/prlimit" };
  test.each([
    ["bwrap works: the sandbox, trusted or not", { ...found, trusted: false }, { kind: "sandbox", ...found }],
    ["bwrap works and the input is said to be trusted: still the sandbox", { ...found, trusted: true }, { kind: "sandbox", ...found }],
    ["no bwrap, trusted input: plain processes", { prlimit: found.prlimit, trusted: true }, { kind: "trusted", prlimit: found.prlimit }],
    [
      "bwrap fails, trusted input: plain processes",
      { ...found, bwrapFailure: "bwrap: setting up uid map: Permission denied", trusted: true },
      { kind: "trusted", prlimit: found.prlimit },
    ],
    [
      "no bwrap, input not trusted: refused",
      { prlimit: found.prlimit, trusted: false },
      {
        problem:
          "no sandbox for terraform: bwrap (bubblewrap) is not on PATH; terraform reads files by any path a configuration names (file(), templatefile(), remote state) and its diagnostics print what it read, so validate --terraform runs it only inside a sandbox that holds the stack's copy and nothing else. Install bubblewrap (apt-get install bubblewrap), or pass --trusted-input if you trust every file of this cdktf.out",
      },
    ],
    [
      "bwrap fails, input not trusted: refused, saying what bwrap said and how to allow it",
      { ...found, bwrapFailure: "bwrap: setting up uid map: Permission denied", trusted: false },
      {
        problem:
          "no sandbox for terraform: bwrap cannot make one on this machine (bwrap: setting up uid map: Permission denied); terraform reads files by any path a configuration names (file(), templatefile(), remote state) and its diagnostics print what it read, so validate --terraform runs it only inside a sandbox that holds the stack's copy and nothing else. Allow unprivileged user namespaces (on Ubuntu 24.04, GitHub's ubuntu-24.04 runners: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0; see the README), or pass --trusted-input if you trust every file of this cdktf.out",
      },
    ],
    [
      "bwrap works but no prlimit: refused, the sandbox's memory could not be bounded",
      { bwrap: found.bwrap, trusted: false },
      { problem: "no prlimit on PATH (util-linux): it bounds the memory of each terraform process in the sandbox (--stack-memory); install util-linux" },
    ],
    ["neither, trusted input (macOS): plain processes, memory not bounded", { trusted: true }, { kind: "trusted" }],
  ])("%s", (_case, facts, expected) => {
    expect(chooseContainment(facts)).toEqual(expected);
  });
});

describe("containedCommand", () => {
  const run: TerraformInvocation = {
    terraform: "/opt/tf/terraform",
    args: ["plan", "-json"],
    cwd: "/tmp/cgtf-1/project/cdktf.out/stacks/s",
    env: { HOME: "/tmp/cgtf-1/home", TF_IN_AUTOMATION: "1" },
    writable: ["/tmp/cgtf-1"],
    sockets: ["/tmp/cgsp-1"],
    memoryBytes: 3 * 1024 ** 3,
  };

  test("sandbox: prlimit, then bwrap with every namespace, no capability, no inherited variable, binds of the binary, the copy and the socket folder only", () => {
    expect(containedCommand({ kind: "sandbox", bwrap: "/usr/bin/bwrap", prlimit: "/usr/bin/prlimit" }, run)).toEqual({
      file: "/usr/bin/prlimit",
      args: [
        "--as=3221225472",
        "--",
        "/usr/bin/bwrap",
        "--unshare-all",
        "--cap-drop",
        "ALL",
        "--clearenv",
        "--die-with-parent",
        "--new-session",
        "--ro-bind",
        "/opt/tf/terraform",
        "/opt/tf/terraform",
        "--bind",
        "/tmp/cgtf-1",
        "/tmp/cgtf-1",
        "--bind",
        "/tmp/cgsp-1",
        "/tmp/cgsp-1",
        "--dev",
        "/dev",
        "--proc",
        "/proc",
        "--chdir",
        "/tmp/cgtf-1/project/cdktf.out/stacks/s",
        "--setenv",
        "HOME",
        "/tmp/cgtf-1/home",
        "--setenv",
        "TF_IN_AUTOMATION",
        "1",
        "--",
        "/opt/tf/terraform",
        "plan",
        "-json",
      ],
      env: {},
      cwd: "/tmp/cgtf-1/project/cdktf.out/stacks/s",
    });
  });

  test("trusted: prlimit and terraform, with the same environment; terraform alone where there is no prlimit", () => {
    expect(containedCommand({ kind: "trusted", prlimit: "/usr/bin/prlimit" }, run)).toEqual({
      file: "/usr/bin/prlimit",
      args: ["--as=3221225472", "--", "/opt/tf/terraform", "plan", "-json"],
      env: run.env,
      cwd: run.cwd,
    });
    expect(containedCommand({ kind: "trusted" }, run)).toEqual({ file: "/opt/tf/terraform", args: ["plan", "-json"], env: run.env, cwd: run.cwd });
  });

  test("the trial runs terraform version in the same sandbox, with nothing but the binary", () => {
    expect(sandboxTrial("/usr/bin/bwrap", "/opt/tf/terraform").args).toEqual([
      "--unshare-all",
      "--cap-drop",
      "ALL",
      "--clearenv",
      "--die-with-parent",
      "--new-session",
      "--ro-bind",
      "/opt/tf/terraform",
      "/opt/tf/terraform",
      "--dev",
      "/dev",
      "--proc",
      "/proc",
      "--",
      "/opt/tf/terraform",
      "version",
    ]);
  });
});

describe("stack limits", () => {
  test("defaults: 3 GiB of address space per terraform process, 300 s per stack", () => {
    expect(stackLimits({})).toEqual({ memoryBytes: 3 * 1024 ** 3, timeoutMs: 300_000 });
    expect(DEFAULT_STACK_LIMITS).toEqual(stackLimits({}));
  });

  test.each([
    ["2GiB", 2 * 1024 ** 3],
    ["1536MiB", 1536 * 1024 ** 2],
    ["1.5G", 1.5 * 1024 ** 3],
    ["1048576K", 1024 ** 3],
    ["64GiB", 64 * 1024 ** 3],
  ])("--stack-memory %s", (text, bytes) => {
    expect(parseStackMemory(text)).toBe(bytes);
  });

  test.each(["512MiB", "65GiB", "2GB", "2", "lots", "", "-1GiB"])("--stack-memory %j is bad usage", (text) => {
    expect(() => parseStackMemory(text)).toThrow(
      `--stack-memory: got ${JSON.stringify(text)}; expected a size from 1 GiB to 64 GiB with its unit (KiB, MiB or GiB), such as 2GiB (terraform needs about 1 GiB of address space to start)`,
    );
  });

  test.each([
    ["120s", 120_000],
    ["90", 90_000],
    ["5m", 300_000],
    ["1h", 3_600_000],
    ["1500ms", 1_500],
    ["24h", 86_400_000],
  ])("--stack-timeout %s", (text, ms) => {
    expect(parseStackTimeout(text)).toBe(ms);
  });

  test.each(["0s", "999ms", "25h", "2 minutes", "10x", ""])("--stack-timeout %j is bad usage", (text) => {
    expect(() => parseStackTimeout(text)).toThrow(`--stack-timeout: got ${JSON.stringify(text)}; expected a duration from 1 s to 24 h, such as 120s, 5m or 1h`);
  });

  test("Go's runtime saying it ran out of memory is told apart from other failures", () => {
    expect(outOfMemory("fatal error: out of memory\n\nruntime stack:\n")).toBe(true);
    expect(outOfMemory("fatal error: failed to reserve page summary memory\n")).toBe(true);
    expect(outOfMemory("runtime: out of memory: cannot allocate 4194304-byte block (0 in use)\nfatal error: out of memory\n")).toBe(true);
    expect(outOfMemory("Error: Invalid function argument\n\nout of memory is what the file said\n")).toBe(false);
  });
});

describe("refusalsOf: what would reach outside the stack's copy", () => {
  const file = (path: string, size = 10): StackEntry => ({ path, kind: "file", size });
  const base = [file("cdk.tf.json")];
  const refusals = (entries: readonly StackEntry[], document: unknown) => refusalsOf(entries, document).map((r) => `${r.where}: ${r.message}`);
  const stay = "stays inside";

  test.each<[string, readonly StackEntry[], unknown, readonly string[] | typeof stay]>([
    ["a cdktf stack as synthesized", [...base, { path: "assets", kind: "directory", size: 0 }, file("assets/flow.yaml")], {}, stay],
    [
      "terraform's own files beside cdk.tf.json: overrides, a second configuration, variables",
      [...base, file("evil_override.tf.json"), file("override.tf"), file("main.tf"), file("terraform.tfvars"), file("x.auto.tfvars.json"), file("y.tofu")],
      {},
      [
        "evil_override.tf.json: terraform would read this file along with cdk.tf.json (an override, a second configuration or a variables file); cdktf writes none, and validate --terraform gives terraform cdk.tf.json alone",
        "override.tf: terraform would read this file along with cdk.tf.json (an override, a second configuration or a variables file); cdktf writes none, and validate --terraform gives terraform cdk.tf.json alone",
        "main.tf: terraform would read this file along with cdk.tf.json (an override, a second configuration or a variables file); cdktf writes none, and validate --terraform gives terraform cdk.tf.json alone",
        "terraform.tfvars: terraform would read this file along with cdk.tf.json (an override, a second configuration or a variables file); cdktf writes none, and validate --terraform gives terraform cdk.tf.json alone",
        "x.auto.tfvars.json: terraform would read this file along with cdk.tf.json (an override, a second configuration or a variables file); cdktf writes none, and validate --terraform gives terraform cdk.tf.json alone",
        "y.tofu: terraform would read this file along with cdk.tf.json (an override, a second configuration or a variables file); cdktf writes none, and validate --terraform gives terraform cdk.tf.json alone",
      ],
    ],
    [
      "a module's own .tf files in a folder of the stack are the module's",
      [...base, file("assets/mod/main.tf")],
      { module: { m: { source: "./assets/mod" } } },
      stay,
    ],
    [
      "a symbolic link and a named pipe",
      [...base, { path: "assets/link", kind: "symlink", size: 0 }, { path: "fifo", kind: "other", what: "a named pipe (FIFO)", size: 0 }],
      {},
      [
        "assets/link: a symbolic link; only regular files and folders of the stack are copied for terraform",
        "fifo: a named pipe (FIFO); only regular files and folders of the stack are copied for terraform",
      ],
    ],
    [
      "a folder too large to copy",
      [...base, file("assets/huge.bin", 300 * 1024 * 1024)],
      {},
      [".: the stack folder holds more than 10,000 entries or 256 MiB; at most that is copied for terraform"],
    ],
    [
      "modules from the network, the registry, elsewhere on disk, or an expression",
      base,
      {
        module: {
          web: { source: "https://example.com/m.zip" },
          git: [{ source: "git::https://example.com/m.git" }],
          reg: { source: "hashicorp/consul/aws", version: "1.0.0" },
          abs: { source: "/etc" },
          up: { source: "../other-stack" },
          expr: { source: "./${var.x}" },
          none: {},
          "//": "a comment",
        },
      },
      [
        'cdk.tf.json $.module.web.source: "https://example.com/m.zip" is not a local path inside the stack folder ("./..."); validate --terraform downloads no module (module "web")',
        'cdk.tf.json $.module.git[0].source: "git::https://example.com/m.git" is not a local path inside the stack folder ("./..."); validate --terraform downloads no module (module "git")',
        'cdk.tf.json $.module.reg.source: "hashicorp/consul/aws" is not a local path inside the stack folder ("./..."); validate --terraform downloads no module (module "reg")',
        'cdk.tf.json $.module.abs.source: "/etc" is not a local path inside the stack folder ("./..."); validate --terraform downloads no module (module "abs")',
        'cdk.tf.json $.module.up.source: "../other-stack" is not a local path inside the stack folder ("./..."); validate --terraform downloads no module (module "up")',
        'cdk.tf.json $.module.expr.source: "./${var.x}" is not a local path inside the stack folder ("./..."); validate --terraform downloads no module (module "expr")',
        'cdk.tf.json $.module.none.source: no source is not a local path inside the stack folder ("./..."); validate --terraform downloads no module (module "none")',
      ],
    ],
    [
      "remote state: a local file in the stand-in project (a default app's secrets.tfstate), or with no config",
      base,
      {
        data: {
          terraform_remote_state: {
            secrets: { backend: "local", config: { path: "../../../secrets.tfstate" } },
            here: { backend: "local" },
            dir: { backend: "local", config: { workspace_dir: "states" } },
            // Terraform refuses a remote state without a backend itself, before reading anything.
            noBackend: { config: { path: "/etc/x.tfstate" } },
          },
        },
      },
      stay,
    ],
    [
      "remote state: another backend, an absolute or climbing path, an expression",
      base,
      {
        data: [
          {
            terraform_remote_state: {
              web: { backend: "http", config: { address: "http://127.0.0.1:9/state" } },
              s3: [{ backend: "s3", config: { bucket: "b" } }],
              abs: { backend: "local", config: { path: "/home/runner/prod.tfstate" } },
              climbs: { backend: "local", config: { path: "../../../../../prod.tfstate" } },
              home: { backend: "local", config: { path: "~/prod.tfstate" } },
              dir: { backend: "local", config: { workspace_dir: "/var/states" } },
              expr: { backend: "local", config: "${local.config}" },
              pathExpr: { backend: "local", config: { path: "${path.root}/../x.tfstate" } },
              backendExpr: { backend: "${local.backend}" },
            },
          },
        ],
      },
      [
        'cdk.tf.json $.data[0].terraform_remote_state.web.backend: "http" is not "local"; validate --terraform reads no remote state but a local file inside the stack\'s copy',
        'cdk.tf.json $.data[0].terraform_remote_state.s3[0].backend: "s3" is not "local"; validate --terraform reads no remote state but a local file inside the stack\'s copy',
        'cdk.tf.json $.data[0].terraform_remote_state.abs.config.path: "/home/runner/prod.tfstate" leads outside the stack\'s copy; validate --terraform reads no state but its own and files inside the copy',
        'cdk.tf.json $.data[0].terraform_remote_state.climbs.config.path: "../../../../../prod.tfstate" leads outside the stack\'s copy; validate --terraform reads no state but its own and files inside the copy',
        'cdk.tf.json $.data[0].terraform_remote_state.home.config.path: "~/prod.tfstate" leads outside the stack\'s copy; validate --terraform reads no state but its own and files inside the copy',
        'cdk.tf.json $.data[0].terraform_remote_state.dir.config.workspace_dir: "/var/states" leads outside the stack\'s copy; validate --terraform reads no state but its own and files inside the copy',
        "cdk.tf.json $.data[0].terraform_remote_state.expr.config: not an object of literal values; validate --terraform cannot tell which file it reads",
        'cdk.tf.json $.data[0].terraform_remote_state.pathExpr.config.path: "${path.root}/../x.tfstate" leads outside the stack\'s copy; validate --terraform reads no state but its own and files inside the copy',
        'cdk.tf.json $.data[0].terraform_remote_state.backendExpr.backend: "${local.backend}" is not "local"; validate --terraform reads no remote state but a local file inside the stack\'s copy',
      ],
    ],
    [
      "remote state scoped to a check block",
      base,
      { check: { health: { data: { terraform_remote_state: { prod: { backend: "local", config: { path: "/srv/prod.tfstate" } } } }, assert: [] } } },
      [
        'cdk.tf.json $.check.health.data.terraform_remote_state.prod.config.path: "/srv/prod.tfstate" leads outside the stack\'s copy; validate --terraform reads no state but its own and files inside the copy',
      ],
    ],
    [
      "blocks named after Object.prototype are only blocks",
      base,
      JSON.parse('{"module": {"__proto__": {"source": "https://x/m.zip"}}, "data": {"constructor": {"x": {}}}}'),
      [
        'cdk.tf.json $.module.__proto__.source: "https://x/m.zip" is not a local path inside the stack folder ("./..."); validate --terraform downloads no module (module "__proto__")',
      ],
    ],
  ])("%s", (_case, entries, document, expected) => {
    expect(refusals(entries, document)).toEqual(expected === stay ? [] : expected);
  });
});
