/**
 * The benchmark's workloads: N connectors written with the construct, and the same resources written by
 * hand with the generated bindings. Both must synthesize the same `cdk.tf.json`, byte for byte, or the
 * comparison means nothing; `assertSameDocuments` checks it before anything is timed.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { Integration } from "../.gen/providers/genesyscloud/integration";
import { IntegrationConfigA as IntegrationConfigResource } from "../.gen/providers/genesyscloud/integration-config";
import { IntegrationCredential } from "../.gen/providers/genesyscloud/integration-credential";
import { GenesyscloudProvider } from "../.gen/providers/genesyscloud/provider";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector } from "../lib";
import { MAX_CONNECTORS_PER_ORGANIZATION } from "../lib/private/connector-registry";

/** How the connectors are written. */
export type Variant = "construct" | "raw";

/** Every variant that builds a construct tree, in the order the bench runs them. */
export const VARIANTS: readonly Variant[] = ["construct", "raw"];

/** A finished `cdk.tf.json`, parsed. */
export type TerraformDocument = { readonly [key: string]: unknown };

/**
 * Splits `connectors` into stacks of at most ten: one stack stands for one Genesys organization, and the
 * construct refuses an eleventh connector on one provider.
 */
export function stackSizes(connectors: number): number[] {
  if (!Number.isInteger(connectors) || connectors < 1) throw new Error(`connectors: got ${connectors}; expected a positive integer`);
  const sizes: number[] = [];
  for (let left = connectors; left > 0; left -= MAX_CONNECTORS_PER_ORGANIZATION) {
    sizes.push(Math.min(left, MAX_CONNECTORS_PER_ORGANIZATION));
  }
  return sizes;
}

/** Builds `connectors` connectors into `app`, as `variant` writes them. */
export function buildConnectors(app: App, variant: Variant, connectors: number): void {
  stackSizes(connectors).forEach((size, s) => {
    const stack = new TerraformStack(app, `org-${s}`);
    new GenesyscloudProvider(stack, "genesyscloud", {});
    // Both variants take the key from the same sensitive variable: it is an input of the connector,
    // not part of what is compared, and it is one per stack.
    const apiKey = CartesiaApiKey.fromVariable(stack, "cartesia_api_key");
    for (let i = 0; i < size; i++) {
      if (variant === "construct") addWithConstruct(stack, i, apiKey);
      else addWithBindings(stack, i, apiKey.value);
    }
  });
}

function integrationName(i: number): string {
  return `Cartesia ${i}`;
}

function addWithConstruct(stack: TerraformStack, i: number, apiKey: CartesiaApiKey): void {
  new CartesiaTtsConnector(stack, `cartesia-${i}`, {
    apiKey,
    model: CartesiaModel.SONIC_3_2026_01_12,
    integrationName: integrationName(i),
  });
}

/**
 * What a user writes without the library: the guide's three resources, JSON strings spelled out with
 * their keys in sorted order, under a plain construct of the same id so logical ids match.
 */
function addWithBindings(stack: TerraformStack, i: number, apiKeyToken: string): void {
  const scope = new Construct(stack, `cartesia-${i}`);
  const name = integrationName(i);
  const credential = new IntegrationCredential(scope, "credential", {
    name: `${name} credential`,
    credentialTypeName: "userDefined",
    fields: { "X-Api-Key": apiKeyToken, "Cartesia-Version": "2026-03-01" },
  });
  const integration = new Integration(scope, "integration", {
    integrationType: "genesys-tts-connector",
    intendedState: "ENABLED",
  });
  new IntegrationConfigResource(scope, "config", {
    integrationId: integration.id,
    name,
    properties: JSON.stringify({
      isPciCompliant: true,
      ttsConnectorSynthesizeMethod: "post",
      ttsConnectorSynthesizeURI: "https://api.cartesia.ai/tts/bytes",
      ttsConnectorVoicesURI: "https://api.cartesia.ai/voices/export",
      voiceGenderAttribute: "gender",
      voiceIdAttribute: "id",
      voiceLanguageAttribute: "language",
      voiceNameAttribute: "name",
      voicesAttribute: "data",
    }),
    advanced: JSON.stringify({
      synthesizeBody: {
        model_id: "sonic-3-2026-01-12",
        output_format: { container: "raw", encoding: "pcm_s16le", sample_rate: 8000 },
        transcript: "$text",
        voice: { id: "$voice", mode: "id" },
      },
    }),
    credentials: { basicAuth: credential.id },
  });
}

/** A temporary directory for one synth; the caller removes it. */
export function makeOutdir(prefix = "cartesia-bench-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Builds and synthesizes `connectors` connectors as `variant` writes them; returns each stack's document. */
export function synthDocuments(variant: Variant, connectors: number): Record<string, TerraformDocument> {
  const outdir = makeOutdir();
  try {
    const app = new App({ outdir });
    buildConnectors(app, variant, connectors);
    app.synth();
    return readDocuments(outdir);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** Each stack's `cdk.tf.json` in a cdktf output directory, parsed, by stack name. */
export function readDocuments(outdir: string): Record<string, TerraformDocument> {
  const documents: Record<string, TerraformDocument> = {};
  const stacksDir = path.join(outdir, "stacks");
  for (const name of fs.readdirSync(stacksDir).sort()) {
    documents[name] = JSON.parse(fs.readFileSync(path.join(stacksDir, name, "cdk.tf.json"), "utf8")) as TerraformDocument;
  }
  return documents;
}

/** Throws unless the construct and the hand-written bindings synthesize the same documents; returns them. */
export function assertSameDocuments(connectors: number): Record<string, TerraformDocument> {
  const construct = synthDocuments("construct", connectors);
  const raw = synthDocuments("raw", connectors);
  const a = JSON.stringify(construct);
  const b = JSON.stringify(raw);
  if (a !== b) {
    throw new Error(
      `bench/cases.ts: the construct and the raw bindings no longer synthesize the same JSON at ${connectors} connectors; ` +
        `update addWithBindings to what the construct writes.\nconstruct: ${a.slice(0, 2000)}\nraw:       ${b.slice(0, 2000)}`,
    );
  }
  return construct;
}
