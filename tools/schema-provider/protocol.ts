/**
 * The messages of Terraform's provider plugin protocol (major version 6) that the schema provider
 * speaks, defined here with protobufjs's reflection API from the protocol's public description
 * (field names and numbers must match Terraform's; everything else is ours). Only the fields the
 * schema provider reads or writes are declared: protobuf decoders skip the rest, so Terraform may
 * send newer fields freely.
 */
import * as protobuf from "protobufjs";

/** `Diagnostic.Severity` values. */
export const Severity = { ERROR: 1, WARNING: 2 } as const;

/** `Schema.NestedBlock.NestingMode` values. */
export const NestingMode = { SINGLE: 1, LIST: 2, SET: 3, MAP: 4, GROUP: 5 } as const;

type Fields = Record<string, { type: string; id: number; rule?: "repeated"; keyType?: string }>;

const field = (type: string, id: number) => ({ type, id });
const repeated = (type: string, id: number) => ({ type, id, rule: "repeated" as const });
const map = (type: string, id: number) => ({ type, id, keyType: "string" });

/** A request/response pair: `{ Request, Response }` nested in a message named after the call. */
function call(request: Fields, response: Fields, extra: Record<string, { fields: Fields }> = {}) {
  return { nested: { Request: { fields: request }, Response: { fields: response }, ...extra } };
}

const diagnostics = (id: number) => ({ diagnostics: repeated("Diagnostic", id) });

const DESCRIPTOR = {
  nested: {
    tfplugin6: {
      nested: {
        // A value in Terraform's type system: msgpack normally, JSON only in some requests.
        DynamicValue: { fields: { msgpack: field("bytes", 1), json: field("bytes", 2) } },
        Diagnostic: {
          fields: { severity: field("int32", 1), summary: field("string", 2), detail: field("string", 3), attribute: field("AttributePath", 4) },
        },
        AttributePath: {
          fields: { steps: repeated("Step", 1) },
          nested: {
            Step: {
              oneofs: { selector: { oneof: ["attribute_name", "element_key_string", "element_key_int"] } },
              fields: { attribute_name: field("string", 1), element_key_string: field("string", 2), element_key_int: field("int64", 3) },
            },
          },
        },
        // Stored state as Terraform hands it to UpgradeResourceState: JSON, or the pre-0.12 flatmap.
        RawState: { fields: { json: field("bytes", 1), flatmap: map("string", 2) } },
        Schema: {
          fields: { version: field("int64", 1), block: field("Block", 2) },
          nested: {
            Block: {
              fields: {
                version: field("int64", 1),
                attributes: repeated("Attribute", 2),
                block_types: repeated("NestedBlock", 3),
                description: field("string", 4),
                description_kind: field("int32", 5),
                deprecated: field("bool", 6),
              },
            },
            Attribute: {
              fields: {
                name: field("string", 1),
                // The attribute's type as compact JSON, e.g. ["map","string"].
                type: field("bytes", 2),
                description: field("string", 3),
                required: field("bool", 4),
                optional: field("bool", 5),
                computed: field("bool", 6),
                sensitive: field("bool", 7),
                description_kind: field("int32", 8),
                deprecated: field("bool", 9),
              },
            },
            NestedBlock: {
              fields: {
                type_name: field("string", 1),
                block: field("Block", 2),
                nesting: field("int32", 3),
                min_items: field("int64", 4),
                max_items: field("int64", 5),
              },
            },
          },
        },
        ServerCapabilities: {
          fields: { plan_destroy: field("bool", 1), get_provider_schema_optional: field("bool", 2), move_resource_state: field("bool", 3) },
        },
        // Provider functions: the schema provider declares none, but the map's value type must exist.
        Function: { fields: {} },
        GetMetadata: call(
          {},
          {
            server_capabilities: field("ServerCapabilities", 1),
            ...diagnostics(2),
            data_sources: repeated("TypeName", 3),
            resources: repeated("TypeName", 4),
          },
          { TypeName: { fields: { type_name: field("string", 1) } } },
        ),
        GetProviderSchema: call(
          {},
          {
            provider: field("Schema", 1),
            resource_schemas: map("Schema", 2),
            data_source_schemas: map("Schema", 3),
            ...diagnostics(4),
            server_capabilities: field("ServerCapabilities", 6),
          },
        ),
        ValidateProviderConfig: call({ config: field("DynamicValue", 1) }, diagnostics(2)),
        ValidateResourceConfig: call({ type_name: field("string", 1), config: field("DynamicValue", 2) }, diagnostics(1)),
        ValidateDataResourceConfig: call({ type_name: field("string", 1), config: field("DynamicValue", 2) }, diagnostics(1)),
        UpgradeResourceState: call(
          { type_name: field("string", 1), version: field("int64", 2), raw_state: field("RawState", 3) },
          { upgraded_state: field("DynamicValue", 1), ...diagnostics(2) },
        ),
        ConfigureProvider: call({ terraform_version: field("string", 1), config: field("DynamicValue", 2) }, diagnostics(1)),
        ReadResource: call(
          { type_name: field("string", 1), current_state: field("DynamicValue", 2), private: field("bytes", 3) },
          { new_state: field("DynamicValue", 1), ...diagnostics(2), private: field("bytes", 3) },
        ),
        PlanResourceChange: call(
          {
            type_name: field("string", 1),
            prior_state: field("DynamicValue", 2),
            proposed_new_state: field("DynamicValue", 3),
            config: field("DynamicValue", 4),
            prior_private: field("bytes", 5),
          },
          {
            planned_state: field("DynamicValue", 1),
            requires_replace: repeated("AttributePath", 2),
            planned_private: field("bytes", 3),
            ...diagnostics(4),
            // Set by providers built on the plugin SDK (v2), as the Genesys provider is.
            legacy_type_system: field("bool", 5),
          },
        ),
        ApplyResourceChange: call({ type_name: field("string", 1) }, { new_state: field("DynamicValue", 1), ...diagnostics(3) }),
        ImportResourceState: call(
          { type_name: field("string", 1), id: field("string", 2) },
          { imported_resources: repeated("ImportedResource", 1), ...diagnostics(2) },
          { ImportedResource: { fields: { type_name: field("string", 1), state: field("DynamicValue", 2), private: field("bytes", 3) } } },
        ),
        MoveResourceState: call({ source_type_name: field("string", 2), target_type_name: field("string", 5) }, { ...diagnostics(2) }),
        ReadDataSource: call({ type_name: field("string", 1), config: field("DynamicValue", 2) }, { state: field("DynamicValue", 1), ...diagnostics(2) }),
        ValidateEphemeralResourceConfig: call({ type_name: field("string", 1) }, diagnostics(1)),
        OpenEphemeralResource: call({ type_name: field("string", 1) }, diagnostics(1)),
        RenewEphemeralResource: call({ type_name: field("string", 1) }, diagnostics(1)),
        CloseEphemeralResource: call({ type_name: field("string", 1) }, diagnostics(1)),
        GetFunctions: call({}, { functions: map("Function", 1), ...diagnostics(2) }),
        CallFunction: call({ name: field("string", 1) }, {}),
        StopProvider: call({}, { Error: field("string", 1) }),
      },
    },
  },
};

