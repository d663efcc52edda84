import { TerraformOutput, type TerraformStack } from "cdktf";
import { buildConnectorConfig, CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, Emotion, IntegrationConfigMode, OutputFormat } from "../../lib";
import { canonicalJson, type JsonValue } from "../../lib/private/canonical-json";
import { GENESYS_TTS_CONNECTOR, resolveConnectorType } from "../../lib/tts-connector-type";
import { validateConnectorProps } from "../../lib/private/validate-props";
import { newStack, onlyResource, synthStack } from "../support/helpers";

const apiKey = CartesiaApiKey.fromToken("${var.cartesia_api_key}");

describe("canonicalJson", () => {
  test("sorts keys at every depth and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  });
  test("equal data in any key order gives the same string", () => {
    expect(canonicalJson({ x: true, y: "1" })).toBe(canonicalJson({ y: "1", x: true }));
  });
  test("an object changed after it was serialized is serialized as it is now", () => {
    const value: { [key: string]: JsonValue } = { b: 1, a: [2] };
    expect(canonicalJson(value)).toBe('{"a":[2],"b":1}');
    value.a = [3, { d: 1, c: 2 }];
    expect(canonicalJson(value)).toBe('{"a":[3,{"c":2,"d":1}],"b":1}');
  });
  test("stays right for more distinct documents than it keeps", () => {
    for (let i = 0; i < 600; i++) expect(canonicalJson({ z: i, a: [i] })).toBe(`{"a":[${i}],"z":${i}}`);
    expect(canonicalJson({ z: 5, a: [5] })).toBe('{"a":[5],"z":5}');
  });
});

describe("buildConnectorConfig (pure)", () => {
  // Built from validated settings, as the construct builds it.
  const base = validateConnectorProps({
    apiKey,
    model: CartesiaModel.SONIC_3_2026_01_12,
    outputFormat: OutputFormat.mp3({ sampleRate: 22050, bitRate: 128000 }),
    pciCompliant: false,
    apiBaseUrl: "https://proxy.example.com/cartesia",
  }).settings;

  test("puts the base URL in both URIs and keeps a false PCI flag a boolean", () => {
    const config = buildConnectorConfig(base);
    expect(config.properties.ttsConnectorSynthesizeURI).toBe("https://proxy.example.com/cartesia/tts/bytes");
    expect(config.properties.ttsConnectorVoicesURI).toBe("https://proxy.example.com/cartesia/voices/export");
    expect(config.properties.isPciCompliant).toBe(false);
    expect(config.advanced).toEqual({
      synthesizeBody: {
        voice: { mode: "id", id: "$voice" },
        model_id: CartesiaModel.SONIC_3_2026_01_12.id,
        transcript: "$text",
        output_format: { container: "mp3", sample_rate: 22050, bit_rate: 128000 },
      },
    });
    expect(JSON.parse(config.advancedJson)).toEqual(config.advanced);
  });

  test("sends generation_config only when given, with the given fields only, the emotion by its name", () => {
    const with_ = (generationConfig: object) => buildConnectorConfig({ ...base, generationConfig }).advanced.synthesizeBody;
    expect(with_({ speed: 1.2, volume: 0.5, emotion: Emotion.CALM }).generation_config).toEqual({ speed: 1.2, volume: 0.5, emotion: "calm" });
    expect(with_({ emotion: Emotion.of("whispering") }).generation_config).toEqual({ emotion: "whispering" });
    expect(buildConnectorConfig(base).advancedJson).not.toContain("generation_config");
  });

  test("sends language only when given", () => {
    expect(buildConnectorConfig({ ...base, language: "fr" }).advanced).toMatchObject({ synthesizeBody: { language: "fr" } });
    expect(buildConnectorConfig(base).advancedJson).not.toContain("language");
  });

  test("uses overridden property keys and keeps the rest", () => {
    const config = buildConnectorConfig({ ...base, connectorType: resolveConnectorType({ propertyKeys: { pciCompliant: "pciCompliant" } }) });
    const { pciCompliant, ...rest } = GENESYS_TTS_CONNECTOR.propertyKeys;
    expect(pciCompliant).not.toBe("pciCompliant");
    expect(Object.keys(config.properties).sort()).toEqual(["pciCompliant", ...Object.values(rest)].sort());
  });
});

describe("CartesiaTtsConnector", () => {
  test("standalone connectors: one note per stack, on the stack, saying how terraform must run; an embedded-only stack gets none", () => {
    const notes = (stack: TerraformStack) =>
      stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === "@cdktf/info").map((m) => [c.node.path, m.data, m.trace]));
    const standalone = newStack("standalone");
    for (const id of ["telephony", "wideband"])
      new CartesiaTtsConnector(standalone, id, { apiKey, model: CartesiaModel.SONIC_3_2026_01_12, integrationName: id });
    expect(notes(standalone)).toEqual([
      [
        "standalone",
        "configMode STANDALONE writes genesyscloud_integration_config for this stack's connectors: run terraform with ENABLE_STANDALONE_INTEGRATION_CONFIG=true and Genesys provider 1.86 or later, or choose IntegrationConfigMode.EMBEDDED.",
        undefined,
      ],
    ]);
    const embedded = newStack("embedded");
    new CartesiaTtsConnector(embedded, "cartesia", { apiKey, model: CartesiaModel.SONIC_3_2026_01_12, configMode: IntegrationConfigMode.EMBEDDED });
    expect(notes(embedded)).toEqual([]);
  });

  test("embedded mode writes the config block inside the integration and no config resource", () => {
    const stack = newStack();
    new CartesiaTtsConnector(stack, "cartesia", {
      apiKey,
      model: CartesiaModel.SONIC_3_2026_01_12,
      configMode: IntegrationConfigMode.EMBEDDED,
      notes: "Managed by the platform team",
    });
    const json = synthStack(stack);
    expect(json.resource!.genesyscloud_integration_config).toBeUndefined();
    const config = onlyResource(json, "genesyscloud_integration").config as Record<string, unknown>;
    expect(config).toMatchObject({ name: "Genesys TTS Connector: Cartesia", notes: "Managed by the platform team" });
    expect(JSON.parse(config.advanced as string).synthesizeBody.model_id).toBe("sonic-3-2026-01-12");
    expect(config.credentials).toEqual({
      basicAuth: expect.stringMatching(/^\$\{genesyscloud_integration_credential\.cartesia_credential_[0-9A-F]{8}\.id\}$/),
    });
  });

  test("overridden connector facts reach the integration type, credential type and slot", () => {
    const stack = newStack();
    new CartesiaTtsConnector(stack, "cartesia", {
      apiKey,
      model: CartesiaModel.SONIC_3_2026_01_12,
      connectorType: { integrationType: "custom-tts", credentialSlot: "customAuth", credentialType: "customUserDefined" },
    });
    const json = synthStack(stack);
    expect(onlyResource(json, "genesyscloud_integration").integration_type).toBe("custom-tts");
    expect(onlyResource(json, "genesyscloud_integration_credential").credential_type_name).toBe("customUserDefined");
    expect(Object.keys(onlyResource(json, "genesyscloud_integration_config").credentials as object)).toEqual(["customAuth"]);
  });

  test("enabled: false leaves the integration DISABLED, and a custom version goes into the credential", () => {
    const stack = newStack();
    new CartesiaTtsConnector(stack, "cartesia", { apiKey, model: CartesiaModel.SONIC_3_2026_01_12, enabled: false, cartesiaVersion: "2025-04-16" });
    const json = synthStack(stack);
    expect(onlyResource(json, "genesyscloud_integration").intended_state).toBe("DISABLED");
    expect((onlyResource(json, "genesyscloud_integration_credential").fields as Record<string, string>)["Cartesia-Version"]).toBe("2025-04-16");
  });

  test("an existing credential is linked as given and no credential is created", () => {
    const stack = newStack();
    const connector = new CartesiaTtsConnector(stack, "cartesia", {
      apiKey: CartesiaApiKey.fromExistingCredential("cred-42"),
      model: CartesiaModel.SONIC_3_2026_01_12,
    });
    const json = synthStack(stack);
    expect(connector.credential).toBeUndefined();
    expect(connector.credentialId).toBe("cred-42");
    expect(json.resource!.genesyscloud_integration_credential).toBeUndefined();
    expect(onlyResource(json, "genesyscloud_integration_config").credentials).toEqual({ basicAuth: "cred-42" });
  });

  test("integrationId, credentialId and ttsEngineId resolve to references of the created resources", () => {
    const stack = newStack();
    const connector = new CartesiaTtsConnector(stack, "cartesia", { apiKey, model: CartesiaModel.SONIC_3_2026_01_12 });
    new TerraformOutput(stack, "engine", { value: connector.ttsEngineId });
    new TerraformOutput(stack, "integration", { value: connector.integrationId });
    new TerraformOutput(stack, "credential", { value: connector.credentialId });
    const outputs = synthStack(stack).output!;
    expect(outputs.engine.value).toMatch(/^connector-\$\{genesyscloud_integration\.cartesia_integration_[0-9A-F]{8}\.id\}$/);
    expect(outputs.integration.value).toMatch(/^\$\{genesyscloud_integration\.cartesia_integration_[0-9A-F]{8}\.id\}$/);
    expect(outputs.credential.value).toMatch(/^\$\{genesyscloud_integration_credential\.cartesia_credential_[0-9A-F]{8}\.id\}$/);
  });

  test("in EMBEDDED mode too, integrationId and ttsEngineId resolve to the integration's id, the same token at every read", () => {
    const stack = newStack();
    const connector = new CartesiaTtsConnector(stack, "cartesia", {
      apiKey,
      model: CartesiaModel.SONIC_3_2026_01_12,
      configMode: IntegrationConfigMode.EMBEDDED,
    });
    expect(connector.integrationId).toBe(connector.integrationId);
    expect(connector.ttsEngineId).toBe(`connector-${connector.integrationId}`);
    new TerraformOutput(stack, "engine", { value: connector.ttsEngineId });
    new TerraformOutput(stack, "integration", { value: connector.integrationId });
    const outputs = synthStack(stack).output!;
    expect(outputs.integration.value).toMatch(/^\$\{genesyscloud_integration\.cartesia_integration_[0-9A-F]{8}\.id\}$/);
    expect(outputs.engine.value).toBe(`connector-${outputs.integration.value as string}`);
  });
});
