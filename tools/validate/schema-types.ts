/**
 * The shape of `terraform providers schema -json` output, as far as the validator reads it.
 * Field names are Terraform's, so a schema file can be used as written by terraform.
 */

/**
 * A cty type as Terraform writes it: `"string"`, `"number"`, `"bool"`, `"dynamic"`, or a
 * collection such as `["map", "string"]`, `["object", { name: "string" }]`, `["tuple", ["string"]]`.
 */
export type CtyType =
  | "string"
  | "number"
  | "bool"
  | "dynamic"
  | readonly ["list" | "set" | "map", CtyType]
  | readonly ["object", Readonly<Record<string, CtyType>>, ...unknown[]]
  | readonly ["tuple", readonly CtyType[]];

/** One attribute of a block. */
export interface AttributeSchema {
  readonly type?: CtyType;
  /** Attributes with a nested type (protocol 6 providers) instead of `type`. */
  readonly nested_type?: { readonly attributes: Readonly<Record<string, AttributeSchema>>; readonly nesting_mode: string };
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly deprecated?: boolean;
}

/** How a nested block repeats. `single` and `group` hold one object; the others hold several. */
export type NestingMode = "single" | "group" | "list" | "set" | "map";

/** A nested block type of a block. */
export interface NestedBlockSchema {
  readonly nesting_mode: NestingMode;
  readonly block: BlockSchema;
  readonly min_items?: number;
  readonly max_items?: number;
}

/** A block: its attributes and nested block types. */
export interface BlockSchema {
  readonly attributes?: Readonly<Record<string, AttributeSchema>>;
  readonly block_types?: Readonly<Record<string, NestedBlockSchema>>;
}

/** A provider, resource or data-source schema. */
export interface TypeSchema {
  readonly version?: number;
  /** Absent for providers without configuration, such as Terraform's builtin provider. */
  readonly block?: BlockSchema;
}

/** Everything one provider describes. */
export interface ProviderSchema {
  readonly provider?: TypeSchema;
  readonly resource_schemas?: Readonly<Record<string, TypeSchema>>;
  readonly data_source_schemas?: Readonly<Record<string, TypeSchema>>;
}

/** A whole `terraform providers schema -json` document: provider address -> schema. */
export interface ProvidersSchema {
  readonly format_version: string;
  readonly provider_schemas: Readonly<Record<string, ProviderSchema>>;
}
