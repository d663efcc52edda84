import { DEFAULT_CARTESIA_VERSION } from "../../lib/connector-config";
import type { CommandSpec } from "../shared/cli/command-spec";
import { ENDPOINT_OPTION, FORMAT_OPTION, timeoutOption } from "../shared/genesys/command-options";

/** How long `credential put` may take in all, by default (seconds): reading the key, login and the writes. */
export const DEFAULT_TIMEOUT_SECONDS = 60;

/** The variable the key is read from first. */
export const KEY_ENV = "CARTESIA_API_KEY";

/** `cartesia-genesys credential`: its options, once. */
export const spec = {
  name: "credential",
  summary: "create or update the connector's credential in Genesys Cloud, so the key never enters Terraform state",
  positional: { name: "action", description: "put: create the credential, or update the one of that name in place", default: "put" },
  options: {
    name: {
      type: "string",
      value: "NAME",
      description: "the credential's name in Genesys Cloud (required): what CartesiaApiKey.fromCredentialName(scope, NAME) looks up",
    },
    "key-stdin": {
      type: "boolean",
      description: `read the key from standard input when ${KEY_ENV} is not set (on a terminal, a prompt that does not echo)`,
    },
    "cartesia-version": { type: "string", value: "DATE", description: `the Cartesia-Version field (default: ${DEFAULT_CARTESIA_VERSION}, the construct's)` },
    "dry-run": { type: "boolean", description: "say whether it would create or update the credential (and which id), and write nothing" },
    timeout: timeoutOption("reading the key, login and every request", DEFAULT_TIMEOUT_SECONDS),
    format: FORMAT_OPTION,
    endpoint: ENDPOINT_OPTION,
  },
  details: [
    `The key: from ${KEY_ENV} when it is set, else from standard input with --key-stdin. Never from an argument: it would stay in the shell's history and in the process list. It is sent to Genesys Cloud only, never printed, logged or written to disk; Genesys never sends it back.`,
    "What it writes: a User Defined credential (type userDefined) with the fields X-Api-Key (the key) and Cartesia-Version, which the Genesys TTS Connector sends to Cartesia as headers. The same name updates the same credential in place, keeping its id, so a stack that looks it up by name needs no new deploy after a rotation. A name that matches several credentials, or a credential of another type, is refused.",
    "Credentials as for verify (the variables the Genesys provider reads): GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET, or GENESYSCLOUD_ACCESS_TOKEN; and GENESYSCLOUD_REGION.",
  ],
  exitCodes: {
    0: "the credential was created or updated (with --dry-run: what would be done was said)",
    1: "Genesys refused or could not be reached in time, or the name matches several credentials or one of another type",
    2: "bad usage: an unknown flag, no --name, no key or an admin key, a key given as an argument, missing or invalid GENESYSCLOUD_* variables",
  },
} as const satisfies CommandSpec;
