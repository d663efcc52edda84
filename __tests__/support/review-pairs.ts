/**
 * The review's base/head pairs: each a pull request a reviewer would meet, built from the construct
 * (or, for what the construct refuses to write, a hand edit of the base's cdk.tf.json). Reviewed and
 * compared with golden files in `tools/review/diff.test.ts`; validated and planned by real terraform,
 * the head against the base's state, in `tools/validate/terraform-review-pairs.test.ts`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { App, TerraformStack } from "cdktf";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, type CartesiaTtsConnectorProps, Emotion, GenesyscloudProvider, OutputFormat } from "../../lib";
import { tempDir } from "./helpers";

/** Adds what a pull request's app holds to its one stack. */
export type Build = (stack: TerraformStack) => void;

/** The head of a pair: an app of its own, or an edit of the base's synthesized stack. */
export type Head = Build | { readonly edit: (doc: Record<string, any>) => void };

/** The stack every pair synthesizes. */
export const PAIR_STACK = "pr";

/** Synthesizes one stack "pr" with the default provider into a fresh cdktf.out, as `cdktf synth` does. */
export function synth(build: Build): string {
  const outdir = tempDir("cartesia-review-");
  const app = new App({ outdir, stackTraces: false });
  const stack = new TerraformStack(app, PAIR_STACK);
  new GenesyscloudProvider(stack, "genesyscloud", {});
  build(stack);
  app.synth();
  return outdir;
}

/** The connector as most repositories have it: a pinned snapshot, the guide's defaults otherwise. */
export function connector(overrides: Partial<CartesiaTtsConnectorProps> = {}, id = "cartesia", keyVariable = "cartesia_api_key"): Build {
  return (stack) => {
    new CartesiaTtsConnector(stack, id, {
      apiKey: CartesiaApiKey.fromVariable(stack, keyVariable),
      model: CartesiaModel.SONIC_3_2026_01_12,
      ...overrides,
    });
  };
}

/** Several builds in one stack. */
export const both =
  (...builds: Build[]): Build =>
  (stack) =>
    builds.forEach((b) => b(stack));

/** A copy of a cdktf.out with the pair's stack edited: for what the construct refuses to write. */
export function edited(outdir: string, edit: (doc: Record<string, any>) => void): string {
  const copy = tempDir("cartesia-review-edited-");
  fs.cpSync(outdir, copy, { recursive: true });
  const file = path.join(copy, "stacks", PAIR_STACK, "cdk.tf.json");
  const doc = JSON.parse(fs.readFileSync(file, "utf8"));
  edit(doc);
  fs.writeFileSync(file, JSON.stringify(doc, null, 2));
  return copy;
}

/** Sets the model of every standalone config of a synthesized stack. */
export function setModel(doc: Record<string, any>, model: string): void {
  for (const config of Object.values<Record<string, string>>(doc.resource.genesyscloud_integration_config)) {
    const advanced = JSON.parse(config.advanced);
    advanced.synthesizeBody.model_id = model;
    config.advanced = JSON.stringify(advanced);
  }
}

/** The address of the default connector's integration. */
export const INTEGRATION = "genesyscloud_integration.cartesia_integration_F52D01A3";

const backup = connector({ integrationName: "Cartesia backup", model: CartesiaModel.SONIC_3_5_2026_05_04 }, "backup", "cartesia_backup_key");

/** The existing integration and credential the importing pairs adopt. */
export const IMPORTED = { integrationId: "3a1f5c2e-7b4d-4e8a-9f10-2c6d8e0b1a57", credentialId: "9b2e4c6a-1d3f-4a5b-8c7d-0e1f2a3b4c5d" };

/**
 * What Genesys Cloud holds for the importing pairs, as schema-provider fixtures: the integration as
 * clicked together from the guide (pretty-printed properties, the moving alias, another name), and its
 * credential (whose fields the API never returns).
 */
export const IMPORTED_FIXTURES = {
  resources: {
    genesyscloud_integration: { [IMPORTED.integrationId]: { integration_type: "genesys-tts-connector", intended_state: "ENABLED", config: [] } },
    genesyscloud_integration_config: {
      [`${IMPORTED.integrationId}/config`]: {
        integration_id: IMPORTED.integrationId,
        name: "Cartesia (set up by hand)",
        notes: "",
        properties: JSON.stringify(
          {
            isPciCompliant: true,
            ttsConnectorSynthesizeMethod: "post",
            ttsConnectorSynthesizeURI: "https://api.cartesia.ai/tts/bytes",
            ttsConnectorVoicesURI: "https://api.cartesia.ai/voices/export",
            voiceGenderAttribute: "gender",
            voiceIdAttribute: "id",
            voiceLanguageAttribute: "language",
            voiceNameAttribute: "name",
            voicesAttribute: "data",
          },
          null,
          2,
        ),
        advanced: JSON.stringify({
          synthesizeBody: {
            model_id: "sonic-latest",
            output_format: { container: "raw", encoding: "pcm_s16le", sample_rate: 8000 },
            transcript: "$text",
            voice: { id: "$voice", mode: "id" },
          },
        }),
        credentials: { basicAuth: IMPORTED.credentialId },
      },
    },
    genesyscloud_integration_credential: { [IMPORTED.credentialId]: { name: "Cartesia (set up by hand) credential", credential_type_name: "userDefined" } },
  },
};

