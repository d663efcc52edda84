import { buildCredentialFields, DEFAULT_CARTESIA_VERSION } from "../../lib/connector-config";
import { GENESYS_TTS_CONNECTOR } from "../../lib/tts-connector-type";
import { EXIT } from "../shared/cli/exit-code";
import type { Command } from "../shared/cli/run-command";
import { GenesysApiError } from "../shared/genesys/api-error";
import type { GenesysClient } from "../shared/genesys/client";
import { startDeadline, parseTimeoutOption, type Deadline } from "../shared/genesys/deadline";
import { parseEndpoint } from "../shared/genesys/endpoint";
import { GENESYS_ENV, readGenesysAccess } from "../shared/genesys/environment";
import { logIn } from "../shared/genesys/log-in";
import { isGenesysId } from "../../lib/shared";
import type { Models } from "../shared/genesys/sdk";
import { quotedName, terminalText } from "../shared/text-escaping";
import { DEFAULT_TIMEOUT_SECONDS, spec } from "./args";
import { checkAction, checkCartesiaVersion, checkKey, checkName } from "./check-input";
import { decidePut } from "./plan-put";
import { readKey } from "./read-key";
import { renderJson, renderText } from "./render";
import type { PutReport } from "./report";

/**
 * `cartesia-genesys credential put`: creates or updates the connector's User Defined credential through
 * Genesys's API, outside Terraform. The edges only: check the input, read the key, log in, list, let
 * `decidePut` choose, write, render. The key is masked in all output from the moment it is read.
 */
export const command: Command<typeof spec.options> = {
  spec,
  async run({ positional, options }, { io, env, fetch, now, sleep, stdin }) {
    checkAction(positional);
    const name = checkName(options.name);
    const { version, warnings: versionWarnings } = checkCartesiaVersion(options["cartesia-version"] ?? DEFAULT_CARTESIA_VERSION);
    const deadline = startDeadline(now, parseTimeoutOption(options.timeout, DEFAULT_TIMEOUT_SECONDS));
    const endpoint = options.endpoint === undefined ? undefined : parseEndpoint(options.endpoint);
    const access = readGenesysAccess(env, { endpointGiven: endpoint !== undefined });
    io.addSecrets(access.secrets);

    const read = await readKey(env, options["key-stdin"], stdin, io, deadline.remainingMs());
    // Masked before anything else is printed: the key as read, and as it is sent.
    io.addSecrets([read.raw, read.raw.trim()]);
    const { key, warnings: keyWarnings } = checkKey(read.raw, read.from);
    io.addSecrets([key]);
    for (const warning of [...versionWarnings, ...keyWarnings]) await io.err(`warning: ${warning}`);

    const client = await logIn(access, endpoint, { io, fetch, sleep }, deadline);
    const credentialType = GENESYS_TTS_CONNECTOR.credentialType;
    await io.progress("listing the organization's credentials ...");
    const listing = await refusedAs(() => client.credentials.list(), "list the organization's credentials", deadline);
    const decision = decidePut(name, credentialType, listing);
    if (decision.kind === "refuse") throw new Error(decision.reason);

    let id = decision.kind === "update" ? decision.id : undefined;
    if (!options["dry-run"]) {
      const body: Models.Credential = { name, type: { name: credentialType }, credentialFields: buildCredentialFields(key, version) };
      await io.progress(`${decision.kind === "create" ? "creating" : "updating"} credential ${quotedName(name)} ...`);
      id = await write(client, decision, body, name, deadline);
    }
    await io.done();
    const report: PutReport = {
      action: decision.kind,
      dryRun: options["dry-run"],
      name,
      id,
      credentialType,
      cartesiaVersion: version,
      api: client.apiBase,
      requests: client.requests(),
    };
    if (options.format === "json") await io.out(renderJson(report));
    else for (const line of renderText(report)) await io.out(terminalText(line));
    return EXIT.OK;
  },
};

/** Creates or updates; the id Genesys answers with, checked. */
async function write(
  client: GenesysClient,
  decision: { readonly kind: "create" } | { readonly kind: "update"; readonly id: string },
  body: Models.Credential,
  name: string,
  deadline: Deadline,
): Promise<string> {
  if (decision.kind === "update") {
    const answer = await refusedAs(() => client.credentials.update(decision.id, body), `update credential ${quotedName(name)}`, deadline);
    if (answer.id !== undefined && answer.id !== decision.id) {
      throw new Error(`Genesys updated credential ${quotedName(name)} but answered with another id (${quotedName(String(answer.id))}, not ${decision.id}).`);
    }
    return decision.id;
  }
  const answer = await refusedAs(() => client.credentials.create(body), `create credential ${quotedName(name)}`, deadline);
  if (!isGenesysId(answer.id)) {
    throw new Error(
      `Genesys answered the creation of credential ${quotedName(name)} without a credential id (got ${quotedName(String(answer.id ?? "none"))}); run again to find it by name.`,
    );
  }
  return answer.id;
}

/**
 * A call whose refusal is worded for this command: a 403 is a missing permission. Which one is not
 * documented: the SDK's reference says "Requires NO permissions" for these endpoints (platform-client
 * docs of getIntegrationsCredentials and postIntegrationsCredentials), so the message points at the
 * OAuth client's role and at Genesys's own answer, which names what it missed when it does.
 */
async function refusedAs<T>(call: () => Promise<T>, what: string, deadline: Deadline): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof GenesysApiError && error.status === 403) {
      const said = [error.code, error.serverMessage === undefined ? undefined : JSON.stringify(error.serverMessage)].filter(Boolean).join(" ");
      throw new Error(
        `Genesys refused to ${what} (403${said ? ` ${said}` : ""}): the OAuth client (${GENESYS_ENV.clientId}) lacks a permission or scope for integration credentials, which Genesys's answer names when it can. Grant it to the client's role, then run again.`,
        { cause: error },
      );
    }
    if (error instanceof GenesysApiError && error.status >= 500 && what.startsWith("create")) {
      throw new Error(
        `${error.message}. The credential may have been created all the same; it was not sent again, so no second one is made. Run the same command again: it finds the credential by name and updates it.`,
        { cause: error },
      );
    }
    if (deadline.remainingMs() <= 0 && !(error instanceof GenesysApiError)) {
      throw new Error(`could not ${what} before --timeout (${deadline.seconds} s) ran out: ${(error as Error).message}`, { cause: error });
    }
    throw error;
  }
}
