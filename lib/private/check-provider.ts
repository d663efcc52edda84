import { TerraformProvider, TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";
import { describeValue } from "./describe-value";

/** The provider must be a Genesys Cloud provider of the connector's own stack. */
export function providerProblems(provider: unknown, scope?: IConstruct): string[] {
  if (provider === undefined) return [];
  if (!(provider instanceof TerraformProvider)) {
    return [`provider: got ${describeValue(provider)}; expected a GenesyscloudProvider (or another TerraformProvider).`];
  }
  if (provider.terraformResourceType !== "genesyscloud") {
    return [`provider: got a provider of type ${describeValue(provider.terraformResourceType)} (${provider.node.path}); expected a GenesyscloudProvider.`];
  }
  if (scope && TerraformStack.of(provider) !== TerraformStack.of(scope)) {
    return [
      `provider: got ${provider.node.path}, which belongs to stack ${TerraformStack.of(provider).node.path}, not ${TerraformStack.of(scope).node.path}; a stack can only use its own providers. Declare a GenesyscloudProvider in this stack.`,
    ];
  }
  return [];
}