/** Every pair, by name. */
export const REVIEW_PAIRS: Record<string, { readonly base: Build; readonly head: Head }> = {
  "key-rotation": { base: connector(), head: connector({}, "cartesia", "cartesia_api_key_2026_09") },
  "cartesia-version": { base: connector(), head: connector({ cartesiaVersion: "2026-08-14" }) },
  "model-to-alias": { base: connector(), head: connector({ model: CartesiaModel.SONIC_LATEST }) },
  "model-snapshot-upgrade": { base: connector(), head: connector({ model: CartesiaModel.SONIC_3_5_2026_05_04 }) },
  "model-to-sunset": { base: connector(), head: { edit: (doc) => setModel(doc, "sonic-english") } },
  "generation-config": {
    base: connector({ generationConfig: { speed: 1.1 } }),
    head: connector({ generationConfig: { speed: 1.2, emotion: Emotion.CALM } }),
  },
  "format-change": { base: connector(), head: connector({ outputFormat: OutputFormat.mp3({ sampleRate: 22050, bitRate: 128000 }) }) },
  rename: { base: connector(), head: connector({ integrationName: "Cartesia Sonic (prod)" }) },
  disable: { base: connector(), head: connector({ enabled: false }) },
  "integration-type-change": { base: connector(), head: connector({ connectorType: { integrationType: "genesys-tts-connector-v2" } }) },
  "connector-added": { base: connector(), head: both(connector(), backup) },
  "connector-added-on-alias": {
    base: connector(),
    head: both(connector(), connector({ integrationName: "Cartesia latest", model: CartesiaModel.SONIC_LATEST }, "latest", "latest_key")),
  },
  "connector-removed": { base: both(connector(), connector({ integrationName: "Cartesia backup" }, "backup", "cartesia_backup_key")), head: connector() },
  "construct-id-renamed": { base: connector(), head: connector({}, "tts") },
  "construct-id-renamed-with-moved-blocks": {
    base: connector(),
    head: (stack) => {
      connector({}, "tts")(stack);
      const c = stack.node.findChild("tts") as CartesiaTtsConnector;
      c.integration.moveFromId(INTEGRATION);
      c.integrationConfig!.moveFromId("genesyscloud_integration_config.cartesia_config_EC62C9DB");
      c.credential!.moveFromId("genesyscloud_integration_credential.cartesia_credential_8C703FCA");
    },
  },
  // overrideLogicalId cannot do this: the connector reads its integration's id in its constructor,
  // after which cdktf keeps the generated logical id. Renaming the key in cdk.tf.json is what is left.
  "same-path-new-logical-id": {
    base: connector(),
    head: {
      edit: (doc) => {
        const integrations = doc.resource.genesyscloud_integration;
        integrations.cartesia_tts = integrations.cartesia_integration_F52D01A3;
        delete integrations.cartesia_integration_F52D01A3;
        for (const config of Object.values<Record<string, string>>(doc.resource.genesyscloud_integration_config)) {
          config.integration_id = "${genesyscloud_integration.cartesia_tts.id}";
        }
      },
    },
  },
  "no-change": { base: connector(), head: connector() },
  // importExisting: the head's import blocks adopt what exists in Genesys Cloud (the ids below).
  "connector-imported": {
    base: () => undefined,
    head: connector(
      { integrationName: "Cartesia wideband", importExisting: { integrationId: IMPORTED.integrationId, credentialId: IMPORTED.credentialId } },
      "wideband",
    ),
  },
  "connector-imported-new-credential": { base: () => undefined, head: connector({ importExisting: { integrationId: IMPORTED.integrationId } }) },
};

/** Synthesizes a pair: the base's cdktf.out and the head's. */
export function synthPair(name: string): { base: string; head: string } {
  const pair = REVIEW_PAIRS[name];
  if (pair === undefined) throw new Error(`no review pair "${name}"`);
  const base = synth(pair.base);
  return { base, head: typeof pair.head === "function" ? synth(pair.head) : edited(base, pair.head.edit) };
}
