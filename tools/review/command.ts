import { readSynthesizedStacks } from "../shared/synthesized-connectors";
import { parseReviewArgs, USAGE } from "./args";
import { diffSummaries } from "./diff";
import { renderDiffMarkdown, renderSummaryMarkdown } from "./render-markdown";
import { renderJson } from "./render-json";
import { countFindings, diffFindings, ReviewSummary, summaryFindings } from "./review-model";
import { summarize } from "./summarize";

/** Where the command writes; tests pass their own. */
export interface ReviewIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const PROCESS_IO: ReviewIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

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
    io.err(`review: ${(error as Error).message}\n\n${USAGE}\n`);
    return 1;
  }
  if (parsed.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  let head: ReviewSummary;
  let base: ReviewSummary | undefined;
  try {
    head = summarize(readSynthesizedStacks(parsed.outdir));
    base = parsed.base === undefined ? undefined : summarize(readSynthesizedStacks(parsed.base));
  } catch (error) {
    io.err(`review: ${(error as Error).message}\n`);
    return 1;
  }
  const diff = base ? diffSummaries(base, head) : undefined;
  if (parsed.format === "json") io.out(renderJson(head, diff));
  else io.out(diff ? renderDiffMarkdown(diff, head) : renderSummaryMarkdown(head));

  const risky = countFindings(diff ? diffFindings(diff) : summaryFindings(head)).risky;
  return parsed.failOn === "risky" && risky > 0 ? EXIT_RISKY : 0;
}
