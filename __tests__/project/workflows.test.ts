/**
 * Every GitHub Actions workflow the project ships (.github/workflows/ and the examples) against GitHub's
 * workflow schema, with action-validator from npm (it carries the schema: no network), and what the
 * release and review workflows promise.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { tempDir } from "../support/helpers";

const ROOT = path.resolve(__dirname, "..", "..");
const VALIDATOR = path.join(ROOT, "node_modules", ".bin", "action-validator");

/** Every workflow file: .github/workflows/*.yml and every .yml under examples/ that has `jobs:`. */
function workflowFiles(): string[] {
  const own = fs.readdirSync(path.join(ROOT, ".github", "workflows")).map((name) => path.join(".github", "workflows", name));
  const examples = fs
    .readdirSync(path.join(ROOT, "examples"), { recursive: true, encoding: "utf8" })
    .filter((name) => /\.ya?ml$/.test(name) && !name.split(path.sep).includes("node_modules"))
    .map((name) => path.join("examples", name))
    .filter((file) => /^jobs:/m.test(fs.readFileSync(path.join(ROOT, file), "utf8")));
  return [...own, ...examples].sort();
}

function validate(file: string): { status: number | null; output: string } {
  const result = spawnSync(VALIDATOR, [file], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { status: result.status, output: result.stdout + result.stderr };
}

test("the project ships the release workflow and the review example", () => {
  expect(workflowFiles()).toEqual([path.join(".github", "workflows", "release.yml"), path.join("examples", "github-actions", "cartesia-review.yml")]);
});

test.each(workflowFiles())("%s passes GitHub's workflow schema", (file) => {
  expect(validate(file)).toEqual({ status: 0, output: "" });
});

test("the validator fails a workflow the schema refuses, naming the property", () => {
  const bad = path.join(tempDir("workflow-"), "bad.yml");
  fs.writeFileSync(bad, "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    stepz: []\n");
  const result = validate(bad);
  expect(result.status).toBe(1);
  expect(result.output).toContain("Additional property 'stepz' is not allowed");
});

test("the release workflow publishes the three packages with provenance on a version tag", () => {
  const release = fs.readFileSync(path.join(ROOT, ".github", "workflows", "release.yml"), "utf8");
  expect(release).toMatch(/\non:\n {2}push:\n {4}tags: \["v\*"\]\n/);
  expect(release).toMatch(/\npermissions:\n {2}contents: read\n(?: {2}#.*\n)* {2}id-token: write\n/);
  expect(
    release
      .split("\n")
      .filter((line) => line.includes("npm publish"))
      .map((line) => line.trim()),
  ).toEqual(
    ["cdktf-cartesia-genesys", "cdktn-cartesia-genesys", "cartesia-genesys"].map((name) => `npm publish --provenance --access public --workspace ${name}`),
  );
  expect(release).toContain("run: .ci/run");
});

test("the review workflow installs the command's package and runs on a Node.js the command supports", () => {
  const review = fs.readFileSync(path.join(ROOT, "examples", "github-actions", "cartesia-review.yml"), "utf8");
  const command = JSON.parse(fs.readFileSync(path.join(ROOT, "packages", "cartesia-genesys", "package.json"), "utf8")) as {
    version: string;
    engines: { node: string };
  };
  expect(review).toContain(`run: npm install --no-save --no-audit --no-fund cartesia-genesys@${command.version}\n`);
  const node = Number(/node-version: (\d+)\n/.exec(review)?.[1]);
  const [major] = /^>=(\d+)\.(\d+)$/.exec(command.engines.node)!.slice(1).map(Number);
  // setup-node's "22" is the newest 22.x, above any minimum of major 22 or lower.
  expect(node).toBeGreaterThanOrEqual(major);
});
