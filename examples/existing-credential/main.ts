/**
 * The credential is managed outside this stack, two ways, one stack each:
 * - `existing-credential`: one created by hand or by a security team's stack, looked up by a name given
 *   at deploy time, its id passed to `CartesiaApiKey.fromExistingCredential`;
 * - `credential-by-name`: the one `cartesia-genesys credential put --name "Cartesia TTS key"` creates and
 *   rotates, linked with `CartesiaApiKey.fromCredentialName`.
 * Either way the connector creates the integration and its config only: no API key passes through these
 * stacks, their plans or their state, and neither declares a variable for one. Synthesize: `npx cdktf
 * synth` in this folder.
 */
import { App, LocalBackend, TerraformStack, TerraformVariable } from "cdktf";
import { type Construct } from "constructs";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, dataGenesyscloudIntegrationCredential, GenesyscloudProvider } from "../../lib";

/** The name `credential put --name` gave the credential. */
export const CREDENTIAL_NAME = "Cartesia TTS key";

export class ExistingCredentialStack extends TerraformStack {
  public readonly connector: CartesiaTtsConnector;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LocalBackend(this, { path: `../../../terraform.${id}.tfstate` });
    new GenesyscloudProvider(this, "genesyscloud", {});
    const credentialName = new TerraformVariable(this, "cartesia_credential_name", {
      type: "string",
      nullable: false,
      description: "Name of the existing User Defined credential in Genesys Cloud that holds X-Api-Key and Cartesia-Version.",
    });
    // Looked up by name at plan time, so the id never has to be copied between systems.
    const existing = new dataGenesyscloudIntegrationCredential.DataGenesyscloudIntegrationCredential(this, "cartesia_credential", {
      name: credentialName.stringValue,
    });
    this.connector = new CartesiaTtsConnector(this, "cartesia", {
      apiKey: CartesiaApiKey.fromExistingCredential(existing.id),
      model: CartesiaModel.SONIC_3_2026_01_12,
    });
  }
}

/** The credential `cartesia-genesys credential put` manages, by its name: the key never enters Terraform state. */
export class CredentialByNameStack extends TerraformStack {
  public readonly connector: CartesiaTtsConnector;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LocalBackend(this, { path: `../../../terraform.${id}.tfstate` });
    new GenesyscloudProvider(this, "genesyscloud", {});
    this.connector = new CartesiaTtsConnector(this, "cartesia", {
      apiKey: CartesiaApiKey.fromCredentialName(this, CREDENTIAL_NAME),
      model: CartesiaModel.SONIC_3_2026_01_12,
    });
  }
}

export function createApp(outdir?: string): App {
  const app = new App(outdir ? { outdir } : {});
  new ExistingCredentialStack(app, "existing-credential");
  new CredentialByNameStack(app, "credential-by-name");
  return app;
}

if (require.main === module) {
  createApp().synth();
}
