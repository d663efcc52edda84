import * as path from "node:path";
import { EXIT } from "../shared/cli/exit-code";
import type { Command } from "../shared/cli/run-command";
import { readSynthesizedStacks } from "../shared/synthesized-connectors";
import { spec } from "./args";
import { diffSummaries } from "./diff";
import { renderDiffMarkdown, renderSummaryMarkdown } from "./render-markdown";
import { renderJson } from "./render-json";
import { countFindings, diffFindings, summaryFindings } from "./review-model";
import { summarize } from "./summarize";

/**
 * `cartesia-genesys review [cdktf.out] [--base BASE] [--format markdown|json] [--fail-on risky]`.
 * Reads only the synthesized `cdk.tf.json` files, never the environment, so no secret can reach the
 * output.
 */
export const command: Command<typeof spec.options> = {
  spec,
  async run({ positional, options }, { io, cwd }) {
    const head = summarize(readSynthesizedStacks(path.resolve(cwd, positional)));
    const base = options.base === undefined ? undefined : summarize(readSynthesizedStacks(path.resolve(cwd, options.base)));
    const diff = base ? diffSummaries(base, head) : undefined;
    await io.out(options.format === "json" ? renderJson(head, diff) : diff ? renderDiffMarkdown(diff, head) : renderSummaryMarkdown(head));
    const risky = countFindings(diff ? diffFindings(diff) : summaryFindings(head)).risky;
    return options["fail-on"] === "risky" && risky > 0 ? EXIT.FAILED : EXIT.OK;
  },
};
