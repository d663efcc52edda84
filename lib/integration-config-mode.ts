/** How the integration's config (name, properties, advanced, credential link) is written. */
export enum IntegrationConfigMode {
  /**
   * A separate `genesyscloud_integration_config` resource (provider 1.86 or later). Terraform must run
   * with `ENABLE_STANDALONE_INTEGRATION_CONFIG` set, and then no `genesyscloud_integration` in the
   * same run may use an embedded `config` block.
   */
  STANDALONE = "standalone",
  /** The `config` block inside `genesyscloud_integration`, for older providers and stacks that use it already. */
  EMBEDDED = "embedded",
}

/** The environment variable the provider needs before it manages `genesyscloud_integration_config`. */
export const STANDALONE_CONFIG_ENV = "ENABLE_STANDALONE_INTEGRATION_CONFIG";
