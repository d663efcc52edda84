/** The rows of the troubleshooting table in Cartesia's Genesys guide, plus what it does not cover. */
export type TroubleshootingRowId = "api-key" | "cartesia-version" | "plan" | "invalid-request" | "other";

/** A row of the guide's troubleshooting table: what Genesys shows, and what it means. */
export interface TroubleshootingRow {
  readonly id: Exclude<TroubleshootingRowId, "other">;
  /** The guide's "Error message" column: what Genesys shows on the integration. */
  readonly genesysShows: string;
  /** The guide's "What it means" column. */
  readonly meaning: string;
}

/** The guide's table, row by row: `smoke` meets these errors from Cartesia, `verify` on the integration. */
export const TROUBLESHOOTING_ROWS: readonly TroubleshootingRow[] = [
  { id: "api-key", genesysShows: "You must be logged in to access this endpoint", meaning: "the X-Api-Key credential is incorrect" },
  { id: "cartesia-version", genesysShows: "Invalid Cartesia-Version header", meaning: "the Cartesia-Version credential is incorrect" },
  { id: "plan", genesysShows: "quota_exceeded", meaning: "you need to upgrade your Cartesia subscription" },
  {
    id: "invalid-request",
    genesysShows: "Your request was invalid",
    meaning: "something is wrong with Configuration > Properties or Configuration > Advanced",
  },
];

/** How each row's message is recognized in an integration's error text, most specific first. */
const GENESYS_PATTERNS: readonly [TroubleshootingRow["id"], RegExp][] = [
  ["cartesia-version", /cartesia-version/i],
  ["api-key", /must be logged in/i],
  ["plan", /quota_exceeded|quota exceeded/i],
  ["invalid-request", /request was invalid/i],
];

/** The guide's row for the error message Genesys shows on an integration, if any matches. */
export function troubleshootingRowFor(message: string): TroubleshootingRow | undefined {
  const match = GENESYS_PATTERNS.find(([, pattern]) => pattern.test(message));
  return match && TROUBLESHOOTING_ROWS.find((row) => row.id === match[0]);
}
