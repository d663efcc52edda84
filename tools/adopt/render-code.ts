import { tsComment, tsString } from "../shared/text-escaping";
import type { AdoptedConnector } from "./adopt-integration";

/** The package the printed code imports from, as a consumer installs it. */
export const PACKAGE_NAME = "cdktf-cartesia-genesys";
/** The one key variable the printed connectors share (one organization, one Cartesia key). */
export const KEY_VARIABLE = "cartesia_api_key";

/**
 * One connector's code: a comment naming the integration it adopts, then the construct. Whatever the
 * organization put in a name, a note or an id reaches the code only through `tsString` (a string
 * literal) or `tsComment` (comment text): neither can end, so nothing from the server becomes a statement.
 */
export function connectorCode(connector: AdoptedConnector, label: string): string[] {
  const { integrationId, credentialId } = connector.importExisting;
  const ids = `integrationId: ${tsString(integrationId)}${credentialId === undefined ? "" : `, credentialId: ${tsString(credentialId)}`}`;
  return [
    `// ${tsComment(label)}`,
    `new CartesiaTtsConnector(this, ${tsString(connector.constructId)}, {`,
    ...connector.props.map(([name, expression]) => (name === expression ? `  ${name},` : `  ${name}: ${expression},`)),
    `  importExisting: { ${ids} },`,
    "});",
  ];
}

/**
 * The code that adopts every connector given: the imports it uses, the shared key variable, and one
 * construct each. It goes inside a TerraformStack's constructor, beside its GenesyscloudProvider.
 */
export function renderCode(connectors: readonly { readonly connector: AdoptedConnector; readonly label: string }[]): string {
  const names = new Set(["CartesiaApiKey", "CartesiaModel", "CartesiaTtsConnector", ...connectors.flatMap(({ connector }) => connector.imports)]);
  return [
    `import { ${[...names].sort().join(", ")} } from "${PACKAGE_NAME}";`,
    "",
    "// In your TerraformStack's constructor, beside its GenesyscloudProvider. The key comes from",
    `// TF_VAR_${KEY_VARIABLE} at deploy time; the first apply writes it into the credential.`,
    `const apiKey = CartesiaApiKey.fromVariable(this, ${JSON.stringify(KEY_VARIABLE)});`,
    ...connectors.flatMap(({ connector, label }) => ["", ...connectorCode(connector, label)]),
  ].join("\n");
}
