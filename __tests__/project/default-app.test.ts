import { createApp } from "../../main";
import { createApp as createBasicApp } from "../../examples/basic/main";
import { GUIDE_ADVANCED, GUIDE_PROPERTIES } from "../support/guide-values";
import { onlyResource, synthApp, type TerraformJson } from "../support/helpers";

describe.each([
  ["the default app (main.ts)", createApp, "cartesia-genesys"],
  ["examples/basic", createBasicApp, "basic"],
])("%s", (_name, build, stackName) => {
  const { stacks } = synthApp((outdir) => build(outdir));
  const json: TerraformJson = stacks[stackName];

  test("has exactly one stack with the three resources of the guide", () => {
    expect(Object.keys(stacks)).toEqual([stackName]);
    expect(Object.keys(json.resource ?? {}).sort()).toEqual([
      "genesyscloud_integration",
      "genesyscloud_integration_config",
      "genesyscloud_integration_credential",
    ]);
  });

  test("creates a Genesys TTS Connector integration, enabled", () => {
    const integration = onlyResource(json, "genesyscloud_integration");
    expect(integration.integration_type).toBe("genesys-tts-connector");
    expect(integration.intended_state).toBe("ENABLED");
    expect(integration.config).toBeUndefined();
  });

  test("configures name, the nine properties and the advanced JSON of the guide", () => {
    const config = onlyResource(json, "genesyscloud_integration_config");
    expect(config.name).toBe("Genesys TTS Connector: Cartesia");
    const properties = JSON.parse(config.properties as string);
    expect(properties).toEqual(GUIDE_PROPERTIES);
    expect(typeof properties.isPciCompliant).toBe("boolean");
    expect(JSON.parse(config.advanced as string)).toEqual(GUIDE_ADVANCED);
    expect(config.integration_id).toMatch(/^\$\{genesyscloud_integration\.cartesia_integration_[0-9A-F]{8}\.id\}$/);
    expect(config.notes).toBeUndefined();
  });

  test("links a User Defined credential with X-Api-Key from a sensitive variable and Cartesia-Version", () => {
    const credential = onlyResource(json, "genesyscloud_integration_credential");
    const credentialId = Object.keys(json.resource!.genesyscloud_integration_credential)[0];
    expect(credential.credential_type_name).toBe("userDefined");
    expect(credential.fields).toEqual({ "X-Api-Key": "${var.cartesia_api_key}", "Cartesia-Version": "2026-03-01" });
    const config = onlyResource(json, "genesyscloud_integration_config");
    expect(config.credentials).toEqual({ basicAuth: `\${genesyscloud_integration_credential.${credentialId}.id}` });
    expect(json.variable?.cartesia_api_key).toMatchObject({ type: "string", sensitive: true, nullable: false });
  });

  test("writes canonical JSON strings: keys sorted, no whitespace", () => {
    const config = onlyResource(json, "genesyscloud_integration_config");
    expect(config.advanced).toBe(
      '{"synthesizeBody":{"model_id":"sonic-latest","output_format":{"container":"raw","encoding":"pcm_s16le","sample_rate":8000},"transcript":"$text","voice":{"id":"$voice","mode":"id"}}}',
    );
    const keys = Object.keys(JSON.parse(config.properties as string));
    expect(keys).toEqual([...keys].sort());
  });

  test("configures the Genesys provider from the environment only, pinned to the registry source", () => {
    expect(json.provider?.genesyscloud).toEqual([{}]);
    expect((json.terraform as { required_providers: unknown }).required_providers).toEqual({
      genesyscloud: { source: "mypurecloud/genesyscloud", version: "~> 1.86" },
    });
  });
});

test("the default app and examples/basic (every default spelled out) synthesize the same resources", () => {
  const strip = (json: TerraformJson) => JSON.stringify(json.resource).replace(/"path": ?"[^"]*"/g, "");
  const main = synthApp((outdir) => createApp(outdir)).stacks["cartesia-genesys"];
  const basic = synthApp((outdir) => createBasicApp(outdir)).stacks.basic;
  expect(strip(main).replace(/cartesia-genesys\//g, "")).toEqual(strip(basic).replace(/basic\//g, ""));
});
