import * as path from "node:path";
import { EXIT } from "../shared/cli/exit-code";
import type { CommandIo } from "../shared/cli/io";
import type { Command } from "../shared/cli/run-command";
import { readSynthesizedStacks } from "../shared/synthesized-connectors";
import { spec } from "./args";
import { diffSummaries } from "./diff";
import { renderDiffMarkdown, renderSummaryMarkdown } from "./render-markdown";
import { planJsonPieces, reviewJsonPieces } from "./render-json";
import { countFindings, diffFindings, summaryFindings } from "./review-model";
import { summarize } from "./summarize";
import { planFindings } from "./plan-findings";
import { NotAPlanError, readPlan, type TerraformPlan } from "./plan-json";
import { reviewPlan } from "./plan-review";
import { renderPlanMarkdown } from "./render-plan-markdown";
import { UsageError } from "../shared/cli/usage-error";
import { readFileBytes } from "../shared/safe-files";
import { parsePlanBytes } from "./plan-text";
import { quotedName } from "../shared/text-escaping";

/**
 * `cartesia-genesys review [cdktf.out] [--base BASE | --plan PLAN_JSON] [--format markdown|json] [--fail-on risky]`.
 * Reads only the synthesized `cdk.tf.json` files (or a plan), never the environment, so no secret can reach the
 * output.
 */
export const command: Command<typeof spec.options> = {
  spec,
  async run({ positional, options }, { io, cwd }) {
    if (options.plan !== undefined) {
      if (options.base !== undefined) throw new UsageError("--base: a plan already holds both sides; give --plan or --base, not both");
      const file = path.resolve(cwd, options.plan);
      const review = reviewPlan(readPlanFile(file), path.basename(file));
      await print(io, options.format === "json" ? planJsonPieces(review) : [renderPlanMarkdown(review)]);
      return options["fail-on"] === "risky" && countFindings(planFindings(review)).risky > 0 ? EXIT.FAILED : EXIT.OK;
    }
    const head = summarize(readSynthesizedStacks(path.resolve(cwd, positional)));
    const base = options.base === undefined ? undefined : summarize(readSynthesizedStacks(path.resolve(cwd, options.base)), { stackFindings: false });
    const diff = base ? diffSummaries(base, head) : undefined;
    await print(io, options.format === "json" ? reviewJsonPieces(head, diff) : [diff ? renderDiffMarkdown(diff, head) : renderSummaryMarkdown(head)]);
    const risky = countFindings(diff ? diffFindings(diff) : summaryFindings(head)).risky;
    return options["fail-on"] === "risky" && risky > 0 ? EXIT.FAILED : EXIT.OK;
  },
};

/**
 * The largest plan read: `terraform show -json` of 10,000 connectors, prior state included, is about 85 MB
 * (more than other files' limit), and the review builds only the parts it reads (`parsePlanBytes`).
 */
export const MAX_PLAN_BYTES = 128 * 1024 * 1024;

/** Prints a text given in pieces that each end a line: the JSON of a large review is never one string. */
async function print(io: CommandIo, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) await io.out(piece);
}

/** A plan file that cannot be read, or is not a plan's JSON, is bad usage: named by the flag. */
function readPlanFile(file: string): TerraformPlan {
  // Through the shared reader: a regular file of bounded size, and no excerpt of a plan (which can hold a key) in a message.
  let bytes: Buffer;
  try {
    bytes = readFileBytes(file, { maxBytes: MAX_PLAN_BYTES });
  } catch (error) {
    throw new UsageError(`--plan: ${(error as Error).message}`);
  }
  const parsed = parsePlanBytes(bytes);
  if ("problem" in parsed) throw new UsageError(`--plan: cannot read ${quotedName(file)}: ${parsed.problem}`);
  const json = parsed.value;
  try {
    return readPlan(json);
  } catch (error) {
    // Only what the reader says about the document: anything else is a fault of the review, not of the input.
    if (error instanceof NotAPlanError) throw new UsageError(`--plan: ${file} is ${error.message}`);
    throw error;
  }
}
