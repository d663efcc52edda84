/**
 * The three packages as they would be published (built and packed once, ./packed.ts): each construct
 * package with its own assembly and API.md, installed offline (from the npm cache the repository's own
 * install filled) into fresh apps: the starter with the cdktf construct package and none of the
 * command's dependencies, the command on its own, and a construct package in an app of the other engine.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { readStacks, tempDir } from "../support/helpers";
import { ROOT, tarball } from "./packed";

const ENV = { ...process.env, CHECKPOINT_DISABLE: "1", JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: "20", npm_config_update_notifier: "false" };
/** What the command brings and a construct package must not: its four dependencies and the largest of theirs. */
const COMMAND_DEPENDENCIES = ["purecloud-platform-client-v2", "@grpc/grpc-js", "protobufjs", "@msgpack/msgpack", "axios", "winston"];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}
function run(command: string, args: string[], cwd: string): Run {
  const result = spawnSync(command, args, { cwd, env: ENV, encoding: "utf8", timeout: 600_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
function mustRun(command: string, args: string[], cwd: string): string {
  const result = run(command, args, cwd);
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} (in ${cwd}) exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, "utf8")) as T;

/**
 * An app folder with this package.json, installed offline (`--offline`: no registry traffic, only the npm
 * cache), then the named tools linked from this repository's node_modules (npm install removes links made
 * before it).
 */
function app(name: string, manifest: object, links: string[] = [], installFlags: string[] = []): string {
  const dir = path.join(tempDir("packages-"), name);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(manifest, null, 2));
  mustRun("npm", ["install", "--offline", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund", "--no-package-lock", ...installFlags], dir);
  for (const link of links) {
    const target = path.join(dir, "node_modules", link);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.symlinkSync(path.join(ROOT, "node_modules", link), target, "dir");
  }
  return dir;
}

describe.each(["cdktf", "cdktn"] as const)("%s-cartesia-genesys", (engine) => {
  const dir = path.join(ROOT, "packages", `${engine}-cartesia-genesys`);

  test("carries its own assembly, whose only dependencies are its peers", () => {
    const assembly = readJson<{ name: string; dependencies: Record<string, string> }>(path.join(dir, ".jsii"));
    const manifest = readJson<{ dependencies?: object; peerDependencies: Record<string, string> }>(path.join(dir, "package.json"));
    expect(assembly.name).toBe(`${engine}-cartesia-genesys`);
    expect(assembly.dependencies).toEqual(manifest.peerDependencies);
    expect(Object.keys(manifest.peerDependencies).sort()).toEqual([engine, "constructs"].sort());
    expect(manifest.dependencies).toBeUndefined();
  });

  test("API.md is what jsii-docgen writes from the assembly", () => {
    expect(run("npx", ["tsx", "scripts/api-docs.ts", engine, "--check"], ROOT)).toMatchObject({ status: 0, stderr: "" });
  });
});

test("no package runs a script when it is installed: its package.json has no install lifecycle script", () => {
  for (const name of ["cdktf-cartesia-genesys", "cdktn-cartesia-genesys", "cartesia-genesys"]) {
    const { scripts = {} } = readJson<{ scripts?: Record<string, string> }>(path.join(ROOT, "packages", name, "package.json"));
    expect([name, Object.keys(scripts).filter((script) => /^(pre|post)?(install|prepare)$/.test(script))]).toEqual([name, []]);
  }
});

test("the starter installs the packed cdktf construct package offline, without the command's dependencies, type-checks and synthesizes", () => {
  const starter = readJson<{ dependencies: Record<string, string>; devDependencies: Record<string, string> }>(
    path.join(ROOT, "examples", "starter", "package.json"),
  );
  const dir = app(
    "starter",
    {
      name: "starter",
      version: "1.0.0",
      private: true,
      dependencies: { ...starter.dependencies, "cdktf-cartesia-genesys": `file:${tarball("cdktf-cartesia-genesys")}` },
    },
    Object.keys(starter.devDependencies).filter((name) => name !== "cartesia-genesys"),
  );
  for (const file of ["cdktf.json", "tsconfig.json", "src"]) fs.cpSync(path.join(ROOT, "examples", "starter", file), path.join(dir, file), { recursive: true });
  for (const name of COMMAND_DEPENDENCIES) expect([name, fs.existsSync(path.join(dir, "node_modules", name))]).toEqual([name, false]);
  expect(fs.readdirSync(path.join(dir, "node_modules", "cdktf-cartesia-genesys"))).not.toContain("node_modules");

  expect(run(process.execPath, [path.join(dir, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "-p", "."], dir)).toMatchObject({
    status: 0,
    stdout: "",
    stderr: "",
  });
  mustRun(process.execPath, [path.join(ROOT, "node_modules", "cdktf-cli", "bundle", "bin", "cdktf"), "synth"], dir);
  const stack = readStacks(path.join(dir, "cdktf.out"))["genesys"] as { resource: Record<string, unknown>; variable: Record<string, unknown> };
  expect(Object.keys(stack.resource).sort()).toEqual(["genesyscloud_integration", "genesyscloud_integration_config", "genesyscloud_integration_credential"]);
  expect(Object.keys(stack.variable)).toEqual(["cartesia_api_key"]);
  // What it synthesized passes both checkers: the offline one, and real terraform against the schema provider.
  const cli = path.join(ROOT, "tools", "cli.ts");
  const env = { ...process.env, CHECKPOINT_DISABLE: "1", ENABLE_STANDALONE_INTEGRATION_CONFIG: "true" };
  for (const args of [["validate"], ["validate", "--terraform"]]) {
    const result = spawnSync(process.execPath, ["--import", "tsx", cli, ...args, path.join(dir, "cdktf.out")], { cwd: ROOT, encoding: "utf8", env });
    expect([args.join(" "), result.status, result.stderr]).toEqual([args.join(" "), 0, ""]);
  }
});

test("the command installs and runs on its own: --help, --version, and validate on nothing to read", () => {
  const dir = app("command", { name: "command", version: "1.0.0", private: true, dependencies: { "cartesia-genesys": `file:${tarball("cartesia-genesys")}` } });
  for (const name of ["cdktf", "cdktn", "constructs"]) expect([name, fs.existsSync(path.join(dir, "node_modules", name))]).toEqual([name, false]);
  const bin = path.join(dir, "node_modules", ".bin", "cartesia-genesys");
  const help = run(bin, ["--help"], dir);
  expect(help).toMatchObject({ status: 0, stderr: "" });
  expect(help.stdout.split("\n")[0]).toBe("usage: cartesia-genesys <command> [options]");
  const version = readJson<{ version: string }>(path.join(ROOT, "packages", "cartesia-genesys", "package.json")).version;
  expect(run(bin, ["--version"], dir)).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
  const missing = run(bin, ["validate", "no-such.out"], dir);
  expect(missing.status).toBe(2);
  // adopt checks what it prints with the construct's own validation, so it needs the app's engine.
  expect(run(bin, ["adopt", "--help"], dir)).toMatchObject({ status: 0, stderr: "" });
  expect(run(bin, ["adopt"], dir)).toEqual({
    status: 1,
    stdout: "",
    stderr:
      "adopt: needs the app's engine, cdktf or cdktn (with constructs), installed where the command runs: it checks what it prints with the construct library's own validation. Run it in your app's folder, or npm install cdktf constructs.\n",
  });
});

test("a construct package in an app of the other engine names the package to take", () => {
  // --legacy-peer-deps: as yarn 1 and npm 6 install, the peer cdktn is not added for the app.
  const dir = app(
    "mismatch",
    {
      name: "mismatch",
      version: "1.0.0",
      private: true,
      dependencies: { cdktf: "0.21.0", constructs: "~10.7.2", "cdktn-cartesia-genesys": `file:${tarball("cdktn-cartesia-genesys")}` },
    },
    [],
    ["--legacy-peer-deps"],
  );
  const loaded = run(process.execPath, ["-e", 'require("cdktn-cartesia-genesys")'], dir);
  expect(loaded.status).toBe(1);
  expect(loaded.stderr).toContain(
    "Error: cdktn-cartesia-genesys is the construct library for cdktn apps, and this app uses cdktf: install cdktf-cartesia-genesys instead (npm install cdktf-cartesia-genesys) and import from it.",
  );
});
