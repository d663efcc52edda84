/**
 * The two flavors write the same Terraform. Runs in jest's cdktn project only: each app (the default
 * app and every example) is synthesized here, in-process, on CDK Terrain, and in a child process on
 * cdktf (plain `node`, which jest's mapping does not reach), and the two `cdktf.out` folders are
 * compared file by file: the same files, every stack's `cdk.tf.json` byte for byte apart from the two
 * things the engines write differently (`withoutEngineDifferences` names them), assets byte for byte.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { App } from "cdktf";
import { ENGINE, withoutEngineDifferences } from "../support/engine";
import { tempDir } from "../support/helpers";
import { scanTree } from "../support/leak-guard";

const ROOT = path.resolve(__dirname, "..", "..");
const EXAMPLES = path.join(ROOT, "examples");

/** The default app and every examples/<name>/main.ts (the platform-repo apps install the package: their own test). */
const APPS: string[] = [
  "main.ts",
  ...fs
    .readdirSync(EXAMPLES)
    .filter((name) => !name.startsWith("platform-repo") && fs.existsSync(path.join(EXAMPLES, name, "main.ts")))
    .sort()
    .map((name) => `examples/${name}/main.ts`),
];

/** Every file below a directory, by relative path. */
function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) found.set(path.relative(dir, path.join(entry.parentPath, entry.name)), fs.readFileSync(path.join(entry.parentPath, entry.name)));
  }
  return found;
}

/** manifest.json without what differs between any two runs (stack traces of annotations name the process's own frames). */
function manifest(text: string): unknown {
  return JSON.parse(withoutEngineDifferences(text), (key, value: unknown) => (key === "stacktrace" ? undefined : value));
}

test("runs on cdktn, against cdktf", () => {
  expect(ENGINE).toBe("cdktn");
});

describe.each(APPS)("%s", (app) => {
  const onCdktn = tempDir("cartesia-parity-cdktn-");
  const onCdktf = tempDir("cartesia-parity-cdktf-");
  beforeAll(() => {
    (require(path.join(ROOT, app)) as { createApp: (outdir: string) => App }).createApp(onCdktn).synth();
    execFileSync(process.execPath, ["--import", "tsx", path.basename(app)], {
      cwd: path.join(ROOT, path.dirname(app)),
      env: { ...process.env, CDKTF_OUTDIR: onCdktf, CHECKPOINT_DISABLE: "1" },
      stdio: "pipe",
    });
    expect(scanTree(onCdktf)).toEqual([]); // a child process: the leak guard does not see it
  });

  test("writes the same files, every stack's cdk.tf.json the same apart from the engine's version and empty brackets", () => {
    const cdktn = files(onCdktn);
    const cdktf = files(onCdktf);
    expect([...cdktn.keys()].sort()).toEqual([...cdktf.keys()].sort());
    const stacks = [...cdktf.keys()].filter((file) => file.endsWith("cdk.tf.json"));
    expect(stacks.length).toBeGreaterThan(0);
    for (const [file, bytes] of cdktf) {
      if (file === "manifest.json") continue;
      const same = file.endsWith("cdk.tf.json")
        ? withoutEngineDifferences(bytes.toString("utf8")) === withoutEngineDifferences(cdktn.get(file)!.toString("utf8"))
        : bytes.equals(cdktn.get(file)!);
      expect({ file, same }).toEqual({ file, same: true });
    }
  });

  test("the differences are only those: each engine writes its own version, and cdktn writes empty brackets as {}", () => {
    const stack = [...files(onCdktf).keys()].find((file) => file.endsWith("cdk.tf.json"))!;
    const cdktf = fs.readFileSync(path.join(onCdktf, stack), "utf8");
    const cdktn = fs.readFileSync(path.join(onCdktn, stack), "utf8");
    expect(JSON.parse(cdktf)["//"].metadata.version).toBe("0.21.0");
    expect(JSON.parse(cdktn)["//"].metadata.version).toBe("0.24.0");
    expect(cdktn).not.toMatch(/\{\n *\}|\[\n *\]/);
    // Parsed, nothing but the version differs.
    const parsed = (text: string) =>
      JSON.parse(text, (key, value: unknown) => (key === "version" && typeof value === "string" && /^0\.2[14]\.0$/.test(value) ? "*" : value));
    expect(parsed(cdktn)).toEqual(parsed(cdktf));
  });

  test("writes the same manifest.json: the same stacks, paths and annotations", () => {
    const read = (dir: string) => manifest(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"));
    expect(read(onCdktn)).toEqual(read(onCdktf));
  });
});
