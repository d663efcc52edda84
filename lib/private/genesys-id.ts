/**
 * Genesys Cloud ids (integrations, credentials) are UUIDs. What `importExisting` and `verify
 * --integration-id` accept, so that a name pasted where an id belongs fails before terraform runs.
 */
export const GENESYS_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An example id for messages. */
export const EXAMPLE_GENESYS_ID = "1b6b5c3e-2f4a-4d8e-9c71-0a5e3f2d4b6c";

/** Whether a value is shaped like a Genesys id. */
export function isGenesysId(value: unknown): value is string {
  return typeof value === "string" && GENESYS_ID_PATTERN.test(value);
}
