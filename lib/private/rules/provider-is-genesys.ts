import { TerraformProvider, TerraformStack, Token } from "cdktf";
import type { IConstruct } from "constructs";
import { describeValue } from "../describe-value";
import { isMadeConstruct } from "../made-construct";
import { describeFoundKey, findKeyLike } from "../key-hygiene";
import { errorsOnly, type Verdict } from "../verdict";

/** Why a key has no place in a provider's alias. */
export const ALIAS_IS_WRITTEN = "the alias is written into cdktf.out (the provider block and every resource that uses it). Choose another alias.";

/** `provider`: a Genesys Cloud provider of the connector's own stack. */
export function providerIsGenesys(provider: unknown, scope?: IConstruct): Verdict {
  return errorsOnly(errors(provider, scope));
}

function errors(provider: unknown, scope?: IConstruct): string[] {
  if (provider === undefined) return [];
  // A construct made by its constructor: an object that only has TerraformProvider's prototype has no node.
  if (!(provider instanceof TerraformProvider) || !isMadeConstruct(provider)) {
    return [`provider: got ${describeValue(provider)}; expected a GenesyscloudProvider (or another TerraformProvider).`];
  }
  if (provider.terraformResourceType !== "genesyscloud") {
    return [`provider: got a provider of type ${describeValue(provider.terraformResourceType)} (${provider.node.path}); expected a GenesyscloudProvider.`];
  }
  const alias: unknown = provider.alias;
  // A token alias is checked once it resolves, at synth (synth-checks.ts).
  const key = typeof alias === "string" && !Token.isUnresolved(alias) ? findKeyLike(alias) : undefined;
  if (key) return [`provider: the alias of ${provider.node.path} holds what looks like a Cartesia API key (${describeFoundKey(key)}); ${ALIAS_IS_WRITTEN}`];
  if (scope && TerraformStack.of(provider) !== TerraformStack.of(scope)) {
    return [
      `provider: got ${provider.node.path}, which belongs to stack ${TerraformStack.of(provider).node.path}, not ${TerraformStack.of(scope).node.path}; a stack can only use its own providers. Declare a GenesyscloudProvider in this stack.`,
    ];
  }
  return [];
}
