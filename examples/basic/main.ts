/**
 * Cartesia's guide, step by step, with every setting spelled out (each value here is also the default).
 * Synthesize: `npx cdktf synth` in this folder.
 */
import { App, LocalBackend, TerraformStack } from "cdktf";
import { type Construct } from "constructs";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, GenesyscloudProvider, IntegrationConfigMode, OutputFormat } from "../../lib";

export class BasicStack extends TerraformStack {
  public readonly connector: CartesiaTtsConnector;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LocalBackend(this, { path: `../../../terraform.${id}.tfstate` });
    new GenesyscloudProvider(this, "genesyscloud", {});
    this.connector = new CartesiaTtsConnector(this, "cartesia", {
      // Step "Add credentials": X-Api-Key from a sensitive variable, Cartesia-Version 2026-03-01.
      apiKey: CartesiaApiKey.fromVariable(this, "cartesia_api_key"),
      cartesiaVersion: "2026-03-01",
      // Step "Name the integration".
      integrationName: "Genesys TTS Connector: Cartesia",
      // Step "Configure properties": PCI Compliant True (the URIs and attributes are fixed by the guide).
      pciCompliant: true,
      // Step "Set the advanced JSON configuration". The guide's tip: pin a dated snapshot for production.
      model: CartesiaModel.SONIC_LATEST,
      outputFormat: OutputFormat.raw({ encoding: "pcm_s16le", sampleRate: 8000 }),
      // Step "Save and activate".
      enabled: true,
      configMode: IntegrationConfigMode.STANDALONE,
    });
  }
}

export function createApp(outdir?: string): App {
  const app = new App(outdir ? { outdir } : {});
  new BasicStack(app, "basic");
  return app;
}

if (require.main === module) {
  createApp().synth();
}
