import { Construct } from "constructs";
import { Fn, Lazy, Op, TerraformVariable, Token } from "cdktf";
import { CartesiaConnectorConfigError, describeValue, firstInvisible } from "./errors";
import { ADMIN_KEY_PREFIX, KEY_LIKE_PATTERN, KEY_SHAPED_PATTERN, maskSecret } from "./key-hygiene";
import { isWholeExpression, templateAdvice, templateSequence } from "./terraform-text";

// Re-exported where they always lived: the tools import them from here.
export { ADMIN_KEY_PREFIX, KEY_LIKE_PATTERN } from "./key-hygiene";

/** Where the connector's Cartesia API key comes from. */
export enum ApiKeySourceKind {
  /** A sensitive Terraform variable, set at deploy time (`TF_VAR_<name>`). */
  VARIABLE = "variable",
  /** Any Terraform token: a data source, a remote state output, another resource's attribute. */
  TOKEN = "token",
  /** A `genesyscloud_integration_credential` managed elsewhere; the connector creates none. */
  EXISTING_CREDENTIAL = "existingCredential",
}

/** Options of `CartesiaApiKey.fromVariable`. */
export interface ApiKeyVariableOptions {
  /**
   * The variable's description, shown by `terraform plan` when it asks for a value.
   * @default - says what the key is for and how to set it
   */
  readonly description?: string;
}

/** What Terraform accepts as a variable name; cdktf would otherwise rename the variable silently. */
export const TERRAFORM_VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * The Cartesia API key, as a reference that Terraform resolves at deploy time.
 *
 * There is no `fromString`: a literal key would be written in plain text into `cdktf.out`.
 * (Terraform state still holds the value: keep state in an encrypted backend.)
 */
export class CartesiaApiKey {
  /**
   * Declares a sensitive string variable `id` in `scope` and reads the key from it.
   * Set it at deploy time with `TF_VAR_<id>`; terraform rejects an empty value or an admin key.
   *
   * @throws CartesiaConnectorConfigError when `id` is not a Terraform variable name, looks like a key
   *   (it would be written into `cdktf.out`), or the description holds a key

   */
  public static fromVariable(scope: Construct, id: string, options: ApiKeyVariableOptions = {}): CartesiaApiKey {
    const problems = variableProblems(scope, id, options);
    if (problems.length > 0) {
      const where = Construct.isConstruct(scope) ? scope.node.path : "(no scope)";
      throw new CartesiaConnectorConfigError(where, problems, "CartesiaApiKey.fromVariable");
    }
    const variable: TerraformVariable = new TerraformVariable(scope, id, {
      type: "string",
      sensitive: true,
      nullable: false,
      // Lazy: in a nested scope cdktf names the variable `<path>_<id>_<hash>`, and TF_VAR_ must use that name.
      description:
        options.description ??
        Lazy.stringValue({
          produce: () => `Cartesia API key (sk_car_...) for the Genesys TTS Connector. Set TF_VAR_${variable.friendlyUniqueId}; never commit it.`,
        }),
    });
    const value = variable.stringValue;
    variable.addValidation({
      // Comparisons with 0 or "" render as `undefined` in cdktf 0.21 (falsy literals are dropped), hence >= 1.
      condition: Op.and(Op.gte(Fn.lengthOf(Fn.trimspace(value)), 1), Op.not(Fn.startswith(value, ADMIN_KEY_PREFIX))),
      errorMessage: `The Cartesia API key must be a standard key (sk_car_...), not empty and not an admin key (${ADMIN_KEY_PREFIX}...), which cannot call text-to-speech.`,
    });
    return new CartesiaApiKey(ApiKeySourceKind.VARIABLE, value, `variable ${id} (sensitive)`, variable);
  }

  /**
   * Reads the key from a Terraform token produced elsewhere (`dataSource.getString(...)`,
   * `remoteState.getString(...)`). A literal string is rejected when the connector is created.
   */
  public static fromToken(token: string): CartesiaApiKey {
    return new CartesiaApiKey(ApiKeySourceKind.TOKEN, token, "token");
  }

  /**
   * Uses a `genesyscloud_integration_credential` managed elsewhere: the connector links it and
   * creates no credential of its own. Its fields must be `X-Api-Key` and `Cartesia-Version`.
   */
  public static fromExistingCredential(credentialId: string): CartesiaApiKey {
    return new CartesiaApiKey(ApiKeySourceKind.EXISTING_CREDENTIAL, credentialId, "existing credential");
  }

  private constructor(
    /** Where the key comes from. */
    public readonly kind: ApiKeySourceKind,
    /** The key token, or for `EXISTING_CREDENTIAL` the credential id. Never a literal key once validated. */
    public readonly value: string,
    /** A description that is safe to print: names the source, never the value. */
    public readonly description: string,
    /** The variable created by `fromVariable`. */
    public readonly variable?: TerraformVariable,
  ) {}
}

