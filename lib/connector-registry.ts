import { TerraformProvider, TerraformResource, TerraformStack } from "cdktf";
import { IConstruct } from "constructs";
import { IntegrationConfigMode, mixedConfigModeProblem } from "./integration-config-mode";

/** Genesys allows at most ten TTS Connector integrations per organization, disabled ones included. */
export const MAX_CONNECTORS_PER_ORGANIZATION = 10;

interface RegisteredConnector {
  readonly path: string;
  readonly name: string;
  readonly configMode: IntegrationConfigMode;
  readonly providerKey: string;
}

/** What a stack already holds, so a new connector can be checked against its siblings. */
const registries = new WeakMap<TerraformStack, RegisteredConnector[]>();

/**
 * Registers a connector in its stack and returns the problems it causes with the connectors already
 * there: a name taken on the same provider (one provider = one organization), the organization's
 * limit of ten, and a config style that differs from its siblings'. Nothing is registered on problems.
 */
export function registerConnector(
  scope: IConstruct,
  name: string,
  configMode: IntegrationConfigMode,
  provider: TerraformProvider | undefined,
): string[] {
  const stack = TerraformStack.of(scope);
  const registered = registries.get(stack) ?? [];
  const providerKey = provider ? provider.node.path : "default";
  const providerLabel = provider ? `provider ${provider.node.path}` : "the default genesyscloud provider";
  const sameProvider = registered.filter((c) => c.providerKey === providerKey);
  const problems: string[] = [];

  const twin = sameProvider.find((c) => c.name === name);
  if (twin) {
    problems.push(`integrationName: "${name}" is already used by ${twin.path} on ${providerLabel}; integration names must be unique in an organization.`);
  }
  if (sameProvider.length >= MAX_CONNECTORS_PER_ORGANIZATION) {
    problems.push(
      `provider: ${providerLabel} already has ${sameProvider.length} connectors in this stack; Genesys allows at most ${MAX_CONNECTORS_PER_ORGANIZATION} TTS Connector integrations per organization (disabled ones count too).`,
    );
  }
  const withThis = [...registered, { path: scope.node.path, configMode }];
  const pathsIn = (mode: IntegrationConfigMode) => withThis.filter((c) => c.configMode === mode).map((c) => c.path);
  const mixed = mixedConfigModeProblem(pathsIn(IntegrationConfigMode.STANDALONE), pathsIn(IntegrationConfigMode.EMBEDDED));
  if (mixed) problems.push(mixed);

  if (problems.length === 0) {
    if (registered.length === 0) stack.node.addValidation({ validate: () => stackConfigStyleProblems(stack) });
    registries.set(stack, [...registered, { path: scope.node.path, name, configMode, providerKey }]);
  }
  return problems;
}

/**
 * The same rule over every resource in the stack, including integrations written by hand next to our
 * connectors: runs at synth, when the whole stack is known.
 */
export function stackConfigStyleProblems(stack: TerraformStack): string[] {
  const standalone: string[] = [];
  const embedded: string[] = [];
  for (const child of stack.node.findAll()) {
    if (!TerraformResource.isTerraformResource(child)) continue;
    if (child.terraformResourceType === "genesyscloud_integration_config") standalone.push(child.node.path);
    if (child.terraformResourceType === "genesyscloud_integration" && (child as unknown as { configInput?: unknown }).configInput !== undefined) {
      embedded.push(child.node.path);
    }
  }
  const problem = mixedConfigModeProblem(standalone, embedded);
  return problem ? [problem] : [];
}
