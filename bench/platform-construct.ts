/**
 * The realistic platform repo written with the library, as a consumer's `main.ts` would: per organization
 * one key variable, two `CartesiaTtsConnector`s and the greeting flow on the telephony connector's engine.
 *
 *   node dist/bench/platform-construct.js <flow.yaml>     (the engine's CLI runs it; platform-repo.ts)
 */
import { type App } from "cdktf";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, OutputFormat } from "../lib";
import { CONNECTORS, greetingFlow, integrationName, ORGANIZATIONS, organizationStack, synthApp } from "./platform-org";

/** Adds every organization to `app`. */
export function buildWithConstruct(app: App, flowFile: string): void {
  for (let i = 0; i < ORGANIZATIONS; i++) {
    const stack = organizationStack(app, i);
    const apiKey = CartesiaApiKey.fromVariable(stack, "cartesia_api_key");
    const [telephony] = CONNECTORS.map(
      ({ id, sampleRate }) =>
        new CartesiaTtsConnector(stack, id, {
          apiKey,
          model: CartesiaModel.SONIC_3_2026_01_12,
          outputFormat: OutputFormat.raw({ encoding: "pcm_s16le", sampleRate }),
          integrationName: integrationName(i, id),
        }),
    );
    greetingFlow(stack, i, telephony.ttsEngineId, telephony.integrationConfig, flowFile);
  }
}

if (require.main === module) synthApp(buildWithConstruct, process.argv.slice(2));
