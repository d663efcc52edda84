/**
 * The API key comes from a token produced elsewhere, here an output of another Terraform state
 * (a secrets stack run by another team), not from a variable of this stack.
 * Synthesize: `npx cdktf synth` in this folder.
 */
import { App, DataTerraformRemoteStateLocal, LocalBackend, TerraformStack } from "cdktf";
import { type Construct } from "constructs";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, GenesyscloudProvider } from "../../lib";

/** The output of the secrets state that holds the key. */
export const KEY_OUTPUT = "cartesia_api_key";

export class KeyFromTokenStack extends TerraformStack {
  public readonly connector: CartesiaTtsConnector;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LocalBackend(this, { path: `../../../terraform.${id}.tfstate` });
    new GenesyscloudProvider(this, "genesyscloud", {});
    // Relative to cdktf.out/stacks/<stack>, where terraform runs. In production read an encrypted
    // remote backend instead (DataTerraformRemoteStateS3 and friends take the same getString).
    const secrets = new DataTerraformRemoteStateLocal(this, "secrets", { path: "../../../secrets.tfstate" });
    this.connector = new CartesiaTtsConnector(this, "cartesia", {
      apiKey: CartesiaApiKey.fromToken(secrets.getString(KEY_OUTPUT)),
      model: CartesiaModel.SONIC_3_2026_01_12,
    });
  }
}

export function createApp(outdir?: string): App {
  const app = new App(outdir ? { outdir } : {});
  new KeyFromTokenStack(app, "key-from-token");
  return app;
}

if (require.main === module) {
  createApp().synth();
}
