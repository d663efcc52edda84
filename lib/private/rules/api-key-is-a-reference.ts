import { Token } from "cdktf";
import { ApiKeySourceKind, CartesiaApiKey } from "../../cartesia-api-key";
import { describeValue, firstInvisible } from "../describe-value";
import { isGenuine } from "../genuine";
import { ADMIN_KEY_PREFIX, containsKeyLike, describeFoundKey, findKeyLike, maskSecret } from "../key-hygiene";
import { isWholeExpression, templateAdvice, templateSequence } from "../terraform-text";
import { errorsOnly, type Verdict } from "../verdict";

/** How to pass a key instead, the end of every message about one. */
export const HOW_TO_PASS_KEY = `pass it with CartesiaApiKey.fromVariable(stack, "cartesia_api_key") and set TF_VAR_cartesia_api_key at deploy time, or pass a token (data source, remote state output)`;

/** `apiKey`: a CartesiaApiKey holding a reference, never a literal key; messages mask anything that could be a key. */
export function apiKeyIsAReference(apiKey: unknown, prop = "apiKey"): Verdict {
  return errorsOnly(errors(apiKey, prop));
}

function errors(apiKey: unknown, prop: string): string[] {
  if (!(apiKey instanceof CartesiaApiKey)) {
    if (typeof apiKey === "string") {
      const shown = isExpression(apiKey) && !containsKeyLike(apiKey) ? "a token string" : `a literal string ${maskSecret(apiKey)}`;
      return [
        `${prop}: got ${shown}; pass CartesiaApiKey.fromVariable(stack, "cartesia_api_key") (set TF_VAR_cartesia_api_key at deploy time), CartesiaApiKey.fromToken(token) or CartesiaApiKey.fromExistingCredential(id).`,
      ];
    }
    return [`${prop}: got ${describeValue(apiKey)}; expected a CartesiaApiKey from CartesiaApiKey.fromVariable, fromToken or fromExistingCredential.`];
  }
  if (!isGenuine(apiKey)) {
    return [
      `${prop}: got an object posing as a CartesiaApiKey (not made by its factories); use CartesiaApiKey.fromVariable, fromToken or fromExistingCredential.`,
    ];
  }
  const value: unknown = apiKey.value;
  if (apiKey.kind === ApiKeySourceKind.EXISTING_CREDENTIAL) return credentialIdProblems(value, prop);
  if (typeof value !== "string") {
    return [`${prop}: fromToken got ${describeValue(value)}; expected a Terraform token string (a data source attribute, a remote state output).`];
  }
  // Checked before the token test: a key pasted into a hand-written expression is still written out.
  const key = findKeyLike(value);
  if (key?.key.startsWith(ADMIN_KEY_PREFIX)) {
    return [
      `${prop}: got a literal admin key ${maskSecret(value)}; admin keys cannot call text-to-speech, and a key must never be written into cdktf.out. Create a standard key and pass it with CartesiaApiKey.fromVariable(stack, "cartesia_api_key").`,
    ];
  }
  if (key && isExpression(value)) {
    const disguise = key.disguise === undefined ? "" : ` (${key.disguise})`;
    return [
      `${prop}: fromToken got an expression that contains a literal key ${maskSecret(value)}${disguise}; a key must never be written into cdktf.out. Instead, ${HOW_TO_PASS_KEY}.`,
    ];
  }
  if (isExpression(value)) return [];
  if (value.trim() === "") {
    return [`${prop}: fromToken got ${describeValue(value)}, an empty string; ${HOW_TO_PASS_KEY}.`];
  }
  return [
    `${prop}: fromToken got a literal string ${maskSecret(value)}; a key must never be written into cdktf.out. Pass it with CartesiaApiKey.fromVariable(stack, "cartesia_api_key") and set TF_VAR_cartesia_api_key at deploy time, or pass a token (data source, remote state output).`,
  ];
}

/** Checks the id given to `fromExistingCredential`: a token, or a literal id with no spaces or control characters. */
function credentialIdProblems(value: unknown, prop: string): string[] {
  const expected = "pass the id of a genesyscloud_integration_credential (a literal id or a token)";
  if (typeof value !== "string") return [`${prop}: fromExistingCredential got ${describeValue(value)}; ${expected}.`];
  if (value.trim() === "") return [`${prop}: fromExistingCredential got an empty credential id; ${expected}.`];
  if (containsKeyLike(value)) {
    return [`${prop}: fromExistingCredential got ${maskSecret(value)}, which looks like an API key, not a credential id; pass the credential's id.`];
  }
  if (isExpression(value)) return [];
  if (/\s/.test(value) || firstInvisible(value)) {
    return [`${prop}: fromExistingCredential got ${describeValue(value)}, which contains spaces or control characters; ${expected}.`];
  }
  const template = templateSequence(value);
  if (template) return [`${prop}: fromExistingCredential got ${describeValue(value)}; ${templateAdvice(template.sequence)}.`];
  return [];
}

/** A cdktf token, or a whole Terraform expression written by hand (`${var.key}`): resolved by terraform, not literal. */
export function isExpression(value: string): boolean {
  return Token.isUnresolved(value) || isWholeExpression(value);
}

/**
 * Checks what a key token resolves to at synth. A token is not a reference just because it is a
 * token: `Fn.join("", ["sk_car_..."])` or a `Lazy` that produces a key, or any literal, would write the
 * key into cdktf.out, and only the resolved text shows it.
 */
export function resolvedKeyProblems(resolved: unknown, prop = "apiKey"): string[] {
  const text = typeof resolved === "string" ? resolved : (JSON.stringify(resolved) ?? "");
  const key = findKeyLike(text);
  if (key && !(key.key === ADMIN_KEY_PREFIX && key.disguise === undefined)) {
    return [
      `${prop}: the token resolves to text that holds a literal key (${describeFoundKey(key)}), which would be written into cdktf.out. Pass the key with CartesiaApiKey.fromVariable(stack, "cartesia_api_key") and set TF_VAR_cartesia_api_key at deploy time, or use a token that references it (data source, remote state output).`,
    ];
  }
  if (typeof resolved !== "string" || templateSequence(resolved) === undefined) {
    return [
      `${prop}: the token resolves to a literal (${typeof resolved === "string" ? maskSecret(resolved) : describeValue(resolved)}), not a reference, and a literal is written into cdktf.out as it is; ${HOW_TO_PASS_KEY}.`,
    ];
  }
  return [];
}