/** The protocol's messages, resolved once. */
export const PROTOCOL_ROOT = protobuf.Root.fromJSON(DESCRIPTOR);

/** The gRPC service every provider serves: `/tfplugin6.Provider/<Call>`. */
export const PROVIDER_SERVICE = "tfplugin6.Provider";

/** Every call of the service, in the order the protocol lists them. */
export const PROVIDER_CALLS = [
  "GetMetadata",
  "GetProviderSchema",
  "ValidateProviderConfig",
  "ValidateResourceConfig",
  "ValidateDataResourceConfig",
  "UpgradeResourceState",
  "ConfigureProvider",
  "ReadResource",
  "PlanResourceChange",
  "ApplyResourceChange",
  "ImportResourceState",
  "MoveResourceState",
  "ReadDataSource",
  "ValidateEphemeralResourceConfig",
  "OpenEphemeralResource",
  "RenewEphemeralResource",
  "CloseEphemeralResource",
  "GetFunctions",
  "CallFunction",
  "StopProvider",
] as const;

/** The name of one call of the provider service. */
export type ProviderCall = (typeof PROVIDER_CALLS)[number];

/** The request and response types of a call. */
export function callTypes(name: ProviderCall): { request: protobuf.Type; response: protobuf.Type } {
  return { request: PROTOCOL_ROOT.lookupType(`tfplugin6.${name}.Request`), response: PROTOCOL_ROOT.lookupType(`tfplugin6.${name}.Response`) };
}
