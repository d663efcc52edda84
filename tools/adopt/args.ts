import type { CommandSpec } from "../shared/cli/command-spec";

/** `cartesia-genesys adopt`: its options, once. */
export const spec = {
  name: "adopt",
  summary: "list the organization's TTS connectors and print the construct code that adopts each, ids included",
  options: {
    format: { type: "string", value: "FORMAT", description: "text for people, json for machines (default: text)", choices: ["text", "json"] },
    endpoint: {
      type: "string",
      value: "URL",
      description: "send login and API calls to this base URL instead of the region's hosts (a proxy or a test server)",
    },
  },
  details: [
    "Credentials as for verify and cdktf deploy: GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET, or GENESYSCLOUD_ACCESS_TOKEN, and GENESYSCLOUD_REGION. Nothing is changed in Genesys: adopt only reads.",
    "For every genesys-tts-connector integration: its state, config and credential; for a Cartesia one, the CartesiaTtsConnector code that reproduces it (only the props that differ from the defaults) with importExisting and its ids, and what the first apply would change in its config. Another vendor's connector is listed as such, not adopted.",
  ],
  exitCodes: {
    0: "listed, with code for every Cartesia connector",
    1: "Genesys could not be reached, refused the login, or an integration could not be read",
    2: "bad usage: an unknown flag, missing or invalid GENESYSCLOUD_* variables",
  },
} as const satisfies CommandSpec;
