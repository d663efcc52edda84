/**
 * A larger Genesys stack: two connectors on one aliased provider (8 kHz telephony and a 16 kHz
 * variant sharing one credential), an Architect flow whose Archy YAML speaks through the telephony
 * connector's engine, and outputs with the integration and engine ids for other stacks and people.
 * Synthesize: `npx cdktf synth` in this folder.
 */
import * as path from "node:path";
import { App, AssetType, LocalBackend, TerraformAsset, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { type Construct } from "constructs";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, flow, GenesyscloudProvider, OutputFormat } from "../../lib";

/** The Archy YAML of the greeting flow; `{{...}}` placeholders are filled by `substitutions`. */
export const GREETING_FLOW_FILE = path.join(__dirname, "greeting-flow.yaml");

export class ComposedStack extends TerraformStack {
  /** 8 kHz raw PCM: what Genesys telephony plays cleanly. */
  public readonly telephony: CartesiaTtsConnector;
  /** 16 kHz raw PCM, for channels that play wideband audio. */
  public readonly wideband: CartesiaTtsConnector;
  public readonly greetingFlow: flow.Flow;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LocalBackend(this, { path: `../../../terraform.${id}.tfstate` });
    // Aliased, as in stacks that manage more than one organization: every resource names it.
    const contactCenter = new GenesyscloudProvider(this, "contact_center", { alias: "contact_center" });

    this.telephony = new CartesiaTtsConnector(this, "telephony", {
      provider: contactCenter,
      apiKey: CartesiaApiKey.fromVariable(this, "cartesia_api_key"),
      model: CartesiaModel.SONIC_3_2026_01_12,
      outputFormat: OutputFormat.raw({ encoding: "pcm_s16le", sampleRate: 8000 }),
      integrationName: "Cartesia Sonic (telephony, 8 kHz)",
    });
    this.wideband = new CartesiaTtsConnector(this, "wideband", {
      provider: contactCenter,
      // Same key and API version: link the telephony connector's credential rather than hold the key twice.
      apiKey: CartesiaApiKey.fromExistingCredential(this.telephony.credentialId),
      model: CartesiaModel.SONIC_3_2026_01_12,
      outputFormat: OutputFormat.raw({ encoding: "pcm_s16le", sampleRate: 16000 }),
      integrationName: "Cartesia Sonic (wideband, 16 kHz)",
    });

    const voiceId = new TerraformVariable(this, "cartesia_voice_id", {
      type: "string",
      nullable: false,
      description: "Id of the Cartesia voice the greeting speaks with (from Cartesia's voice library or GET /voices).",
    });
    // Copied into cdktf.out next to the stack, so terraform finds it wherever it runs.
    const flowFile = new TerraformAsset(this, "greeting_flow_yaml", { path: GREETING_FLOW_FILE, type: AssetType.FILE });
    const telephonyConfig = this.telephony.integrationConfig;
    this.greetingFlow = new flow.Flow(this, "greeting_flow", {
      provider: contactCenter,
      filepath: flowFile.path,
      substitutions: {
        flow_name: "Cartesia greeting",
        tts_engine_id: this.telephony.ttsEngineId,
        voice_id: voiceId.stringValue,
      },
      // The engine speaks only once its config (properties, credential link) is in place.
      dependsOn: telephonyConfig ? [telephonyConfig] : [],
    });

    for (const [name, connector] of [
      ["telephony", this.telephony],
      ["wideband", this.wideband],
    ] as const) {
      new TerraformOutput(this, `${name}_integration_id`, {
        value: connector.integrationId,
        description: `Genesys integration id of the ${connector.settings.integrationName} connector.`,
      });
      new TerraformOutput(this, `${name}_tts_engine_id`, {
        value: connector.ttsEngineId,
        description: `TTS engine id Architect flows use for the ${connector.settings.integrationName} connector.`,
      });
    }
  }
}

export function createApp(outdir?: string): App {
  const app = new App(outdir ? { outdir } : {});
  new ComposedStack(app, "composed-stack");
  return app;
}

if (require.main === module) {
  createApp().synth();
}
