import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, GenesyscloudProvider, IntegrationConfigMode, OutputFormat } from "../../../lib";
import { createApp } from "../../../main";
import { findConnectors, readSynthesizedStacks } from "../../../tools/shared/synthesized-connectors";
import { newStack, synthApp, synthStack } from "../../support/helpers";

test("reads the default app's connector from cdktf.out: config, credential and the key's source", () => {
  const { outdir } = synthApp((dir) => createApp(dir));
  const [stack] = readSynthesizedStacks(outdir);
  const [connector] = findConnectors(stack.name, stack.document);
  expect(connector).toMatchObject({
    stack: "cartesia-genesys",
    constructPath: "cartesia-genesys/cartesia",
    integrationType: "genesys-tts-connector",
    intendedState: "ENABLED",
    configStyle: "standalone",
    name: "Genesys TTS Connector: Cartesia",
    provider: undefined,
  });
  expect(connector.properties?.ttsConnectorSynthesizeURI).toBe("https://api.cartesia.ai/tts/bytes");
  expect(connector.credential?.credentialTypeName).toBe("userDefined");
  expect(connector.credential?.fields).toEqual({
    "X-Api-Key": { kind: "variable", name: "cartesia_api_key", sensitive: true },
    "Cartesia-Version": { kind: "literal", value: "2026-03-01" },
  });
});

test("reads embedded config, aliased providers and externally managed credentials", () => {
  const stack = newStack();
  const org = new GenesyscloudProvider(stack, "org_b", { alias: "org_b" });
  new CartesiaTtsConnector(stack, "c", {
    apiKey: CartesiaApiKey.fromExistingCredential("cred-123"),
    model: CartesiaModel.SONIC_3_2026_01_12,
    outputFormat: OutputFormat.wav({ encoding: "pcm_mulaw", sampleRate: 8000 }),
    configMode: IntegrationConfigMode.EMBEDDED,
    enabled: false,
    provider: org,
  });
  const [connector] = findConnectors("test", synthStack(stack));
  expect(connector).toMatchObject({ configStyle: "embedded", intendedState: "DISABLED", provider: "genesyscloud.org_b", credential: undefined });
  expect(connector.credentials).toEqual({ basicAuth: "cred-123" });
  expect(connector.advanced).toEqual({
    synthesizeBody: expect.objectContaining({ output_format: { container: "wav", encoding: "pcm_mulaw", sample_rate: 8000 } }),
  });
});
