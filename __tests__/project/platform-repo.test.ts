/**
 * examples/platform-repo as a platform repo lives: the library packed with `npm pack`, installed
 * into a copy of the app from the tarball, imported by package name, type-checked, synthesized and
 * validated with the package's own command. A package.json whose main, types, bin or files is wrong
 * fails here, before it ships.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { PINNED_SCHEMA_FILE } from "../../tools/validate/load-schema";
import { onlyResource, readStacks, tempDir, type TerraformJson } from "../support/helpers";
import { findKeys, scanTree } from "../support/leak-guard";
import { copyOf, validate } from "../support/validate-helpers";

const ROOT = path.resolve(__dirname, "..", "..");
const EXAMPLE = path.join(ROOT, "examples", "platform-repo");
const PACKAGE_NAME = "cdktf-cartesia-genesys";

interface PackageJson {
  name: string;
  version: string;
  main: string;
  types: string;
  bin: Record<string, string> | string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, "utf8")) as T;
const rootPackage = readJson<PackageJson>(path.join(ROOT, "package.json"));
const examplePackage = readJson<PackageJson>(path.join(EXAMPLE, "package.json"));

const env = { ...process.env, CHECKPOINT_DISABLE: "1", CI: "1", npm_config_update_notifier: "false" };

/** Runs a command in `cwd`; returns its result, so a test can read the output of a failure. */
function exec(command: string, args: string[], cwd: string) {
  return spawnSync(command, args, { cwd, env, encoding: "utf8" });
}

/** Runs a command that must succeed, failing with its whole output when it does not. */
function mustRun(command: string, args: string[], cwd: string): string {
  const result = exec(command, args, cwd);
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

interface Packed {
  filename: string;
  files: { path: string }[];
}

let packed: Packed;
let app: string;
let synthOutput: string;

beforeAll(() => {
  const work = tempDir("cartesia-platform-repo-");
  // npm pack runs prepack (the build): this is the package as it would be published.
  [packed] = JSON.parse(mustRun("npm", ["pack", "--json", "--pack-destination", work], ROOT)) as Packed[];

  app = path.join(work, "app");
  fs.cpSync(EXAMPLE, app, { recursive: true, filter: (src) => !/[\\/](node_modules|cdktf\.out|package-lock\.json)$/.test(src) });
  const appPackage = readJson<PackageJson>(path.join(app, "package.json"));
  if (appPackage.name !== examplePackage.name) throw new Error(`refusing to install into ${app}: not a copy of the example`);
  appPackage.dependencies = { ...appPackage.dependencies, [PACKAGE_NAME]: `file:${path.join(work, packed.filename)}` };
  // The toolchain (cdktf-cli, tsx, typescript, @types/node) is linked from this repo's node_modules,
  // at the same versions (a test checks), so the install fetches only the package and its dependencies.
  delete appPackage.devDependencies;
  fs.writeFileSync(path.join(app, "package.json"), JSON.stringify(appPackage, null, 2));
  mustRun("npm", ["install", "--omit=dev", "--prefer-offline", "--ignore-scripts", "--no-audit", "--no-fund", "--no-package-lock"], app);
  for (const name of Object.keys(examplePackage.devDependencies ?? {})) linkFromRepo(name, app);

  synthOutput = mustRun("npm", ["run", "--silent", "synth"], app);
}, 300_000);

test("depends on the tarball npm pack makes, and itself provides the cdktf the library is built with", () => {
  expect(packed.filename).toBe(`${PACKAGE_NAME}-${rootPackage.version}.tgz`);
  expect(examplePackage.dependencies?.[PACKAGE_NAME]).toBe(`file:../../${packed.filename}`);
  // cdktf and constructs are peer dependencies: the consumer's single copy is the library's copy.
  for (const engine of ["cdktf", "cdktn", "constructs"]) expect(Object.keys(rootPackage.dependencies ?? {})).not.toContain(engine);
  expect(rootPackage.peerDependencies).toEqual({ cdktf: "^0.21.0", constructs: "^10.4.2" });
  expect(examplePackage.dependencies?.cdktf).toBe(rootPackage.devDependencies?.cdktf);
  expect(examplePackage.dependencies?.constructs).toBe(rootPackage.devDependencies?.constructs);
  expect(fs.existsSync(path.join(app, "node_modules", PACKAGE_NAME, "node_modules", "cdktf"))).toBe(false);
});

test("borrows its toolchain at the versions it declares", () => {
  for (const [name, range] of Object.entries(examplePackage.devDependencies ?? {})) {
    expect([name, rootPackage.devDependencies?.[name]]).toEqual([name, range]);
  }
});

test("the package holds its main, types and bin, the bindings they load, and the pinned schema", () => {
  const files = packed.files.map((f) => f.path);
  const bins = typeof rootPackage.bin === "string" ? [rootPackage.bin] : Object.values(rootPackage.bin);
  for (const entry of [rootPackage.main, rootPackage.types, ...bins]) expect(files).toContain(entry.replace(/^\.\//, ""));
  expect(files).toContain("dist/.gen/providers/genesyscloud/integration-config/index.js");
  expect(files).toContain("dist/tools/validate/command.js");
  expect(files).toContain(`schema/${PINNED_SCHEMA_FILE}`);
  expect(files.filter((f) => f.startsWith("__tests__/") || f.startsWith("examples/") || (f.endsWith(".ts") && !f.endsWith(".d.ts")))).toEqual([]);
});

test("imports the library by package name, nothing from this repo's source tree", () => {
  const source = fs.readFileSync(path.join(app, "src", "main.ts"), "utf8");
  expect(source).toContain(`from "${PACKAGE_NAME}";`);
  expect(source).not.toMatch(/from "\.\.?\//);
  expect(fs.realpathSync(path.join(app, "node_modules", PACKAGE_NAME))).toBe(path.join(app, "node_modules", PACKAGE_NAME)); // installed, not linked
});

test("type-checks against the package's declarations", () => {
  const result = exec("npm", ["run", "--silent", "typecheck"], app);
  expect(result.stdout + result.stderr).toBe("");
  expect(result.status).toBe(0);
});

describe("cdktf synth", () => {
  let json: TerraformJson;
  beforeAll(() => {
    json = readStacks(path.join(app, "cdktf.out"))["contact-center"];
  });

  test("reports the stack it wrote", () => {
    expect(synthOutput).toContain("Generated Terraform code for the stacks: contact-center");
  });

  test("writes no key into cdktf.out or its output (a child process: the leak guard does not see it)", () => {
    expect(scanTree(path.join(app, "cdktf.out"))).toEqual([]);
    expect(findKeys(synthOutput)).toEqual([]);
  });

  test("writes the connector from the package, on the provider the package brings", () => {
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
    const clean = exec("npm", ["run", "--silent", "validate"], app);
    expect(clean.stdout).toContain("validate: 1 of 1 stacks clean");
    expect(clean.status).toBe(0);

    const broken = copyOf(json);
    delete onlyResource(broken, "genesyscloud_integration").integration_type;
    const brokenDir = path.join(app, "broken.out", "stacks", "contact-center");
    fs.mkdirSync(brokenDir, { recursive: true });
    fs.writeFileSync(path.join(brokenDir, "cdk.tf.json"), JSON.stringify(broken));
    const failed = exec(path.join(app, "node_modules", ".bin", "cartesia-genesys"), ["validate", path.join(app, "broken.out")], app);
    expect(failed.stdout).toContain('missing required attribute "integration_type" in genesyscloud_integration');
    expect(failed.status).toBe(1);
  });
});
