/**
 * A platform repo's app on CDK Terrain (cdktn). The library is a dependency like any other (here the
 * tarball of `npm pack`), the construct package built for cdktn, `cdktn-cartesia-genesys`; the
 * Genesys provider classes come with it, built on cdktn, so this repo generates no bindings of its
 * own. Synthesize: `npx cdktn synth` in this folder (Node.js 22.19 or later).
 */
import { App, LocalBackend, TerraformStack } from "cdktn";
import { type Construct } from "constructs";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, GenesyscloudProvider, OutputFormat } from "cdktn-cartesia-genesys";

export class ContactCenterStack extends TerraformStack {
  public readonly connector: CartesiaTtsConnector;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LocalBackend(this, { path: `../../../terraform.${id}.tfstate` });
    new GenesyscloudProvider(this, "genesyscloud", {});
    this.connector = new CartesiaTtsConnector(this, "cartesia", {
      apiKey: CartesiaApiKey.fromVariable(this, "cartesia_api_key"),
      model: CartesiaModel.SONIC_3_2026_01_12,
      outputFormat: OutputFormat.TELEPHONY,
      integrationName: "Contact center voice: Cartesia",
    });
  }
}

export function createApp(outdir?: string): App {
  const app = new App(outdir ? { outdir } : {});
  new ContactCenterStack(app, "contact-center");
  return app;
}

if (require.main === module) {
  createApp().synth();
}
