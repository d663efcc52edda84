/**
 * Resources that already exist in Genesys Cloud for the connector to adopt instead of creating: a
 * connector configured by hand, by Cartesia's guide, keeps its integration id (and so its TTS engine
 * `connector-<id>`, which Architect flows name). `cartesia-genesys adopt` prints both ids.
 */
export interface ImportExisting {
  /** The integration's id (a UUID, as in its Genesys Cloud URL). Its standalone config is imported as `<integrationId>/config`. */
  readonly integrationId: string;
  /**
   * The id of the credential it uses, to adopt it too. Not with `CartesiaApiKey.fromExistingCredential`,
   * where the connector creates no credential to import it into.
   * @default - no credential is imported: a new one is created and linked
   */
  readonly credentialId?: string;
}
