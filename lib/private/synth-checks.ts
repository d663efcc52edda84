import { DefaultTokenResolver, StringConcat, TerraformStack, Token, Tokenization } from "cdktf";
import type { IConstruct } from "constructs";
import { ApiKeySourceKind } from "../cartesia-api-key";
import type { ConnectorSettings } from "../cartesia-tts-connector-props";
import { resolvedKeyProblems } from "./rules/api-key-is-a-reference";
import { keyReferenceIsSafe } from "./rules/key-reference-is-safe";
import { ALIAS_IS_WRITTEN } from "./rules/provider-is-genesys";
import { NOT_SECRET } from "./rules/text-is-plain";
import { describeFoundKey, findKeyLike } from "./key-hygiene";

/** What a token stands for in cdktf.out, which decides what it may resolve to. */
export type TokenRole = "text" | "alias" | "credentialId" | "key";

/** A prop (or part of one) given as a token: checked when it resolves, at synth. */
export interface TokenInput {
  readonly prop: string;
  readonly role: TokenRole;
  readonly token: string;
}

/**
 * Checks, at synth, what tokens resolve to: a name, notes, a provider alias or a
 * credential id given as a token is written into cdktf.out resolved, and may hold no key; a key token
 * must stay a reference all the way. One validation and one resolution per scope; no tokens, no cost.
 */
export function checkTokensAtSynth(scope: IConstruct, inputs: readonly TokenInput[]): void {
  if (inputs.length === 0) return;
  scope.node.addValidation({ validate: () => resolvedTokenProblems(scope, inputs) });
}

/** The problems of tokens once resolved in `scope`. */
export function resolvedTokenProblems(scope: IConstruct, inputs: readonly TokenInput[]): string[] {
  const resolver = new DefaultTokenResolver(new StringConcat());
  const resolve = (value: unknown): unknown => Tokenization.resolve(value, { scope, resolver });
  const resolved = resolve(inputs.map((input) => input.token)) as unknown[];
  return inputs.flatMap((input, i) => problemsOf(input, resolved[i], scope, resolve));
}

function problemsOf(input: TokenInput, resolved: unknown, scope: IConstruct, resolve: (value: unknown) => unknown): string[] {
  const { prop, role } = input;
  if (role === "key") {
    const problems = resolvedKeyProblems(resolved, prop);
    return problems.length > 0 || typeof resolved !== "string" ? problems : [...keyReferenceIsSafe(resolved, TerraformStack.of(scope), resolve, prop).errors];
  }
  const key = findKeyLike(typeof resolved === "string" ? resolved : (JSON.stringify(resolved) ?? ""));
  if (!key) return [];
  const found = describeFoundKey(key);
  switch (role) {
    case "credentialId":
      return [`${prop}: fromExistingCredential's token resolves to what looks like an API key (${found}), not a credential id; pass the credential's id.`];
    case "alias":
      return [`${prop}: the alias token resolves to text that holds what looks like a Cartesia API key (${found}); ${ALIAS_IS_WRITTEN}`];
    default:
      return [`${prop}: the token resolves to text that holds what looks like a Cartesia API key (${found}); ${NOT_SECRET}`];
  }
}

/**
 * The connector's inputs that are tokens: text props (the credential name only when given, since its
 * default derives from the integration name, which is checked itself), the key, an existing
 * credential's id, the provider's alias.
 */
export function connectorTokenInputs(settings: ConnectorSettings, credentialNameGiven: boolean): TokenInput[] {
  const inputs: TokenInput[] = [];
  const add = (prop: string, role: TokenRole, value: unknown) => {
    if (typeof value === "string" && Token.isUnresolved(value)) inputs.push({ prop, role, token: value });
  };
  const { apiKey } = settings;
  add("integrationName", "text", settings.integrationName);
  if (credentialNameGiven && apiKey.kind !== ApiKeySourceKind.EXISTING_CREDENTIAL) add("credentialName", "text", settings.credentialName);
  add("notes", "text", settings.notes);
  // A key token is always checked: only its resolved text tells a reference from a literal.
  if (apiKey.kind === ApiKeySourceKind.TOKEN) inputs.push({ prop: "apiKey", role: "key", token: apiKey.value });
  if (apiKey.kind === ApiKeySourceKind.EXISTING_CREDENTIAL) add("apiKey", "credentialId", apiKey.value);
  add("provider", "alias", settings.provider?.alias);
  return inputs;
}
