import { byKey } from "../../lib/shared";
/**
 * The pinned provider schema (the `terraform providers schema -json` format) turned into what the
 * protocol carries: `Schema` messages for GetProviderSchema, and each block's implied object type,
 * which drives the msgpack codec (Terraform encodes a block as one object of its attributes and
 * nested blocks).
 */
import { NestingMode } from "./protocol";
import type { CtyType } from "./cty-value";
import type { BlockSchema, NestedBlockSchema, ProviderSchema, ProvidersSchema, TypeSchema } from "../validate/schema-types";

/** One provider of a schema document, ready to serve. */
export interface ServedProvider {
  /** The provider's address, `registry.terraform.io/mypurecloud/genesyscloud`. */
  readonly address: string;
  readonly provider: TypeSchema;
  readonly resources: Readonly<Record<string, TypeSchema>>;
  readonly dataSources: Readonly<Record<string, TypeSchema>>;
}

/** Picks the one provider of a schema document (or the one at `address`); throws naming what there is. */
export function servedProvider(document: ProvidersSchema, address?: string): ServedProvider {
  const addresses = Object.keys(document.provider_schemas);
  const chosen = address ?? (addresses.length === 1 ? addresses[0] : undefined);
  const schema: ProviderSchema | undefined = chosen === undefined ? undefined : document.provider_schemas[chosen];
  if (chosen === undefined || schema === undefined) {
    throw new Error(`the schema describes ${addresses.length === 0 ? "no provider" : addresses.join(", ")}; say which provider to serve`);
  }
  return { address: chosen, provider: schema.provider ?? {}, resources: schema.resource_schemas ?? {}, dataSources: schema.data_source_schemas ?? {} };
}

/** A block's attribute and nested-block values as one object type, as Terraform encodes them. */
export function impliedType(block: BlockSchema = {}): CtyType {
  return ["object", memberTypes(block)];
}

/** The type of each attribute and nested block type of a block, by name. */
export function memberTypes(block: BlockSchema = {}): Record<string, CtyType> {
  const types: Record<string, CtyType> = {};
  for (const [name, attr] of Object.entries(block.attributes ?? {})) {
    // Protocol 6's nested attribute types: the pinned schema has none, and this codec does not read them.
    if (attr.nested_type !== undefined) throw new Error(`attribute "${name}" has a nested type, which the schema provider does not serve`);
    types[name] = attr.type ?? "dynamic";
  }
  for (const [name, nested] of Object.entries(block.block_types ?? {})) types[name] = nestedType(nested);
  return types;
}

function nestedType(nested: NestedBlockSchema): CtyType {
  const element = impliedType(nested.block);
  switch (nested.nesting_mode) {
    case "single":
    case "group":
      return element;
    case "list":
    case "set":
      return [nested.nesting_mode, element];
    case "map":
      return ["map", element];
  }
}

/** A `Schema` message (as a plain object for protobufjs) for a provider, resource or data source. */
export function schemaMessage(schema: TypeSchema): Record<string, unknown> {
  return { version: schema.version ?? 0, block: blockMessage(schema.block ?? {}) };
}

function blockMessage(block: BlockSchema): Record<string, unknown> {
  return {
    attributes: Object.entries(block.attributes ?? {})
      .sort(byKey)
      .map(([name, attr]) => ({
        name,
        type: Buffer.from(JSON.stringify(attr.type ?? "dynamic")),
        required: attr.required === true,
        optional: attr.optional === true,
        computed: attr.computed === true,
        sensitive: attr.sensitive === true,
        deprecated: attr.deprecated === true,
      })),
    block_types: Object.entries(block.block_types ?? {})
      .sort(byKey)
      .map(([name, nested]) => ({
        type_name: name,
        block: blockMessage(nested.block),
        nesting: NESTING[nested.nesting_mode],
        min_items: nested.min_items ?? 0,
        max_items: nested.max_items ?? 0,
      })),
  };
}

const NESTING: Record<NestedBlockSchema["nesting_mode"], number> = {
  single: NestingMode.SINGLE,
  list: NestingMode.LIST,
  set: NestingMode.SET,
  map: NestingMode.MAP,
  group: NestingMode.GROUP,
};
