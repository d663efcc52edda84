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

/**
 * Explains a stack that mixes the two styles, or returns nothing. The provider's switch is an
 * environment variable, so it holds for a whole terraform run: with it set, embedded `config` blocks are
 * silently no longer managed; without it, every standalone config fails.
 */
export function mixedConfigModeProblem(standalone: readonly string[], embedded: readonly string[]): string | undefined {
  if (standalone.length === 0 || embedded.length === 0) return undefined;
  return (
    `configMode: this stack mixes standalone genesyscloud_integration_config (${standalone.join(", ")}) with embedded config blocks ` +
    `(${embedded.join(", ")}). ${STANDALONE_CONFIG_ENV} switches the Genesys provider for a whole terraform run: with it set, ` +
    `embedded config blocks are no longer managed; without it, standalone configs fail. Use one configMode for every integration in the stack, ` +
    `or put them in separate stacks.`
  );
}
