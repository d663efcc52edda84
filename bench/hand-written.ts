/**
 * What a user writes without the library, with the generated bindings and cdktf alone: the sensitive key
 * variable and the guide's three resources. Both benchmarks' raw sides use it (cases.ts in one process,
 * platform-raw.ts as a whole app), and it imports nothing from lib/, so a hand-written app loads none of it.
 */
import { TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { Integration } from "../.gen/providers/genesyscloud/integration";
import { IntegrationConfigA as IntegrationConfigResource } from "../.gen/providers/genesyscloud/integration-config";
import { IntegrationCredential } from "../.gen/providers/genesyscloud/integration-credential";

/** The model both sides of every case use. */
export const MODEL_ID = "sonic-3-2026-01-12";

/** The guide's nine properties, as the construct writes them (canonical JSON: keys sorted, no whitespace). */
export const GUIDE_PROPERTIES_JSON = JSON.stringify({
  isPciCompliant: true,
  ttsConnectorSynthesizeMethod: "post",
  ttsConnectorSynthesizeURI: "https://api.cartesia.ai/tts/bytes",
  ttsConnectorVoicesURI: "https://api.cartesia.ai/voices/export",
  voiceGenderAttribute: "gender",
  voiceIdAttribute: "id",
  voiceLanguageAttribute: "language",
  voiceNameAttribute: "name",
  voicesAttribute: "data",
});

/**
 * The key variable a careful user declares by hand: sensitive, non-nullable, described, and validated
 * like the one `CartesiaApiKey.fromVariable` declares. The condition is written as Terraform text, the
 * cheapest way to write it (no cdktf function tokens), so the construct is compared with the least a
 * hand-written variable costs. bench/README.md says why the raw side writes the validation at all.
 */
export function declareKeyVariable(scope: Construct, name: string): TerraformVariable {
  return new TerraformVariable(scope, name, {
    type: "string",
    sensitive: true,
    nullable: false,
    description: `Cartesia API key (sk_car_...) for the Genesys TTS Connector. Set TF_VAR_${name}; never commit it.`,
    validation: [
      {
        condition: `\${((length(trimspace(var.${name})) >= 1) && !startswith(var.${name}, "sk_car_admin_"))}`,
        errorMessage:
          "The Cartesia API key must be a standard key (sk_car_...), not empty and not an admin key (sk_car_admin_...), which cannot call text-to-speech.",
      },
    ],
  });
}

/** One connector's inputs, as the hand-written side spells them. */
export interface HandWrittenConnector {
  /** The integration's name; the credential is named after it. */
  readonly name: string;
  /** The key token the credential carries. */
  readonly apiKey: string;
  /** Hz, raw `pcm_s16le`. @default 8000 */
  readonly sampleRate?: number;
  /** The config block inside the integration rather than its own resource. */
  readonly embedded?: boolean;
}

/** The resources one hand-written connector is made of. */
export interface HandWrittenResources {
  readonly credential: IntegrationCredential;
  readonly integration: Integration;
  readonly config?: IntegrationConfigResource;
}

/**
 * The guide's three resources under `scope`, JSON strings spelled out with their keys in sorted order, as
 * the construct writes them (a plain construct of the construct's id in `scope` keeps logical ids equal).
 */
export function writeConnector(scope: Construct, connector: HandWrittenConnector): HandWrittenResources {
  const { name, apiKey, sampleRate = 8000, embedded = false } = connector;
  const credential = new IntegrationCredential(scope, "credential", {
    name: `${name} credential`,
    credentialTypeName: "userDefined",
    fields: { "X-Api-Key": apiKey, "Cartesia-Version": "2026-03-01" },
  });
  const config = {
    name,
    properties: GUIDE_PROPERTIES_JSON,
    advanced: JSON.stringify({
      synthesizeBody: {
        model_id: MODEL_ID,
        output_format: { container: "raw", encoding: "pcm_s16le", sample_rate: sampleRate },
        transcript: "$text",
        voice: { id: "$voice", mode: "id" },
      },
    }),
    credentials: { basicAuth: credential.id },
  };
  const integration = new Integration(scope, "integration", {
    integrationType: "genesys-tts-connector",
    intendedState: "ENABLED",
    config: embedded ? config : undefined,
  });
  if (embedded) return { credential, integration };
  return { credential, integration, config: new IntegrationConfigResource(scope, "config", { integrationId: integration.id, ...config }) };
}
