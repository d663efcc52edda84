import { GENESYS_TTS_CONNECTOR } from "../../lib/tts-connector-type";
import { EXIT } from "../shared/cli/exit-code";
import type { Command } from "../shared/cli/run-command";
import { parseTimeoutOption, startDeadline } from "../shared/genesys/deadline";
import { parseEndpoint } from "../shared/genesys/endpoint";
import { readGenesysAccess } from "../shared/genesys/environment";
import { logIn } from "../shared/genesys/log-in";
import { notesOf } from "../shared/genesys/notes";
import { settle } from "../shared/genesys/settle";
import { mapLimit } from "../shared/map-limit";
import { adoptIntegration, idProblem, linkedCredentialId, withConstructIds, type IntegrationAnswers } from "./adopt-integration";
import { DEFAULT_ADOPT_TIMEOUT_SECONDS, spec } from "./args";
import { renderCode } from "./render-code";
import { renderJson } from "./render-json";
import { renderText } from "./render-text";
import { integrationLabel, type AdoptReport, type ListedIntegration } from "./report";
import { terminalText } from "../shared/text-escaping";

/** Integrations read at once. */
const CONCURRENT_READS = 4;

/**
 * `cartesia-genesys adopt`: lists the organization's TTS connectors and prints the construct code that
 * adopts each Cartesia one. Reads only. The edges: log in, list, read configs and credentials; the
 * decisions (adopt-integration) and the code (render-code) are pure.
 */
export const command: Command<typeof spec.options> = {
  spec,
  async run({ options }, { io, env, fetch, sleep, now }) {
    // --timeout bounds the whole command: the login and every read.
    const deadline = startDeadline(now, parseTimeoutOption(options.timeout, DEFAULT_ADOPT_TIMEOUT_SECONDS));
    const endpoint = options.endpoint === undefined ? undefined : parseEndpoint(options.endpoint);
    const access = readGenesysAccess(env, { endpointGiven: endpoint !== undefined });
    io.addSecrets(access.secrets);
    const client = await logIn(access, endpoint, { io, fetch, sleep }, deadline);
    const integrationType = GENESYS_TTS_CONNECTOR.integrationType;
    await io.progress(`listing ${integrationType} integrations ...`);
    const integrations = (await client.integrations(integrationType)).filter((i) => i.id !== undefined);
    const answers = await mapLimit(integrations, CONCURRENT_READS, async (integration): Promise<IntegrationAnswers> => {
      // An id that is not a Genesys id never reaches a URL: adoptIntegration lists the integration as refused.
      if (idProblem("id", integration.id)) return { integration, config: new Error("not read: its id is not a Genesys id") };
      const config = await settle(client.configCurrent(integration.id!));
      const credentialId = config instanceof Error ? undefined : linkedCredentialId(config);
      if (credentialId === undefined || idProblem("credential id", credentialId)) return { integration, config };
      return { integration, config, credential: await settle(client.credential(credentialId as string)) };
    });
    await io.done();

    const adoptions = answers.map((a) => adoptIntegration(a));
    const named = adoptions.flatMap((adoption, i) =>
      adoption.kind === "cartesia" ? [{ index: i, name: answers[i].integration.name ?? "", adopted: adoption.adopted }] : [],
    );
    const withIds = new Map(withConstructIds(named).map((connector, n) => [named[n].index, connector]));
    const listed: ListedIntegration[] = answers.map(({ integration, config, credential }, i) => {
      const adopted = withIds.get(i);
      const linked = config instanceof Error ? undefined : config.credentials?.[GENESYS_TTS_CONNECTOR.credentialSlot];
      return {
        id: integration.id!,
        name: integration.name,
        intendedState: integration.intendedState,
        reportedState: integration.reportedState?.code,
        config:
          config instanceof Error ? undefined : { name: config.name, properties: config.properties, advanced: config.advanced, notes: notesOf(config.notes) },
        credential:
          linked?.id === undefined
            ? undefined
            : { id: linked.id, name: linked.name, type: credential instanceof Error || credential === undefined ? linked.type?.name : credential.type?.name },
        adoption: adopted ? { kind: "cartesia", adopted } : adoptions[i],
      };
    });
    const code = listed.flatMap((l) => (l.adoption.kind === "cartesia" ? [{ connector: l.adoption.adopted, label: integrationLabel(l) }] : []));
    const report: AdoptReport = {
      api: client.apiBase,
      integrationType,
      integrations: listed,
      code: code.length === 0 ? undefined : renderCode(code),
      requests: client.requests(),
    };
    if (options.format === "json") await io.out(renderJson(report));
    // Each line stays one line, whatever a folder or Genesys put in a name.
    else for (const line of renderText(report)) await io.out(terminalText(line));
    return listed.some((l) => l.adoption.kind === "unreadable" || l.adoption.kind === "refused") ? EXIT.FAILED : EXIT.OK;
  },
};
