import { API_KEY_HEADER } from "../../lib/connector-config";
import { parseJson } from "./json-input";
import { isJsonObject } from "./json-path";
import { findConnectors, type SynthesizedConnector, type TerraformDocument } from "./synthesized-connectors";
import { terminalText } from "./text-escaping";

/**
 * Where a connector's Cartesia key lives, which decides whether it is in Terraform state:
 * - `state`: the stack creates the credential, so its key (from a variable or a token) is written into
 *   the state in plain text (the provider cannot make the credential's fields write-only);
 * - `by-name`: the credential is looked up by name (`CartesiaApiKey.fromCredentialName`, or a
 *   `genesyscloud_integration_credential` data source written by hand), as `cartesia-genesys credential
 *   put` manages it: the stack holds its id only, and the key never enters Terraform state;
 * - `existing-id`: an existing credential's literal id (`fromExistingCredential`): the key is not in this
 *   stack's state (wherever that credential is managed may hold it);
 * - `expression`: an existing credential through another expression: not in this stack's state either;
 * - `none`: the config links no credential.
 */
export type KeyMode = "state" | "by-name" | "existing-id" | "expression" | "none";

const OWN_CREDENTIAL = /^\$\{genesyscloud_integration_credential\.([A-Za-z0-9_-]+)\.id\}$/;
const LOOKUP_BY_NAME = /^\$\{data\.genesyscloud_integration_credential\.([A-Za-z0-9_-]+)\.id\}$/;

/** A connector's key mode, and one sentence that says it. */
export function keyModeOf(connector: Pick<SynthesizedConnector, "credentials" | "credential">): { readonly mode: KeyMode; readonly summary: string } {
  const [slot] = Object.keys(connector.credentials).sort();
  const link = slot === undefined ? undefined : connector.credentials[slot];
  if (link === undefined) return { mode: "none", summary: "no credential linked" };
  if (connector.credential !== undefined || OWN_CREDENTIAL.test(link)) {
    const source = connector.credential?.fields[API_KEY_HEADER];
    const from = source?.kind === "variable" ? `variable ${source.name}` : source?.kind === "literal" ? "a literal" : "a token";
    return { mode: "state", summary: `key in Terraform state: the stack creates the credential, its ${API_KEY_HEADER} from ${from}` };
  }
  const lookup = LOOKUP_BY_NAME.exec(link);
  if (lookup) {
    return {
      mode: "by-name",
      summary: `credential looked up by name (data.genesyscloud_integration_credential.${lookup[1]}): the key stays outside Terraform state`,
    };
  }
  if (link.includes("${")) return { mode: "expression", summary: "existing credential through an expression: the key is not in this stack's state" };
  return { mode: "existing-id", summary: "existing credential by id: the key is not in this stack's state" };
}

/**
 * One line per connector of a stack's text, saying where its key lives: what `validate` prints after each
 * stack's headline and problems (unindented: indented lines are problems). Nothing for text that is not
 * a JSON object (the headline says what is wrong).
 */
export function keyModeLines(stack: string, text: string): string[] {
  const parsed = parseJson(text);
  if ("problem" in parsed || !isJsonObject(parsed.value)) return [];
  return findConnectors(stack, parsed.value as TerraformDocument).map(
    (connector) => `connector ${terminalText(connector.constructPath ?? connector.address)}: ${keyModeOf(connector).summary}`,
  );
}