/** Checks the `apiKey` prop; messages mask anything that could be a key. */
export function apiKeyProblems(apiKey: unknown, prop = "apiKey"): string[] {
  const howToPass = `pass it with CartesiaApiKey.fromVariable(stack, "cartesia_api_key") and set TF_VAR_cartesia_api_key at deploy time, or pass a token (data source, remote state output)`;
  if (!(apiKey instanceof CartesiaApiKey)) {
    if (typeof apiKey === "string") {
      const shown = isExpression(apiKey) && !KEY_LIKE_PATTERN.test(apiKey) ? "a token string" : `a literal string ${maskSecret(apiKey)}`;
      return [
        `${prop}: got ${shown}; pass CartesiaApiKey.fromVariable(stack, "cartesia_api_key") (set TF_VAR_cartesia_api_key at deploy time), CartesiaApiKey.fromToken(token) or CartesiaApiKey.fromExistingCredential(id).`,
      ];
    }
    return [`${prop}: got ${describeValue(apiKey)}; expected a CartesiaApiKey from CartesiaApiKey.fromVariable, fromToken or fromExistingCredential.`];
  }
  const value: unknown = apiKey.value;
  if (apiKey.kind === ApiKeySourceKind.EXISTING_CREDENTIAL) return credentialIdProblems(value, prop);
  if (typeof value !== "string") {
    return [`${prop}: fromToken got ${describeValue(value)}; expected a Terraform token string (a data source attribute, a remote state output).`];
  }
  // Checked before the token test: a key pasted into a hand-written expression is still written out.
  if (value.includes(ADMIN_KEY_PREFIX)) {
    return [
      `${prop}: got a literal admin key ${maskSecret(value)}; admin keys cannot call text-to-speech, and a key must never be written into cdktf.out. Create a standard key and pass it with CartesiaApiKey.fromVariable(stack, "cartesia_api_key").`,
    ];
  }
  if (KEY_LIKE_PATTERN.test(value) && isExpression(value)) {
    return [
      `${prop}: fromToken got an expression that contains a literal key ${maskSecret(value)}; a key must never be written into cdktf.out. Instead, ${howToPass}.`,
    ];
  }
  if (isExpression(value)) return [];
  if (value.trim() === "") {
    return [`${prop}: fromToken got ${describeValue(value)}, an empty string; ${howToPass}.`];
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
  if (KEY_LIKE_PATTERN.test(value)) {
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

/** Problems with the arguments of `fromVariable`, found before the variable is declared. */
export function variableProblems(scope: unknown, id: unknown, options: unknown): string[] {
  const problems: string[] = [];
  if (!Construct.isConstruct(scope)) {
    problems.push(`scope: got ${describeValue(scope)}; expected the stack (or a construct in it) to declare the variable in.`);
  }
  if (typeof id !== "string" || KEY_LIKE_PATTERN.test(id) || !TERRAFORM_VARIABLE_NAME.test(id)) {
    const keyNote =
      typeof id === "string" && KEY_LIKE_PATTERN.test(id)
        ? " It looks like the key itself: the id becomes the variable's name in cdktf.out; the key is set at deploy time."
        : "";
    problems.push(
      `id: got ${describeValue(id)}; expected a Terraform variable name (a letter or underscore, then letters, digits, underscores or dashes), such as "cartesia_api_key".${keyNote}`,
    );
  }
  if (Construct.isConstruct(scope) && typeof id === "string" && scope.node.tryFindChild(id) !== undefined) {
    problems.push(`id: ${describeValue(id)} is already used by another construct in ${scope.node.path}; choose another variable name.`);
  }
  if (options !== undefined && (options === null || typeof options !== "object")) {
    problems.push(`options: got ${describeValue(options)}; expected { description?: string }.`);
    return problems;
  }
  const description: unknown = (options as ApiKeyVariableOptions | undefined)?.description;
  if (description !== undefined) {
    if (typeof description !== "string") {
      problems.push(`options.description: got ${describeValue(description)}; expected a string.`);
    } else if (KEY_LIKE_PATTERN.test(description)) {
      problems.push(
        `options.description: contains what looks like a Cartesia API key (${maskSecret(description)}); the description is written into cdktf.out. Remove it.`,
      );
    }
  }
  return problems;
}

/** A cdktf token, or a whole Terraform expression written by hand (`${var.key}`): resolved by terraform, not literal. */
export function isExpression(value: string): boolean {
  return Token.isUnresolved(value) || isWholeExpression(value);
}

/**
 * Checks what a key token resolves to at synth. A token is not a reference just because it is a
 * token: `Fn.join("", ["sk_car_..."])` or a `Lazy` that produces a key would write the key into
 * cdktf.out, and only the resolved text shows it.
 */
export function resolvedKeyProblems(resolved: unknown, prop = "apiKey"): string[] {
  const text = typeof resolved === "string" ? resolved : (JSON.stringify(resolved) ?? "");
  const key = text.match(KEY_SHAPED_PATTERN);
  if (!key) return [];
  return [
    `${prop}: the token resolves to text that holds a literal key (${maskSecret(key[0])}), which would be written into cdktf.out. Pass the key with CartesiaApiKey.fromVariable(stack, "cartesia_api_key") and set TF_VAR_cartesia_api_key at deploy time, or use a token that references it (data source, remote state output).`,
  ];
}
