import * as fs from "node:fs";
import * as path from "node:path";
import { createApp } from "../../../main";
import { spec } from "../../../tools/review/args";
import { EXIT } from "../../../tools/shared/cli/exit-code";
import { usageLine } from "../../../tools/shared/cli/help";
import { COMMENT_MARKER } from "../../../tools/review/render-markdown";
import { tempDir } from "../../support/helpers";
import { runTool } from "../../support/run-tool";

// The workflow cannot run here (it needs GitHub); these tests keep it in step with the command it calls.

const folder = path.join(__dirname, "..", "..", "..", "examples", "github-actions");
const workflow = fs.readFileSync(path.join(folder, "cartesia-review.yml"), "utf8");
const readme = fs.readFileSync(path.join(folder, "README.md"), "utf8");

/** The review command lines of the workflow, without `npx --no cartesia-genesys review` and the redirect. */
function reviewInvocations(): string[][] {
  return [...workflow.matchAll(/npx --no cartesia-genesys review ([^>\n]+)> review\.md/g)].map((m) => m[1].trim().split(/\s+/));
}

test("the workflow reviews head against base, and the head alone when the base cannot be synthesized", () => {
  expect(reviewInvocations()).toEqual([
    ["cdktf.out", "--base", "base/cdktf.out", "--fail-on", "risky"],
    ["cdktf.out", "--fail-on", "risky"],
  ]);
});

test("the workflow's review command runs as written against a head and base laid out as the workflow lays them", async () => {
  const workspace = tempDir("cartesia-workflow-");
  fs.mkdirSync(path.join(workspace, "base"));
  createApp(path.join(workspace, "cdktf.out")).synth();
  createApp(path.join(workspace, "base", "cdktf.out")).synth();
  for (const args of reviewInvocations()) {
    const { code, stdout } = await runTool(["review", ...args.map((a) => (a.endsWith("cdktf.out") ? path.join(workspace, a) : a))]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe(COMMENT_MARKER);
  }
});

test("the comment is found again by the marker the review writes, and risky means the review's exit code", () => {
  expect(workflow).toContain(`const marker = "${COMMENT_MARKER}";`);
  expect(workflow).toContain(`if: steps.review.outputs.exit-code == '${EXIT.FAILED}'`);
  expect(workflow).toContain(`[ "$code" -eq 0 ] || [ "$code" -eq ${EXIT.FAILED} ]`);
});

test("the workflow never lets npx download a package: only the project's own bins run", () => {
  const commands = workflow
    .split("\n")
    .filter((line) => /^\s+npx /.test(line))
    .map((line) => line.trim().split(" ").slice(0, 3).join(" "));
  expect(commands).toEqual(["npx --no cdktf", "npx --no cdktf", "npx --no cartesia-genesys", "npx --no cartesia-genesys"]);
});

test("the workflow asks for no more than it needs and keeps cdktf offline", () => {
  expect(workflow).toMatch(/\npermissions:\n {2}contents: read\n {2}pull-requests: write\n/);
  expect(workflow).toContain('CHECKPOINT_DISABLE: "1"');
  expect(workflow.match(/persist-credentials: false/g)).toHaveLength(2);
  expect(workflow).not.toMatch(/pull_request_target|secrets\./);
});

test("the README shows the command's usage line and links the determinism notes", () => {
  expect(readme).toContain(`npx ${usageLine(spec)}`);
  expect(readme).toContain("(../../docs/determinism.md)");
  expect(fs.existsSync(path.join(__dirname, "..", "..", "..", "docs", "determinism.md"))).toBe(true);
});
