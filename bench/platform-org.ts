/**
 * What every organization of the realistic platform repo holds besides its connectors, the same on both
 * sides: a stack, its local backend and the Genesys provider, and an Architect flow that speaks through the
 * telephony connector's engine (the `genesyscloud_flow` of the provider's bindings, its Archy YAML copied in
 * as an asset). platform-construct.ts and platform-raw.ts add the connectors.
 */
import { App, AssetType, LocalBackend, TerraformAsset, type TerraformResource, TerraformStack, TerraformVariable } from "cdktf";
import { Flow } from "../.gen/providers/genesyscloud/flow";
import { GenesyscloudProvider } from "../.gen/providers/genesyscloud/provider";

/** Organizations in the repo, one stack each: a platform team's twenty Genesys orgs. */
export const ORGANIZATIONS = 20;

/** The two connectors of every organization, 8 kHz for calls and 16 kHz for wideband channels. */
export const CONNECTORS = [
  { id: "telephony", sampleRate: 8000 },
  { id: "wideband", sampleRate: 16000 },
] as const;

/** One organization's stack, with its backend and provider. */
export function organizationStack(app: App, i: number): TerraformStack {
  const stack = new TerraformStack(app, `org-${i}`);
  new LocalBackend(stack, { path: `../../../terraform.org-${i}.tfstate` });
  new GenesyscloudProvider(stack, "genesyscloud", {});
  return stack;
}

/** The integration name of connector `id` in organization `i`. */
export function integrationName(i: number, id: string): string {
  return `Org ${i} Cartesia (${id})`;
}

/** The greeting flow, speaking through `ttsEngineId` once `config` (the engine's config) is in place. */
export function greetingFlow(stack: TerraformStack, i: number, ttsEngineId: string, config: TerraformResource | undefined, flowFile: string): Flow {
  const voiceId = new TerraformVariable(stack, "cartesia_voice_id", {
    type: "string",
    nullable: false,
    description: "Id of the Cartesia voice the greeting speaks with.",
  });
  const asset = new TerraformAsset(stack, "greeting_flow_yaml", { path: flowFile, type: AssetType.FILE });
  return new Flow(stack, "greeting_flow", {
    filepath: asset.path,
    substitutions: { flow_name: `Org ${i} greeting`, tts_engine_id: ttsEngineId, voice_id: voiceId.stringValue },
    dependsOn: config ? [config] : [],
  });
}

/** Runs `build` as a cdktf app: `node <script> <flow file>`, the engine's CLI giving the output directory. */
export function synthApp(build: (app: App, flowFile: string) => void, argv: readonly string[]): void {
  const flowFile = argv[0];
  if (!flowFile) throw new Error("pass the flow's YAML file");
  const app = new App();
  build(app, flowFile);
  app.synth();
}
