/**
 * `review --plan` as the command line runs it, in a process of its own so that its peak RSS is its own:
 *
 *   node --import tsx bench/review-child.ts --plan plan.json [--format json]
 *
 * Output goes where the command writes it; when the process exits, one JSON line (`ReviewChildResult`) is
 * written to file descriptor 3.
 */
import * as fs from "node:fs";
import { runCli } from "../tools/commands";
import { processContext } from "../tools/shared/cli/context";

/** What the child measured: memory in KiB, time in milliseconds. */
export interface ReviewChildResult {
  readonly exitCode: number;
  readonly peakRssKiB: number;
  readonly wallMs: number;
}

const started = performance.now();
process.on("exit", (exitCode) => {
  const result: ReviewChildResult = { exitCode, peakRssKiB: process.resourceUsage().maxRSS, wallMs: performance.now() - started };
  fs.writeSync(3, `${JSON.stringify(result)}\n`);
});
// As tools/cli.ts runs a command.
void runCli(["review", ...process.argv.slice(2)], processContext()).then((code) => process.exit(code));
