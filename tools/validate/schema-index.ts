import { BUILTIN_PROVIDER_ADDRESS, BUILTIN_PROVIDER_SCHEMA } from "./builtin-schema";
import type { ProviderSchema, ProvidersSchema, TypeSchema } from "./schema-types";

/** Resource or data source. */
export type TypeKind = "resource" | "data source";

/** A type's schema and the provider that defines it. */
export interface FoundType {
  readonly providerAddress: string;
  readonly schema: TypeSchema;
}

/** Lookups over a providers schema, with Terraform's builtin provider always included. */
export interface SchemaIndex {
  /** The schema of a resource or data-source type, whichever provider defines it. */
  findType(kind: TypeKind, type: string): FoundType | undefined;
  /** Every type of a kind that some provider defines, for "did you mean" hints. */
  typeNames(kind: TypeKind): readonly string[];
  /** A provider's schema by its full address (`registry.terraform.io/mypurecloud/genesyscloud`). */
  provider(address: string): ProviderSchema | undefined;
  /** The full addresses of providers whose type name (the address's last part) is `localName`. */
  addressesNamed(localName: string): readonly string[];
}

/** Builds the lookups once per schema. */
export function indexSchema(schema: ProvidersSchema): SchemaIndex {
  const providers: Record<string, ProviderSchema> = Object.assign(Object.create(null) as Record<string, ProviderSchema>, {
    [BUILTIN_PROVIDER_ADDRESS]: BUILTIN_PROVIDER_SCHEMA,
  });
  for (const [address, provider] of Object.entries(schema.provider_schemas)) providers[normalizeProviderSource(address)] = provider;
  const byKind = (kind: TypeKind) => (provider: ProviderSchema) => (kind === "resource" ? provider.resource_schemas : provider.data_source_schemas) ?? {};
  return {
    findType(kind, type) {
      for (const [providerAddress, provider] of Object.entries(providers)) {
        const types = byKind(kind)(provider);
        // Own members only: a type named `constructor` is a type no provider defines, not Object's.
        if (Object.hasOwn(types, type)) return { providerAddress, schema: types[type] };
      }
      return undefined;
    },
    typeNames: (kind) => Object.values(providers).flatMap((provider) => Object.keys(byKind(kind)(provider))),
    provider: (address) => (Object.hasOwn(providers, normalizeProviderSource(address)) ? providers[normalizeProviderSource(address)] : undefined),
    addressesNamed: (localName) => Object.keys(providers).filter((address) => address.split("/").pop() === localName),
  };
}

/** `mypurecloud/genesyscloud` -> `registry.terraform.io/mypurecloud/genesyscloud`; sources are case-insensitive. */
export function normalizeProviderSource(source: string): string {
  const lower = source.trim().toLowerCase();
  return lower.split("/").length === 2 ? `registry.terraform.io/${lower}` : lower;
}

/** A provider address without the default registry host, as users write it: `mypurecloud/genesyscloud`. */
export function shortProviderSource(address: string): string {
  return address.replace(/^registry\.terraform\.io\//, "");
}
