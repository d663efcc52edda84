import { checkBlock } from "./block";
import type { Catalog } from "./catalog";
import type { SectionResult } from "./declarations";
import { describeJson, entriesOf, formatPath, isJsonObject, type JsonPath } from "./json-path";
import { problem } from "./report";
import type { SchemaIndex } from "./schema-index";
import type { ProviderSchema } from "./schema-types";

/** Keys Terraform itself reads in a provider block, whatever the provider's schema says. */
const PROVIDER_META_ARGUMENTS: ReadonlySet<string> = new Set(["alias", "version"]);

/**
 * Checks the `provider` section: each configuration against its provider's schema, aliases well
 * formed and unique, at most one default (unaliased) configuration per provider. Providers the schema
 * does not describe are reported "not checked".
 */
export function checkProviderConfigs(section: unknown, index: SchemaIndex, catalog: Catalog): SectionResult {
  const result: SectionResult = { problems: [], notChecked: [], checked: 0 };
  if (section === undefined) return result;
  if (!isJsonObject(section)) {
    result.problems.push(problem(["provider"], `wrong type: "provider" must be an object of provider names, got ${describeJson(section)}`));
    return result;
  }
  let checked = 0;
  for (const [localName, value] of entriesOf(section)) {
    const provider = providerSchemaFor(localName, index, catalog);
    const configs: [unknown, JsonPath][] = Array.isArray(value)
      ? value.map((config, i): [unknown, JsonPath] => [config, ["provider", localName, i]])
      : [[value, ["provider", localName]]];
    const seen = new Set<string>();
    for (const [config, path] of configs) {
      if (!isJsonObject(config)) {
        result.problems.push(problem(path, `wrong type: a provider configuration must be an object, got ${describeJson(config)}`));
        continue;
      }
      const alias = config.alias;
      if (alias !== undefined && !(typeof alias === "string" && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(alias))) {
        result.problems.push(
          problem(
            [...path, "alias"],
            `invalid alias ${describeJson(alias)}: an alias starts with a letter or underscore and holds only letters, digits, underscores and dashes`,
          ),
        );
      }
      const key = typeof alias === "string" ? `${localName}.${alias}` : localName;
      if (seen.has(key)) {
        result.problems.push(
          problem(
            path,
            typeof alias === "string"
              ? `duplicate provider configuration "${key}"`
              : `duplicate default configuration for provider "${localName}"; give the others an "alias"`,
          ),
        );
      }
      seen.add(key);
      if (provider === undefined) {
        result.notChecked.push({
          path: formatPath(path),
          kind: "provider",
          type: localName,
          reason: `the pinned provider schema has no provider "${catalog.providerAddress(localName)}"`,
        });
        continue;
      }
      checked++;
      result.problems.push(
        ...checkBlock(config, provider.provider?.block ?? {}, path, { subject: `provider ${localName}`, ownedElsewhere: PROVIDER_META_ARGUMENTS }),
      );
    }
  }
  return { ...result, checked };
}

/** The schema of the provider a local name installs, or of the only schema provider of that name. */
function providerSchemaFor(localName: string, index: SchemaIndex, catalog: Catalog): ProviderSchema | undefined {
  const exact = index.provider(catalog.providerAddress(localName));
  if (exact) return exact;
  // A wrong or missing required_providers entry is reported by the settings check; still check the block.
  const named = index.addressesNamed(localName);
  return named.length === 1 ? index.provider(named[0]) : undefined;
}
