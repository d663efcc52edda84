/**
 * The review's memory case: a saved plan of 10,000 connectors (`planOf`) reviewed by `review --plan` as the
 * command line runs it (`node --import tsx`, as `npm run review`), in Markdown and in JSON, three times
 * each, every run in a process of its own (`review-child.ts`). The highest peak RSS of a format is judged:
 * under 512 MiB. (When the collector runs varies from run to run; the peak with it.)
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { ReviewChildResult } from "./review-child";
import { planOf } from "./review-plan";

/** Connectors in the plan. */
export const REVIEW_CONNECTORS = 10_000;
/** The most resident memory the review of that plan may take, in MiB. */
export const REVIEW_RSS_LIMIT_MIB = 512;
/** Runs of each format. */
const REVIEW_REPEATS = 3;

/** One format's run. */
export interface ReviewRun extends ReviewChildResult {
  readonly format: "markdown" | "json";
  readonly outputBytes: number;
}

/** What the case measured. */
export interface ReviewMemoryFigures {
  readonly connectors: number;
  readonly planBytes: number;
  readonly runs: readonly ReviewRun[];
}

/** Writes the plan into `dir` and reviews it in both formats, each in its own process. */
export function runReviewMemory(root: string, dir: string, node: string, connectors = REVIEW_CONNECTORS): ReviewMemoryFigures {
  const plan = path.join(dir, `review-plan-${connectors}.json`);
  fs.writeFileSync(plan, JSON.stringify(planOf(connectors)));
  const formats = (["markdown", "json"] as const).flatMap((format) => Array.from({ length: REVIEW_REPEATS }, () => format));
  const runs = formats.map((format): ReviewRun => {
    const output = path.join(dir, `review-${format}.out`);
    const fd = fs.openSync(output, "w");
    try {
      const child = spawnSync(node, ["--import", "tsx", path.join(root, "bench", "review-child.ts"), "--plan", plan, "--format", format], {
        cwd: root,
        stdio: ["ignore", fd, "pipe", "pipe"],
        encoding: "utf8",
        env: { ...process.env, CHECKPOINT_DISABLE: "1" },
        maxBuffer: 64 * 1024 * 1024,
      });
      const line = (child.output[3] ?? "").trim();
      if (line === "") throw new Error(`review --plan (${format}) reported nothing (exit ${child.status}, ${child.signal ?? "no signal"}): ${child.stderr}`);
      const result = JSON.parse(line) as ReviewChildResult;
      if (result.exitCode !== 0) throw new Error(`review --plan (${format}) exited ${result.exitCode}: ${child.stderr}`);
      return { format, ...result, outputBytes: fs.statSync(output).size };
    } finally {
      fs.closeSync(fd);
    }
  });
  return { connectors, planBytes: fs.statSync(plan).size, runs };
}

/** The report's section. */
export function renderReviewMemory(figures: ReviewMemoryFigures): string[] {
  const mib = (kib: number) => (kib / 1024).toFixed(0);
  return [
    `### Target: \`review --plan\` of ${figures.connectors.toLocaleString("en-US")} connectors under ${REVIEW_RSS_LIMIT_MIB} MiB of resident memory`,
    "",
    `The plan: ${(figures.planBytes / 1024 / 1024).toFixed(1)} MiB of \`terraform show -json\`, one connector in ten updated in place.`,
    "",
    "| format | highest peak RSS (MiB) | each run's (MiB) | wall time, median (s) | output (MiB) | target |",
    "| --- | ---: | ---: | ---: | ---: | --- |",
    ...(["markdown", "json"] as const).flatMap((format) => {
      const runs = figures.runs.filter((r) => r.format === format);
      if (runs.length === 0) return [];
      const highest = Math.max(...runs.map((r) => r.peakRssKiB));
      const wall = runs.map((r) => r.wallMs).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
      return [
        `| ${format} | ${mib(highest)} | ${runs.map((r) => mib(r.peakRssKiB)).join(", ")} | ${(wall / 1000).toFixed(1)} | ${(runs[0].outputBytes / 1024 / 1024).toFixed(2)} | ${highest / 1024 < REVIEW_RSS_LIMIT_MIB ? "met" : "**not met**"} |`,
      ];
    }),
  ];
}
