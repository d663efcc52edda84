/**
 * A consumer app: one Genesys organization, one Cartesia connector; the README's Usage. `npm run synth`
 * writes cdktf.out/. tsx runs this file (it strips types whatever TypeScript version the app has, so a
 * new TypeScript major does not break the run); `npm run typecheck` type-checks it.
 */
import { App, TerraformStack } from "cdktf";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, GenesyscloudProvider, OutputFormat } from "cdktf-cartesia-genesys";

const app = new App();
const stack = new TerraformStack(app, "genesys");
new GenesyscloudProvider(stack, "genesyscloud", {}); // credentials from GENESYSCLOUD_* at deploy time

// The connector's tokens (integrationId, credentialId, ttsEngineId) are there for other constructs to use.
new CartesiaTtsConnector(stack, "cartesia", {
  apiKey: CartesiaApiKey.fromVariable(stack, "cartesia_api_key"), // sensitive variable: TF_VAR_cartesia_api_key at deploy time
  model: CartesiaModel.SONIC_3_5_2026_05_04, // the recommended dated snapshot
  outputFormat: OutputFormat.raw({ encoding: "pcm_s16le", sampleRate: 8000 }),
});
app.synth();
