/**
 * The realistic platform repo written by hand with the generated bindings (nothing from lib/): the same
 * key variable, resources and flow as platform-construct.ts, so the same `cdk.tf.json`.
 *
 *   node dist/bench/platform-raw.js <flow.yaml>     (the engine's CLI runs it; platform-repo.ts)
 */
import { type App } from "cdktf";
import { Construct } from "constructs";
import { declareKeyVariable, writeConnector } from "./hand-written";
import { CONNECTORS, greetingFlow, integrationName, ORGANIZATIONS, organizationStack, synthApp } from "./platform-org";

/** Adds every organization to `app`. */
export function buildByHand(app: App, flowFile: string): void {
  for (let i = 0; i < ORGANIZATIONS; i++) {
    const stack = organizationStack(app, i);
    const apiKey = declareKeyVariable(stack, "cartesia_api_key").stringValue;
    const [telephony] = CONNECTORS.map(({ id, sampleRate }) => writeConnector(new Construct(stack, id), { name: integrationName(i, id), apiKey, sampleRate }));
    greetingFlow(stack, i, `connector-${telephony.integration.id}`, telephony.config, flowFile);
  }
}

if (require.main === module) synthApp(buildByHand, process.argv.slice(2));
