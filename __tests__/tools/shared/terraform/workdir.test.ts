import * as fs from "node:fs";
import * as path from "node:path";
import { BACKEND_OVERRIDE_FILE, listStackFolder, prepareWorkdir } from "../../../../tools/shared/terraform/workdir";
import { tempDir } from "../../../support/helpers";

function stackFolder(): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, "cdk.tf.json"), "{}");
  fs.mkdirSync(path.join(dir, "assets", "flow"), { recursive: true });
  fs.writeFileSync(path.join(dir, "assets", "flow", "greeting.yaml"), "flow: x\n");
  // What a real run left behind: none of it is copied.
  fs.mkdirSync(path.join(dir, ".terraform", "providers"), { recursive: true });
  for (const f of [".terraform.lock.hcl", "terraform.tfstate", "terraform.tfstate.backup", "old.tfplan"]) fs.writeFileSync(path.join(dir, f), "x");
  return dir;
}

test("the copy holds the stack's files (assets too), not terraform's working files or state, at cdktf.out depth", () => {
  const source = stackFolder();
  const before = fs.readdirSync(source, { recursive: true }).map(String).sort();
  const workdir = prepareWorkdir({ stackDir: source, stackName: "genesys", variables: { cartesia_api_key: "placeholder" } });
  try {
    expect(path.relative(workdir.root, workdir.stackDir)).toBe(path.join("project", "cdktf.out", "stacks", "genesys"));
    expect([workdir.home, workdir.tmp].map((d) => [path.relative(workdir.root, d), fs.readdirSync(d)])).toEqual([
      ["home", []],
      ["tmp", []],
    ]);
    expect(fs.readdirSync(workdir.stackDir, { recursive: true }).map(String).sort()).toEqual(
      ["assets", path.join("assets", "flow"), path.join("assets", "flow", "greeting.yaml"), BACKEND_OVERRIDE_FILE, "cdk.tf.json"].sort(),
    );
    // A default app's `../../../terraform.<stack>.tfstate` lands in the stand-in project, inside the copy.
    expect(path.resolve(workdir.stackDir, "../../../terraform.genesys.tfstate").startsWith(workdir.root + path.sep)).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(workdir.stackDir, BACKEND_OVERRIDE_FILE), "utf8"))).toEqual({
      terraform: { backend: { local: { path: path.join(workdir.root, "terraform.tfstate") } } },
    });
    expect(JSON.parse(fs.readFileSync(workdir.varFile, "utf8"))).toEqual({ cartesia_api_key: "placeholder" });
    expect(fs.readFileSync(workdir.cliConfigFile, "utf8")).toBe(
      `disable_checkpoint = true\nprovider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(path.join(workdir.root, "no-providers"))}\n  }\n}\n`,
    );
    expect(fs.readdirSync(path.join(workdir.root, "no-providers"))).toEqual([]);
  } finally {
    workdir.remove();
  }
  expect(fs.existsSync(workdir.root)).toBe(false);
  expect(fs.readdirSync(source, { recursive: true }).map(String).sort()).toEqual(before);
});

test("a state to plan against and extra files land in the copy; a file that would land outside it is refused", () => {
  const workdir = prepareWorkdir({
    stackDir: stackFolder(),
    stackName: "s",
    variables: {},
    state: { version: 4 },
    files: { "../../../secrets.tfstate": "{}" },
  });
  try {
    expect(JSON.parse(fs.readFileSync(path.join(workdir.root, "terraform.tfstate"), "utf8"))).toEqual({ version: 4 });
    expect(fs.readFileSync(path.join(workdir.root, "project", "secrets.tfstate"), "utf8")).toBe("{}");
  } finally {
    workdir.remove();
  }
  const parent = tempDir();
  expect(() => prepareWorkdir({ stackDir: stackFolder(), stackName: "s", variables: {}, files: { "../../../../../elsewhere": "x" }, parent })).toThrow(
    "cannot place ../../../../../elsewhere: it resolves outside the temporary folder",
  );
  // Nothing is left behind of a copy that failed half way.
  expect(fs.readdirSync(parent)).toEqual([]);
});

test("only regular files and folders are copied: a symbolic link of the folder is never followed into the copy", () => {
  const source = stackFolder();
  const outside = path.join(tempDir(), "secret.txt");
  fs.writeFileSync(outside, "outside");
  fs.symlinkSync(outside, path.join(source, "assets", "link.txt"));
  fs.symlinkSync(path.dirname(outside), path.join(source, "assets", "linked-dir"));
  expect(listStackFolder(source)).toEqual([
    { path: "assets", kind: "directory", size: 0 },
    { path: "assets/flow", kind: "directory", size: 0 },
    { path: "assets/flow/greeting.yaml", kind: "file", size: 8 },
    { path: "assets/link.txt", kind: "symlink", size: 0 },
    { path: "assets/linked-dir", kind: "symlink", size: 0 },
    { path: "cdk.tf.json", kind: "file", size: 2 },
  ]);
  const workdir = prepareWorkdir({ stackDir: source, stackName: "s", variables: {} });
  try {
    expect(fs.readdirSync(path.join(workdir.stackDir, "assets")).sort()).toEqual(["flow"]);
  } finally {
    workdir.remove();
  }
});
