import type { ProviderSchema } from "./schema-types";

/** Address of the provider that ships inside terraform itself. */
export const BUILTIN_PROVIDER_ADDRESS = "terraform.io/builtin/terraform";

/**
 * Terraform's builtin provider (`terraform_remote_state`, `terraform_data`), as
 * `terraform providers schema -json` reports it for terraform 1.11. Every terraform has it, so the
 * validator knows it without a schema file; cdktf's `DataTerraformRemoteState*` classes write it.
 */
export const BUILTIN_PROVIDER_SCHEMA: ProviderSchema = {
  provider: { version: 0 },
  resource_schemas: {
    terraform_data: {
      version: 0,
      block: {
        attributes: {
          id: { type: "string", computed: true },
          input: { type: "dynamic", optional: true },
          output: { type: "dynamic", computed: true },
          triggers_replace: { type: "dynamic", optional: true },
        },
      },
    },
  },
  data_source_schemas: {
    terraform_remote_state: {
      version: 0,
      block: {
        attributes: {
          backend: { type: "string", required: true },
          config: { type: "dynamic", optional: true },
          defaults: { type: "dynamic", optional: true },
          outputs: { type: "dynamic", computed: true },
          workspace: { type: "string", optional: true },
        },
      },
    },
  },
};
