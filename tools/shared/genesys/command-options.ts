import type { ValueOption } from "../cli/command-spec";

/**
 * The options every command that talks to Genesys takes, worded once: `verify`, `adopt` and
 * `credential` differ only in what their one deadline covers and how long it is by default.
 */

/** `--timeout`: one deadline for the whole command; `covers` says what runs under it. */
export function timeoutOption(covers: string, defaultSeconds: number): ValueOption {
  return {
    type: "string",
    value: "SECONDS",
    description: `how long the whole command may take: ${covers}; no request outlives it (default: ${defaultSeconds})`,
  };
}

/** `--format`: text for people, JSON for machines. */
export const FORMAT_OPTION = {
  type: "string",
  value: "FORMAT",
  description: "text for people, json for machines (default: text)",
  choices: ["text", "json"],
} as const satisfies ValueOption;

/** `--endpoint`: a proxy or a test server in place of the region's hosts. */
export const ENDPOINT_OPTION = {
  type: "string",
  value: "URL",
  description: "send login and API calls to this base URL instead of the region's hosts (a proxy or a test server)",
} as const satisfies ValueOption;
