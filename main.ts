/**
 * The default app: Cartesia's guide, as code. One stack, the Genesys provider configured from the
 * environment only, one connector whose key comes from a sensitive variable.
 *
 *   npm run synth                       # writes cdktf.out/, needs no environment
 *   export GENESYSCLOUD_OAUTHCLIENT_ID=... GENESYSCLOUD_OAUTHCLIENT_SECRET=... GENESYSCLOUD_REGION=...
 *   export TF_VAR_cartesia_api_key=sk_car_... ENABLE_STANDALONE_INTEGRATION_CONFIG=true
 *   npx cdktf deploy
 */
import { App, LocalBackend, TerraformStack } from "cdktf";
import { type Construct } from "constructs";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, GenesyscloudProvider, OutputFormat } from "./lib";

/**
 * The guide's configuration: the moving alias the guide starts with (synth warns, as the guide does), 8 kHz
 * raw PCM. Production pins a dated snapshot: CartesiaModel.SONIC_3_5_2026_05_04, the one the README's Usage
 * and the warning recommend.
 */
export class CartesiaGenesysStack extends TerraformStack {
  public readonly connector: CartesiaTtsConnector;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    // cdktf's default local backend writes this machine's absolute path into cdk.tf.json; a relative
    // one (terraform runs in cdktf.out/stacks/<stack>) keeps synth output the same on every clone.
    // Production stacks want an encrypted remote backend: the state holds the API key.
    new LocalBackend(this, { path: `../../../terraform.${id}.tfstate` });
    // No attributes: the provider reads GENESYSCLOUD_OAUTHCLIENT_ID, _SECRET and _REGION at deploy time.
    new GenesyscloudProvider(this, "genesyscloud", {});
    this.connector = new CartesiaTtsConnector(this, "cartesia", {
      apiKey: CartesiaApiKey.fromVariable(this, "cartesia_api_key"),
      model: CartesiaModel.SONIC_LATEST,
      outputFormat: OutputFormat.raw({ encoding: "pcm_s16le", sampleRate: 8000 }),
    });
  }
}

export function createApp(outdir?: string): App {
  const app = new App(outdir ? { outdir } : {});
  new CartesiaGenesysStack(app, "cartesia-genesys");
  return app;
}

if (require.main === module) {
  createApp().synth();
}
