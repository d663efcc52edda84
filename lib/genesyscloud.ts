/**
 * The generated Genesys Cloud provider bindings this library builds on, re-exported so a consumer
 * needs no bindings of its own. One namespace per module, as `cdktf get` lays them out: the
 * generator names both the `genesyscloud_integration_config` resource and the integration's embedded
 * `config` struct `IntegrationConfigA`, so flat re-exports would collide.
 */
export * as provider from "../.gen/providers/genesyscloud/provider";
export * as integration from "../.gen/providers/genesyscloud/integration";
export * as integrationConfig from "../.gen/providers/genesyscloud/integration-config";
export * as integrationCredential from "../.gen/providers/genesyscloud/integration-credential";
export * as flow from "../.gen/providers/genesyscloud/flow";
export * as dataGenesyscloudIntegration from "../.gen/providers/genesyscloud/data-genesyscloud-integration";
export * as dataGenesyscloudIntegrationCredential from "../.gen/providers/genesyscloud/data-genesyscloud-integration-credential";
export * as dataGenesyscloudFlow from "../.gen/providers/genesyscloud/data-genesyscloud-flow";
export { GenesyscloudProvider, type GenesyscloudProviderConfig } from "../.gen/providers/genesyscloud/provider";
