import * as path from "node:path";
import type { Command } from "../shared/cli/run-command";
import { writeFileInside } from "../shared/safe-files";
import { readSynthesizedStacks } from "../shared/synthesized-connectors";
import { terminalText } from "../shared/text-escaping";
import { DEFAULT_TEXT, spec } from "./args";
import { runExchanges, sender } from "./exchanges";
import { pickConnector } from "./pick-connector";
import { planSmoke } from "./plan";
import { reportPlan, reportRun } from "./report";

/**
 * `cartesia-genesys smoke`: sends the requests a connector's Genesys integration will send to Cartesia
 * and checks the answers against the guide's troubleshooting table and the declared audio format.
 * The edges only: read the stacks, plan (pure), exchange, report (pure), write the audio.
 */
export const command: Command<typeof spec.options> = {
  spec,
  async run({ positional, options }, { io, cwd, env, fetch, now }) {
    const outdir = path.resolve(cwd, positional);
    const connector = pickConnector(readSynthesizedStacks(outdir), options, outdir);
    const plan = planSmoke({
      connector,
      env,
      text: options.text ?? DEFAULT_TEXT,
      voice: options.voice,
      endpoint: options.endpoint,
      failOnWarning: options["fail-on"] === "warning",
    });
    // Before anything is printed: every value that could be the key is masked in every line.
    io.addSecrets(plan.secrets);

    // Each report line stays one line, whatever a folder or a server put in a name.
    const print = (line: string) => io.out(terminalText(line));
    const { report: planned, send } = reportPlan(plan, { cwd, outdir });
    for (const line of planned.lines) await print(line);
    if (!send) {
      for (const line of planned.closing) await print(line);
      return planned.exitCode;
    }
    await io.progress(`sending to ${new URL(plan.voiceList.request!.url).origin} ...`);
    const trace = await runExchanges(plan, sender({ fetch, now }));
    const run = reportRun(plan, trace, { outdir, cwd, out: options.out === undefined ? undefined : path.resolve(cwd, options.out) });
    for (const line of run.lines) await print(line);
    if (run.audio) {
      // The default place is inside the cdktf.out: never through a link that leads out of it.
      writeFileInside(options.out === undefined ? outdir : undefined, run.audio.file, run.audio.data);
      await print(run.audio.line);
    }
    for (const line of run.closing) await print(line);
    return run.exitCode;
  },
};
