import type { CommandContext } from "../cli/context";
import { connectGenesys, type GenesysClient } from "./client";
import type { Deadline } from "./deadline";
import type { GenesysGateway } from "./endpoint";
import type { GenesysAccess } from "./environment";

/**
 * Logs in as a command does: a progress line naming where, the token masked in all output from the
 * moment it is known, each retry told on the progress line; with a deadline (`--timeout`), no request
 * of the client outlives it.
 */
export async function logIn(
  access: GenesysAccess,
  endpoint: { readonly baseUrl: string; readonly gateway: GenesysGateway } | undefined,
  { io, fetch, sleep }: Pick<CommandContext, "io" | "fetch" | "sleep">,
  deadline?: Deadline,
): Promise<GenesysClient> {
  await io.progress(`logging in to Genesys Cloud${endpoint ? ` at ${endpoint.baseUrl}` : ` in ${access.region}`} ...`);
  return connectGenesys({
    access,
    gateway: endpoint?.gateway,
    fetch,
    sleep,
    deadline,
    addSecrets: (values) => io.addSecrets(values),
    onRetry: (message) => void io.progress(message),
  });
}
