import { type TerraformProvider, TerraformResource, TerraformStack } from "cdktf";
import { type IConstruct } from "constructs";
import { IntegrationConfigMode, STANDALONE_CONFIG_ENV } from "../integration-config-mode";

/** Genesys allows at most ten TTS Connector integrations per organization, disabled ones included. */
export const MAX_CONNECTORS_PER_ORGANIZATION = 10;

/** What one stack already holds, so a new connector is checked against its siblings in constant time. */
interface StackRegistry {
  /** Per provider (one provider = one organization): integration name -> path of the connector that has it. */
  readonly byProvider: Map<string, Map<string, string>>;
  /** Connector paths per config style, in the order they were registered. */
  readonly pathsByMode: Map<IntegrationConfigMode, string[]>;
  /** Integration id -> path of the connector that imports it (`importExisting`). */
  readonly imported: Map<string, string>;
}

const registries = new WeakMap<TerraformStack, StackRegistry>();

/**
 * Registers a connector in its stack and returns the problems it causes with the connectors already
 * there: a name taken on the same provider (one provider = one organization), the organization's
 * limit of ten, a config style that differs from its siblings', and an integration another connector
 * already imports (two resources would manage one integration). Nothing is registered on problems.
 */
export function registerConnector(
  scope: IConstruct,
  name: string,
  configMode: IntegrationConfigMode,
  provider: TerraformProvider | undefined,
  importedIntegrationId?: string,
): string[] {
  const stack = TerraformStack.of(scope);
  const registry: StackRegistry = registries.get(stack) ?? { byProvider: new Map(), pathsByMode: new Map(), imported: new Map() };
  // Keyed as terraform sees it: the stack's unaliased provider is the default one, passed or not.
  const alias = provider?.alias;
  const providerKey = alias ? `genesyscloud.${alias}` : "default";
  const providerLabel = alias ? `provider ${provider.node.path} (alias ${alias})` : "the default genesyscloud provider";
  const sameProvider = registry.byProvider.get(providerKey) ?? new Map<string, string>();
  const path = scope.node.path;
  const problems: string[] = [];

  const twin = sameProvider.get(name);
  if (twin !== undefined) {
    problems.push(`integrationName: "${name}" is already used by ${twin} on ${providerLabel}; integration names must be unique in an organization.`);
  }
  if (sameProvider.size >= MAX_CONNECTORS_PER_ORGANIZATION) {
    problems.push(
      `provider: ${providerLabel} already has ${sameProvider.size} connectors in this stack; Genesys allows at most ${MAX_CONNECTORS_PER_ORGANIZATION} TTS Connector integrations per organization (disabled ones count too).`,
    );
  }
  // Ids are UUIDs: the same in any case.
  const importKey = importedIntegrationId?.toLowerCase();
  const importer = importKey === undefined ? undefined : registry.imported.get(importKey);
  if (importer !== undefined) {
    problems.push(
      `importExisting.integrationId: "${importedIntegrationId}" is already imported by ${importer}; one integration can be adopted by one connector only (two would overwrite each other's config on every apply).`,
    );
  }
  // The lists of paths are built only when both styles are present (an error), so a connector costs
  // no scan of its siblings: the registry stays linear in a stack that holds many organizations.
  if (countIn(registry, IntegrationConfigMode.STANDALONE, configMode) > 0 && countIn(registry, IntegrationConfigMode.EMBEDDED, configMode) > 0) {
    const pathsIn = (mode: IntegrationConfigMode) => [...(registry.pathsByMode.get(mode) ?? []), ...(mode === configMode ? [path] : [])];
    const mixed = mixedConfigModeProblem(pathsIn(IntegrationConfigMode.STANDALONE), pathsIn(IntegrationConfigMode.EMBEDDED));
    if (mixed) problems.push(mixed);
  }

  if (problems.length === 0) {
    if (!registries.has(stack)) {
      registries.set(stack, registry);
      stack.node.addValidation({ validate: () => stackConfigStyleProblems(stack) });
    }
    registry.byProvider.set(providerKey, sameProvider.set(name, path));
    if (importKey !== undefined) registry.imported.set(importKey, path);
    const samePaths = registry.pathsByMode.get(configMode);
    if (samePaths) samePaths.push(path);
    else registry.pathsByMode.set(configMode, [path]);
  }
  return problems;
}

/** How many connectors of the stack use `mode`, counting the one being registered in `configMode`. */
function countIn(registry: StackRegistry, mode: IntegrationConfigMode, configMode: IntegrationConfigMode): number {
  return (registry.pathsByMode.get(mode)?.length ?? 0) + (mode === configMode ? 1 : 0);
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
