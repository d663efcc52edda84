import { UsageError } from "../shared/cli/usage-error";
import { findConnectors, type SynthesizedConnector, type SynthesizedStack } from "../shared/synthesized-connectors";
import { quotedName, terminalText } from "../shared/text-escaping";

/** Which connector to test: by stack, and by construct id or path, resource address or integration name. */
export interface ConnectorChoice {
  readonly stack?: string;
  readonly connector?: string;
}

/** The one connector the command line points at; a `UsageError` that lists the choices otherwise. */
export function pickConnector(stacks: readonly SynthesizedStack[], choice: ConnectorChoice, outdir: string): SynthesizedConnector {
  const wantedStacks = stacks.filter((s) => choice.stack === undefined || s.name === choice.stack);
  if (wantedStacks.length === 0) throw new UsageError(`no stack ${quotedName(choice.stack ?? "")} in ${terminalText(outdir)}`);
  const all = wantedStacks.flatMap((s) => findConnectors(s.name, s.document));
  if (all.length === 0) throw new UsageError(`no Genesys TTS Connector in ${wantedStacks.map((s) => terminalText(s.file)).join(", ")}`);
  const wanted = choice.connector;
  const matches =
    wanted === undefined
      ? all
      : all.filter((c) => [c.constructPath, c.constructPath?.split("/").pop(), c.address, c.address.split(".")[1], c.configAddress, c.name].includes(wanted));
  if (matches.length === 1) return matches[0];
  // Names come from the folder: each choice stays on its own line, whatever they hold.
  const choices = all
    .map(
      (c) =>
        `  --stack ${terminalText(c.stack)} --connector ${terminalText(c.constructPath?.split("/").pop() ?? c.address)}   (${terminalText(c.name ?? "unnamed")})`,
    )
    .join("\n");
  if (matches.length === 0) throw new UsageError(`no connector ${quotedName(wanted ?? "")}; found:\n${choices}`);
  throw new UsageError(`${matches.length} connectors match; choose one:\n${choices}`);
}
