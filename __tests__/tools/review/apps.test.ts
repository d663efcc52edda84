import * as fs from "node:fs";
import * as path from "node:path";
import { type App } from "cdktf";
import { createApp } from "../../../main";
import { readSynthesizedStacks } from "../../../tools/shared/synthesized-connectors";
import { renderSummaryMarkdown } from "../../../tools/review/render-markdown";
import { summarize } from "../../../tools/review/summarize";
import { synthApp } from "../../support/helpers";
import { expectGolden } from "../../support/golden";

// The review comment of the default app and of every example, compared with golden files under
// __tests__/golden/apps/. An example added later is covered by its folder alone; its golden file is
// written with UPDATE_GOLDEN=1 (read it before committing).

/** Examples that need more than `createApp(outdir)`: platform-repo consumes the packed library. */
const NOT_SYNTHESIZED_HERE = new Set(["platform-repo"]);

/** Every examples/<name>/main.ts that exports createApp, by folder name. */
function discoverExamples(): [string, (outdir: string) => App][] {
  const root = path.join(__dirname, "..", "..", "..", "examples");
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !NOT_SYNTHESIZED_HERE.has(e.name) && fs.existsSync(path.join(root, e.name, "main.ts")))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const module = require(path.join(root, name, "main.ts")) as { createApp?: (outdir?: string) => App };
      if (typeof module.createApp !== "function") throw new Error(`examples/${name}/main.ts exports no createApp(outdir)`);
      return [name, (outdir: string) => module.createApp!(outdir)];
    });
}

const apps: [string, (outdir: string) => App][] = [
  ["default-app", (outdir) => createApp(outdir)],
  ...discoverExamples().map(([name, build]): [string, (outdir: string) => App] => [`example-${name}`, build]),
];

test("the examples folder is discovered: basic at least, platform-repo skipped", () => {
  const names = apps.map(([name]) => name);
  expect(names).toContain("example-basic");
  expect(names).not.toContain("example-platform-repo");
});

test.each(apps)("%s: the review comment matches its golden file", (name, build) => {
  const { outdir } = synthApp(build);
  const summary = summarize(readSynthesizedStacks(outdir));
  expect(summary.stacks.flatMap((s) => s.connectors).length).toBeGreaterThan(0);
  expectGolden(`apps/${name}.md`, renderSummaryMarkdown(summary));
});
