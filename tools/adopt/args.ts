import type { CommandSpec } from "../shared/cli/command-spec";
import { ENDPOINT_OPTION, FORMAT_OPTION, timeoutOption } from "../shared/genesys/command-options";

/** How long `adopt` may take in all, by default (seconds). */
export const DEFAULT_ADOPT_TIMEOUT_SECONDS = 120;

/** `cartesia-genesys adopt`: its options, once. */
export const spec = {
  name: "adopt",
  summary: "list the organization's TTS connectors and print the construct code that adopts each, ids included",
  options: {
    format: FORMAT_OPTION,
    timeout: timeoutOption("login and every request", DEFAULT_ADOPT_TIMEOUT_SECONDS),
    endpoint: ENDPOINT_OPTION,
  },
  details: [
    "Credentials as for verify and cdktf deploy: GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET, or GENESYSCLOUD_ACCESS_TOKEN, and GENESYSCLOUD_REGION. Nothing is changed in Genesys: adopt only reads.",
    "For every genesys-tts-connector integration: its state, config and credential; for a Cartesia one, the CartesiaTtsConnector code that reproduces it (only the props that differ from the defaults) with importExisting and its ids, and what the first apply would change in its config. Another vendor's connector is listed as such, not adopted. An integration whose id (or credential id) is not a Genesys id (a UUID) is listed as refused: it is neither requested nor printed as code.",
    "Every name, note, id and value from the organization is printed inside a string literal or a comment it cannot end: line breaks (U+2028 and U+2029 too), quotes, backslashes and */ are escaped.",
  ],
  exitCodes: {
    0: "listed, with code for every Cartesia connector",
    1: "Genesys could not be reached, refused the login, kept rate-limiting, or did not answer before --timeout ran out; or an integration could not be read or was refused",
    2: "bad usage: an unknown flag, missing or invalid GENESYSCLOUD_* variables",
  },
} as const satisfies CommandSpec;
