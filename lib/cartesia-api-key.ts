import { type Construct } from "constructs";
import { Lazy, type TerraformProvider, TerraformVariable, Token } from "cdktf";
import { DataGenesyscloudIntegrationCredential } from "../.gen/providers/genesyscloud/data-genesyscloud-integration-credential";
import { CartesiaConnectorConfigError } from "./errors";
import { keyVariableIsValid } from "./private/rules/key-variable-is-valid";
import { validateDescriptionAtSynth } from "./private/validate-description-at-synth";
import { credentialNameIsValid } from "./private/rules/credential-name-is-valid";
import { credentialLookupId } from "./private/credential-lookup-id";
import { markGenuine } from "./private/genuine";
import { isMadeConstruct } from "./private/made-construct";
import { KEY_VARIABLE_ERROR_MESSAGE, keyVariableCondition, keyVariableDescription } from "./private/key-variable-text";

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

/** Options of `CartesiaApiKey.fromCredentialName`. */
export interface CredentialNameOptions {
  /**
   * The Genesys provider the lookup uses: the connector's own, when it has one (an alias, another org).
   * @default - the stack's default genesyscloud provider
   */
  readonly provider?: TerraformProvider;
}

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
    const problems = keyVariableIsValid(scope, id, options).errors;
    if (problems.length > 0) {
      const where = isMadeConstruct(scope) ? scope.node.path : "(no scope)";
      throw new CartesiaConnectorConfigError(where, problems, "CartesiaApiKey.fromVariable");
    }
    const { variable, value } = declareKeyVariable(scope, id, options.description);
    validateDescriptionAtSynth(variable, options.description);
    // Reading the value fixed the variable's name (cdktf keeps the logical id a reference was made with),
    // so the condition names it as text: the same name the reference uses, and no tokens to create.
    variable.addValidation({ condition: keyVariableCondition(variable.friendlyUniqueId), errorMessage: KEY_VARIABLE_ERROR_MESSAGE });
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

  /**
   * Uses the User Defined credential named `name`, which `cartesia-genesys credential put --name <name>`
   * creates and rotates through Genesys's API, outside Terraform. The stack looks its id up with the
   * provider's `genesyscloud_integration_credential` data source at plan time and links it as
   * `fromExistingCredential` does: `cdk.tf.json`, the plan and the state hold the name and the id, never
   * the key, and the stack declares no variable for it.
   *
   * One lookup per name and scope: calling it twice with the same name reuses the data source.
   *
   * @param scope the stack (or a construct in it) to declare the lookup in
   * @param name the credential's name in Genesys Cloud, as given to `credential put --name`; a token is
   *   accepted and resolved by terraform
   * @throws CartesiaConnectorConfigError when `scope` is not a construct, or `name` is not a string, is
   *   empty, or holds what looks like a Cartesia API key (it would be written into `cdktf.out`)
   */
  public static fromCredentialName(scope: Construct, name: string, options: CredentialNameOptions = {}): CartesiaApiKey {
    const problems = credentialNameIsValid(scope, name, options).errors;
    if (problems.length > 0) {
      const where = isMadeConstruct(scope) ? scope.node.path : "(no scope)";
      throw new CartesiaConnectorConfigError(where, problems, "CartesiaApiKey.fromCredentialName");
    }
    const id = credentialLookupId(scope, name, (child) => child instanceof DataGenesyscloudIntegrationCredential);
    const lookup =
      (scope.node.tryFindChild(id) as DataGenesyscloudIntegrationCredential | undefined) ??
      new DataGenesyscloudIntegrationCredential(scope, id, { name, provider: options.provider });
    const shown = Token.isUnresolved(name) ? "a name given as a token" : JSON.stringify(name);
    return new CartesiaApiKey(
      ApiKeySourceKind.EXISTING_CREDENTIAL,
      lookup.id,
      `credential ${shown}, looked up by name (the key stays outside Terraform state)`,
    );
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
  ) {
    markGenuine(this);
  }
}

/** The sensitive variable and the token of its value. */
function declareKeyVariable(scope: Construct, id: string, description: string | undefined): { variable: TerraformVariable; value: string } {
  const variable: TerraformVariable = new TerraformVariable(scope, id, {
    type: "string",
    sensitive: true,
    nullable: false,
    // Lazy: the name exists only with the variable (in a nested scope cdktf makes it `<path>_<id>_<hash>`), and TF_VAR_ must use it.
    description: description ?? Lazy.stringValue({ produce: () => keyVariableDescription(variable.friendlyUniqueId) }),
  });
  return { variable, value: variable.stringValue };
}
