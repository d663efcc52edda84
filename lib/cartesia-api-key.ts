import { Construct } from "constructs";
import { Fn, Op, TerraformVariable, Token } from "cdktf";
import { describeValue, maskSecret } from "./errors";

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

/** Prefix of Cartesia admin keys, which cannot call the TTS endpoints. */
export const ADMIN_KEY_PREFIX = "sk_car_admin_";
/** Anything that looks like a Cartesia key (`sk_car_...`), for leak checks on free text. */
export const KEY_LIKE_PATTERN = /sk_car_[A-Za-z0-9_-]+/;

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
   */
  public static fromVariable(scope: Construct, id: string, options: ApiKeyVariableOptions = {}): CartesiaApiKey {
    const variable = new TerraformVariable(scope, id, {
      type: "string",
      sensitive: true,
      nullable: false,
      description:
        options.description ?? `Cartesia API key (sk_car_...) for the Genesys TTS Connector. Set TF_VAR_${id}; never commit it.`,
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
  if (!(apiKey instanceof CartesiaApiKey)) {
    if (typeof apiKey === "string") {
      const shown = isExpression(apiKey) ? "a token string" : `a literal string ${maskSecret(apiKey)}`;
      return [
        `${prop}: got ${shown}; pass CartesiaApiKey.fromVariable(stack, "cartesia_api_key") (set TF_VAR_cartesia_api_key at deploy time), CartesiaApiKey.fromToken(token) or CartesiaApiKey.fromExistingCredential(id).`,
      ];
    }
    return [
      `${prop}: got ${describeValue(apiKey)}; expected a CartesiaApiKey from CartesiaApiKey.fromVariable, fromToken or fromExistingCredential.`,
    ];
  }
  const value: unknown = apiKey.value;
  if (typeof value !== "string") {
    return [`${prop}: the ${apiKey.kind} value is ${describeValue(value)}; expected a string.`];
  }
  if (apiKey.kind === ApiKeySourceKind.EXISTING_CREDENTIAL) {
    if (value.trim() === "") {
      return [`${prop}: fromExistingCredential got an empty credential id; pass the id of a genesyscloud_integration_credential (a literal id or a token).`];
    }
    if (KEY_LIKE_PATTERN.test(value)) {
      return [`${prop}: fromExistingCredential got ${maskSecret(value)}, which looks like an API key, not a credential id; pass the credential's id.`];
    }
    return [];
  }
  if (isExpression(value)) return [];
  if (value.startsWith(ADMIN_KEY_PREFIX)) {
    return [
      `${prop}: got a literal admin key ${maskSecret(value)}; admin keys cannot call text-to-speech, and a key must never be written into cdktf.out. Create a standard key and pass it with CartesiaApiKey.fromVariable(stack, "cartesia_api_key").`,
    ];
  }
  return [
    `${prop}: fromToken got a literal string ${maskSecret(value)}; a key must never be written into cdktf.out. Pass it with CartesiaApiKey.fromVariable(stack, "cartesia_api_key") and set TF_VAR_cartesia_api_key at deploy time, or pass a token (data source, remote state output).`,
  ];
}

/** A cdktf token, or a whole Terraform expression written by hand (`${var.key}`): resolved by terraform, not literal. */
export function isExpression(value: string): boolean {
  return Token.isUnresolved(value) || /^\$\{[^{}]+\}$/.test(value);
}
