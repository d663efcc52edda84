/**
 * The credential is managed elsewhere (created by hand, or by a security team's stack): the
 * connector looks it up by name and creates the integration and its config only. No API key passes
 * through this stack or its state. Synthesize: `npx cdktf synth` in this folder.
 */
import { App, LocalBackend, TerraformStack, TerraformVariable } from "cdktf";
import { type Construct } from "constructs";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, dataGenesyscloudIntegrationCredential, GenesyscloudProvider } from "../../lib";

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

export function createApp(outdir?: string): App {
  const app = new App(outdir ? { outdir } : {});
  new ExistingCredentialStack(app, "existing-credential");
  return app;
}

if (require.main === module) {
  createApp().synth();
}
