import { type Catalog, type Declaration, impliedProviderName } from "./catalog";
import { describeJson, entriesOf, isJsonObject } from "./json-path";
import { PROVIDER_REFERENCE } from "./meta-arguments";
import { problem, type ValidationProblem } from "./report";
import { type SchemaIndex, shortProviderSource, type TypeKind } from "./schema-index";
import { didYouMean } from "../../lib/shared";

const SETTINGS_KEYS = ["required_providers", "backend", "cloud", "required_version", "experiments", "provider_meta"];

/**
 * Checks the `terraform` block, and that every provider the document uses is installed from the
 * source that defines its types: without a `required_providers` entry terraform looks for
 * `hashicorp/<name>`, which for `genesyscloud` does not exist.
 */
export function checkTerraformSettings(doc: Record<string, unknown>, catalog: Catalog, index: SchemaIndex): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const settings = doc.terraform;
  if (settings !== undefined && !isJsonObject(settings)) {
    return [problem(["terraform"], `wrong type: "terraform" must be a block (an object), got ${describeJson(settings)}`)];
  }
  for (const [key] of entriesOf(settings ?? {})) {
    if (!SETTINGS_KEYS.includes(key))
      problems.push(problem(["terraform", key], `unknown setting "${key}" in the terraform block${didYouMean(key, SETTINGS_KEYS)}`));
  }
  const required = isJsonObject(settings?.required_providers) ? settings.required_providers : {};
  for (const [localName, { address, example }] of providersInUse(doc, catalog, index)) {
    const installed = catalog.providerAddress(localName);
    if (installed === address) continue;
    const source = shortProviderSource(address);
    problems.push(
      Object.hasOwn(required, localName)
        ? problem(
            ["terraform", "required_providers", localName],
            `provider "${localName}" is installed from ${shortProviderSource(installed)}, but ${example} comes from ${source}; set "source": "${source}"`,
          )
        : problem(
            ["terraform", "required_providers"],
            `no required_providers entry for "${localName}": terraform would install ${shortProviderSource(installed)}, but ${example} comes from ${source}; add "${localName}": {"source": "${source}"}`,
          ),
    );
  }
  return problems;
}

/** Local provider names the document uses, each with the address that defines what it is used for. */
function providersInUse(doc: Record<string, unknown>, catalog: Catalog, index: SchemaIndex): Map<string, { address: string; example: string }> {
  const inUse = new Map<string, { address: string; example: string }>();
  const declared: [TypeKind, ReadonlyMap<string, Declaration>][] = [
    ["resource", catalog.resources],
    ["data source", catalog.dataSources],
  ];
  for (const [kind, declarations] of declared) {
    for (const { type, body } of declarations.values()) {
      const found = index.findType(kind, type);
      const localName = localProviderName(type, body.provider);
      if (found && !inUse.has(localName)) inUse.set(localName, { address: found.providerAddress, example: type });
    }
  }
  for (const [localName] of entriesOf(isJsonObject(doc.provider) ? doc.provider : {})) {
    const named = index.addressesNamed(localName);
    if (!inUse.has(localName) && named.length === 1) inUse.set(localName, { address: named[0], example: `provider "${localName}"` });
  }
  return inUse;
}

function localProviderName(type: string, provider: unknown): string {
  return typeof provider === "string" && PROVIDER_REFERENCE.test(provider) ? provider.split(".")[0] : impliedProviderName(type);
}
