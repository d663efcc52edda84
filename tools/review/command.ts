import { readSynthesizedStacks } from "../shared/synthesized-connectors";
import { parseReviewArgs, USAGE } from "./args";
import { diffSummaries } from "./diff";
import { renderDiffMarkdown, renderSummaryMarkdown } from "./render-markdown";
import { renderJson } from "./render-json";
import { countFindings, diffFindings, type ReviewSummary, summaryFindings } from "./review-model";
import { summarize } from "./summarize";

/** Where the command writes; tests pass their own. A returned promise is awaited. */
export interface ReviewIo {
  readonly out: (text: string) => void | Promise<void>;
  readonly err: (text: string) => void | Promise<void>;
}

/**
 * The process's streams. Each write resolves once flushed: the CLI calls `process.exit` right after,
 * and on platforms where pipes are asynchronous a large review would otherwise be cut short.
 */
const PROCESS_IO: ReviewIo = {
  out: (t) => new Promise<void>((resolve) => process.stdout.write(t, () => resolve())),
  err: (t) => new Promise<void>((resolve) => process.stderr.write(t, () => resolve())),
};

/** Exit code when `--fail-on risky` finds something risky. */
export const EXIT_RISKY = 2;

/**
 * `cartesia-genesys review [cdktf.out] [--base BASE] [--format markdown|json] [--fail-on risky]`.
 * Reads only the synthesized `cdk.tf.json` files, never the environment, so no secret can reach the
 * output. Returns 0, 1 on bad arguments or unreadable input, or 2 with `--fail-on risky` when the
 * summary (without a base) or the changes (with one) hold anything risky.
 */
export async function run(args: string[], io: ReviewIo = PROCESS_IO): Promise<number> {
  let parsed;
  try {
    parsed = parseReviewArgs(args);
  } catch (error) {
    await io.err(`review: ${(error as Error).message}\n\n${USAGE}\n`);
    return 1;
  }
  if (parsed.help) {
    await io.out(`${USAGE}\n`);
    return 0;
  }
  let head: ReviewSummary;
  let base: ReviewSummary | undefined;
  try {
    head = summarize(readSynthesizedStacks(parsed.outdir));
    base = parsed.base === undefined ? undefined : summarize(readSynthesizedStacks(parsed.base));
  } catch (error) {
    await io.err(`review: ${(error as Error).message}\n`);
    return 1;
  }
  const diff = base ? diffSummaries(base, head) : undefined;
  await io.out(parsed.format === "json" ? renderJson(head, diff) : diff ? renderDiffMarkdown(diff, head) : renderSummaryMarkdown(head));

  const risky = countFindings(diff ? diffFindings(diff) : summaryFindings(head)).risky;
  return parsed.failOn === "risky" && risky > 0 ? EXIT_RISKY : 0;
}
