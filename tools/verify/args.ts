import type { CommandSpec } from "../shared/cli/command-spec";
import { ENDPOINT_OPTION, FORMAT_OPTION, timeoutOption } from "../shared/genesys/command-options";

/** How long `verify` may take in all, by default (seconds): mostly the wait for an integration to become active. */
export const DEFAULT_TIMEOUT_SECONDS = 180;

/** `cartesia-genesys verify`: its options, once. */
export const spec = {
  name: "verify",
  summary: "after deploy, check each live connector against Genesys Cloud's own API",
  positional: { name: "cdktf.out", description: "the synthesized app that was deployed", default: "cdktf.out" },
  options: {
    stack: { type: "string", value: "S", description: "only the connectors of this stack" },
    connector: { type: "string", value: "C", description: "only this connector: construct id or path, resource address, or integration name" },
    "integration-id": { type: "string", value: "ID", description: "the integration's id, instead of reading it from the state (one connector only)" },
    state: { type: "string", value: "FILE", description: "a Terraform state file, or terraform show -json output (one stack only)" },
    timeout: timeoutOption("login, every request and the wait for activation", DEFAULT_TIMEOUT_SECONDS),
    voice: { type: "string", value: "NAME", description: "check that the engine lists this voice (by name: Genesys rewrites voice ids)" },
    format: FORMAT_OPTION,
    endpoint: ENDPOINT_OPTION,
  },
  details: [
    "Credentials as the Genesys provider reads them, so the environment of cdktf deploy works unchanged: GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET (client-credentials grant), or GENESYSCLOUD_ACCESS_TOKEN; and GENESYSCLOUD_REGION (e.g. us-east-1). Neither the secret nor any token is ever printed.",
    "Which integration: --integration-id, else the id in the stack's Terraform state (its local state file, or --state), else the one an adopting connector's import block names, else the one integration of the connector's type and name in the organization.",
    "Checks per connector: the org has the connector type and its credential slot takes our credential type; every property and advanced key we write is in the type's config schemas (--format json lists the schemas' keys); the integration has our type and intended state; it reaches ACTIVE (INACTIVE when disabled) within --timeout, or its error (a reported state ERROR or ending in _ERROR ends the wait at once) is matched to the guide's troubleshooting table; its current config equals what was synthesized; its credential is the stack's, of our type; its TTS engine connector-<id> lists voices.",
  ],
  exitCodes: {
    0: "every check of every connector passed",
    1: "a check failed, or Genesys could not be reached, refused the login, kept rate-limiting, or did not answer before --timeout ran out",
    2: "bad usage: an unknown flag, no connector, missing or invalid GENESYSCLOUD_* variables, a state file without the connector",
  },
} as const satisfies CommandSpec;
