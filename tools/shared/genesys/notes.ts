/**
 * What the Genesys API can hold for empty notes instead of `""`. The provider reads it back as `""`
 * (`flattenIntegrationConfig` in genesyscloud/integration_config/resource_genesyscloud_integration_config_utils.go
 * of MyPureCloud/terraform-provider-genesyscloud), so for every command it is empty
 * notes: no drift, and never code.
 */
export const EMPTY_NOTES_SENTINEL = "node_dynamodb_empty_string";

/** A config's notes as the provider reads them: absent and the sentinel are `""`. */
export function notesOf(notes: string | undefined): string {
  return notes === undefined || notes === EMPTY_NOTES_SENTINEL ? "" : notes;
}
