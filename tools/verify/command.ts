import * as fs from "node:fs";
import * as path from "node:path";
import { EXIT } from "../shared/cli/exit-code";
import type { Command } from "../shared/cli/run-command";
import { parseTimeoutOption, startDeadline } from "../shared/genesys/deadline";
import { parseEndpoint } from "../shared/genesys/endpoint";
import { readGenesysAccess } from "../shared/genesys/environment";
import { logIn } from "../shared/genesys/log-in";
import type { Models } from "../shared/genesys/sdk";
import { settle } from "../shared/genesys/settle";
import { mapLimit } from "../shared/map-limit";
import { readSynthesizedStacks, type SynthesizedStack } from "../shared/synthesized-connectors";
import { DEFAULT_TIMEOUT_SECONDS, spec } from "./args";
import { connectorPassed, renderJson, renderText, type VerifyReport } from "./report";
import { resolveTargets, selectConnectors, type StateSources } from "./targets";
import { readStateFile, stateLocation, type TerraformState } from "./terraform-state";
import { readTypeAnswers, verifyConnector, type TypeAnswers } from "./verify-connector";
import { terminalText } from "../shared/text-escaping";

/** Connectors checked at once: enough to overlap their waits, few enough for Genesys's rate limits. */
const CONCURRENT_CONNECTORS = 4;

/**
 * `cartesia-genesys verify`: after deploy, asks Genesys Cloud about each synthesized connector. The
 * edges only: read the stacks and states, log in, run the checks (verify-connector), render.
 */
export const command: Command<typeof spec.options> = {
  spec,
  async run({ positional, options }, { io, cwd, env, fetch, now, sleep }) {
    const outdir = path.resolve(cwd, positional);
    const stacks = readSynthesizedStacks(outdir);
    const connectors = selectConnectors(stacks, options, outdir);
    const timeoutSeconds = parseTimeoutOption(options.timeout, DEFAULT_TIMEOUT_SECONDS);
    // --timeout bounds the whole command: login, every read, the wait for activation.
    const deadline = startDeadline(now, timeoutSeconds);
    const endpoint = options.endpoint === undefined ? undefined : parseEndpoint(options.endpoint);
    const access = readGenesysAccess(env, { endpointGiven: endpoint !== undefined });
    // Before anything is printed: the secret or token, and the key the state holds in plain text.
    io.addSecrets(access.secrets);
    const states = readStates(
      stacks,
      connectors.map((c) => c.stack),
      options.state,
      cwd,
    );
    io.addSecrets([...(states.given?.secrets ?? []), ...[...states.byStack.values()].flatMap((s) => s.state?.secrets ?? [])]);
    const targets = resolveTargets(connectors, { integrationId: options["integration-id"] }, states);

    const client = await logIn(access, endpoint, { io, fetch, sleep }, deadline);
    const types = new Map<string, Promise<TypeAnswers>>();
    const listings = new Map<string, Promise<Models.Integration[] | Error>>();
    const once = <T>(cache: Map<string, Promise<T>>, key: string, read: () => Promise<T>) => cache.get(key) ?? cache.set(key, read()).get(key)!;
    const connectorReports = await mapLimit(targets, CONCURRENT_CONNECTORS, (target) =>
      verifyConnector(target, {
        client,
        typeAnswers: (typeId) => once(types, typeId, () => readTypeAnswers(client, typeId)),
        listing: (typeId) => once(listings, typeId, () => settle(client.integrations(typeId))),
        now,
        sleep,
        timeoutSeconds,
        deadline,
        voice: options.voice,
        progress: (text) => io.progress(text),
      }),
    );
    await io.done();
    const report: VerifyReport = { api: client.apiBase, connectors: connectorReports, requests: client.requests() };
    if (options.format === "json") await io.out(renderJson(report));
    // Each line stays one line, whatever a folder or Genesys put in a name.
    else for (const line of renderText(report)) await io.out(terminalText(line));
    return connectorReports.every(connectorPassed) ? EXIT.OK : EXIT.FAILED;
  },
};

/** `--state`, or each selected stack's own local state file when it exists. */
function readStates(stacks: readonly SynthesizedStack[], selected: readonly string[], given: string | undefined, cwd: string): StateSources {
  const shown = (file: string) => (path.relative(cwd, file).startsWith("..") ? file : path.relative(cwd, file));
  const relabel = (state: TerraformState, file: string): TerraformState => ({ ...state, source: shown(file) });
  if (given !== undefined) {
    const file = path.resolve(cwd, given);
    return { given: relabel(readStateFile(file), file), byStack: new Map() };
  }
  const byStack = new Map<string, { location: ReturnType<typeof stateLocation>; state?: TerraformState }>();
  for (const stack of stacks.filter((s) => selected.includes(s.name))) {
    const location = stateLocation(stack);
    const exists = location.kind === "local" && fs.existsSync(location.file);
    byStack.set(stack.name, {
      location: location.kind === "local" ? { kind: "local", file: shown(location.file) } : location,
      state: exists ? relabel(readStateFile(location.file), location.file) : undefined,
    });
  }
  return { byStack };
}
