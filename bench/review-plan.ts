/**
 * A saved plan of many connectors, as `terraform show -json` prints it, for the review's memory case: each
 * connector an integration, a standalone config and a credential already applied, one in ten of them
 * changing its output format (an update in place), the rest unchanged. Both sides of every resource are
 * full, and the prior state and the relevant attributes are there, as in a real plan: about 85 MB at 10,000
 * connectors.
 */

import { GUIDE_PROPERTIES_JSON, MODEL_ID } from "./hand-written";

/** The plan's JSON, ready for `JSON.stringify`. */
export function planOf(connectors: number): Record<string, unknown> {
  const changes: unknown[] = [];
  const configured: unknown[] = [];
  const planned: unknown[] = [];
  for (let i = 0; i < connectors; i++) {
    for (const resource of connectorResources(i)) {
      changes.push(resource.change);
      configured.push(resource.configuration);
      planned.push({ address: resource.change.address, mode: "managed", type: resource.change.type, name: resource.change.name, values: resource.after });
    }
  }
  const prior = planned.map((r) => ({
    ...(r as object),
    provider_name: "registry.terraform.io/mypurecloud/genesyscloud",
    schema_version: 0,
    sensitive_values: {},
  }));
  return {
    format_version: "1.2",
    terraform_version: "1.11.4",
    variables: { cartesia_api_key: { value: "not-a-real-key" } },
    planned_values: { root_module: { resources: planned } },
    resource_changes: changes,
    prior_state: { format_version: "1.0", terraform_version: "1.11.4", values: { root_module: { resources: prior } } },
    relevant_attributes: changes.map((c) => ({ resource: (c as { address: string }).address, attribute: ["id"] })),
    configuration: {
      provider_config: { genesyscloud: { name: "genesyscloud", full_name: "registry.terraform.io/mypurecloud/genesyscloud", version_constraint: "~> 1.86" } },
      root_module: { resources: configured, variables: { cartesia_api_key: { sensitive: true } } },
    },
    timestamp: "2026-12-05T12:00:00Z",
    applyable: true,
    complete: true,
    errored: false,
  };
}

interface PlannedResource {
  readonly change: { address: string; type: string; name: string };
  readonly configuration: unknown;
  readonly after: unknown;
}

function connectorResources(i: number): PlannedResource[] {
  const suffix = i.toString(16).toUpperCase().padStart(8, "0");
  const integration = `cartesia_${i}_integration_${suffix}`;
  const config = `cartesia_${i}_config_${suffix}`;
  const credential = `cartesia_${i}_credential_${suffix}`;
  const ids = { integration: uuid(i, 1), config: uuid(i, 2), credential: uuid(i, 3) };
  const name = `Cartesia connector ${i}`;
  const changed = i % 10 === 0;
  const properties = GUIDE_PROPERTIES_JSON;
  const advanced = (sampleRate: number) =>
    JSON.stringify({
      synthesizeBody: {
        model_id: MODEL_ID,
        output_format: { container: "raw", encoding: "pcm_s16le", sample_rate: sampleRate },
        transcript: "$text",
        voice: { id: "$voice", mode: "id" },
      },
    });
  const integrationValues = { id: ids.integration, integration_type: "genesys-tts-connector", intended_state: "ENABLED", config: [] };
  const configValues = (sampleRate: number) => ({
    id: ids.config,
    integration_id: ids.integration,
    name,
    notes: "",
    properties,
    advanced: advanced(sampleRate),
    credentials: { basicAuth: ids.credential },
  });
  const credentialValues = {
    id: ids.credential,
    name: `${name} credential`,
    credential_type_name: "userDefined",
    fields: { "Cartesia-Version": "2026-03-01", "X-Api-Key": "not-a-real-key" },
  };
  const sensitiveFields = { fields: { "X-Api-Key": true } };
  const change = (type: string, id: string, before: unknown, after: unknown, sensitive: unknown = {}) => ({
    address: `${type}.${id}`,
    mode: "managed",
    type,
    name: id,
    provider_name: "registry.terraform.io/mypurecloud/genesyscloud",
    change: {
      actions: [before === after ? "no-op" : "update"],
      before,
      after,
      after_unknown: {},
      before_sensitive: sensitive,
      after_sensitive: sensitive,
    },
  });
  const expressions = (references: Record<string, string[]>) =>
    Object.fromEntries(Object.entries(references).map(([attribute, refs]) => [attribute, { references: refs }]));
  const configuration = (type: string, id: string, references: Record<string, string[]> = {}) => ({
    address: `${type}.${id}`,
    mode: "managed",
    type,
    name: id,
    provider_config_key: "genesyscloud",
    expressions: expressions(references),
    schema_version: 0,
  });
  const before = configValues(8000);
  return [
    {
      change: change("genesyscloud_integration", integration, integrationValues, integrationValues),
      configuration: configuration("genesyscloud_integration", integration),
      after: integrationValues,
    },
    {
      change: change("genesyscloud_integration_config", config, before, changed ? configValues(16000) : before),
      configuration: configuration("genesyscloud_integration_config", config, {
        integration_id: [`genesyscloud_integration.${integration}.id`, `genesyscloud_integration.${integration}`],
        credentials: [`genesyscloud_integration_credential.${credential}.id`, `genesyscloud_integration_credential.${credential}`],
      }),
      after: changed ? configValues(16000) : before,
    },
    {
      change: change("genesyscloud_integration_credential", credential, credentialValues, credentialValues, sensitiveFields),
      configuration: configuration("genesyscloud_integration_credential", credential, { fields: ["var.cartesia_api_key"] }),
      after: credentialValues,
    },
  ];
}

/** A Genesys-shaped id (a UUID), distinct per connector and resource. */
function uuid(i: number, kind: number): string {
  const hex = (i * 4 + kind).toString(16).padStart(12, "0");
  return `0000000${kind}-0000-4000-8000-${hex}`;
}
