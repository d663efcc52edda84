/**
 * The schema provider's answers, call by call, on decoded protocol messages (plain objects, field
 * names as in the protocol). No I/O: `grpc-server.ts` puts it on a socket. It serves a pinned schema,
 * plans as the real provider plans a change, reads and imports from fixtures, and never applies;
 * every call it cannot answer is said so in a diagnostic and kept in `unanswered`.
 */
import { createHash } from "node:crypto";
import { decodeJson, decodeMsgpack, encodeMsgpack } from "./cty-codec";
import { type CtyObject, type CtyType, type CtyValue, isObjectValue, UNKNOWN } from "./cty-value";
import { type Fixtures, NO_FIXTURES, remoteDataSource, remoteResource } from "./fixtures";
import { planResourceChange } from "./plan";
import { GENESYS_BEHAVIOUR, type ProviderBehaviour, STANDALONE_CONFIG_ENV } from "./provider-behaviour";
import { type ProviderCall, Severity } from "./protocol";
import { stateFromRead } from "./read-state";
import { impliedType, memberTypes, schemaMessage, type ServedProvider } from "./schema-model";
import { allowedValueProblems, computedOnlyProblems } from "./validate-config";
import type { BlockSchema, TypeSchema } from "../validate/schema-types";

/** A decoded request or a response to encode: protocol field names, protobufjs's plain-object form. */
export type Message = Record<string, unknown>;

/** A protocol diagnostic. */
export interface Diagnostic {
  readonly severity: number;
  readonly summary: string;
  readonly detail?: string;
  readonly attribute?: { readonly steps: readonly { readonly attribute_name: string }[] };
}

/** A call the provider could not answer as the real provider would, and why. */
export interface Unanswered {
  readonly call: ProviderCall;
  readonly typeName?: string;
  readonly reason: string;
}

/** What the schema provider serves. */
export interface SchemaProviderOptions {
  readonly served: ServedProvider;
  readonly fixtures?: Fixtures;
  readonly behaviour?: ProviderBehaviour;
  /**
   * Whether the provider runs with `ENABLE_STANDALONE_INTEGRATION_CONFIG` set (any value): the
   * standalone config resource works, and the integration's `config` block is neither sent nor read.
   * Default: set, as the construct's default (standalone) mode needs.
   */
  readonly standaloneConfig?: boolean;
}

/** Prefix of every diagnostic summary the schema provider writes itself, so a reader knows whose it is. */
export const DIAGNOSTIC_PREFIX = "schema provider: ";

const error = (summary: string, detail?: string): Diagnostic => ({ severity: Severity.ERROR, summary: DIAGNOSTIC_PREFIX + summary, detail });
const warning = (summary: string, detail?: string): Diagnostic => ({ severity: Severity.WARNING, summary: DIAGNOSTIC_PREFIX + summary, detail });

/** The provider's answers. One instance serves any number of terraform runs. */
export class SchemaProvider {
  /** Calls it could not answer, in order. */
  public readonly unanswered: Unanswered[] = [];
  /** How many times each call was made. */
  public readonly callCounts: Partial<Record<ProviderCall, number>> = {};
  private readonly served: ServedProvider;
  private readonly fixtures: Fixtures;
  private readonly behaviour: ProviderBehaviour;
  private readonly standaloneConfig: boolean;
  private readonly schemaResponse: Message;

  constructor(options: SchemaProviderOptions) {
    this.served = options.served;
    this.fixtures = options.fixtures ?? NO_FIXTURES;
    this.behaviour = options.behaviour ?? GENESYS_BEHAVIOUR;
    this.standaloneConfig = options.standaloneConfig ?? true;
    const schemas = (types: Readonly<Record<string, TypeSchema>>) =>
      Object.fromEntries(Object.entries(types).map(([name, schema]) => [name, schemaMessage(schema)]));
    this.schemaResponse = {
      provider: schemaMessage(this.served.provider),
      resource_schemas: schemas(this.served.resources),
      data_source_schemas: schemas(this.served.dataSources),
      server_capabilities: {},
    };
  }

  /** Answers one call; a call it does not know gets an error the caller turns into a gRPC status. */
  answer(call: ProviderCall, request: Message): Message {
    this.callCounts[call] = (this.callCounts[call] ?? 0) + 1;
    const handler = this.handlers[call];
    if (handler === undefined) {
      const reason = `${call} is not a call the schema provider answers`;
      this.unanswered.push({ call, reason });
      throw new Error(DIAGNOSTIC_PREFIX + reason);
    }
    return handler(request);
  }

  private readonly handlers: Partial<Record<ProviderCall, (request: Message) => Message>> = {
    GetMetadata: () => ({
      server_capabilities: {},
      resources: Object.keys(this.served.resources).map((type_name) => ({ type_name })),
      data_sources: Object.keys(this.served.dataSources).map((type_name) => ({ type_name })),
    }),
    GetProviderSchema: () => this.schemaResponse,
    ValidateProviderConfig: (request) => ({ diagnostics: this.decodeProblems(request.config, this.served.provider.block, "the provider configuration") }),
    ValidateResourceConfig: (request) => {
      const typeName = String(request.type_name);
      const schema = this.resourceSchema(typeName);
      if (schema === undefined) return { diagnostics: [this.unknownType("ValidateResourceConfig", typeName)] };
      let config: CtyValue;
      try {
        config = this.decode(request.config, schema.block);
      } catch (err) {
        return { diagnostics: [this.cannot("ValidateResourceConfig", typeName, `cannot decode the configuration: ${message(err)}`)] };
      }
      return {
        diagnostics: [...computedOnlyProblems(schema.block ?? {}, config), ...allowedValueProblems(this.behaviour[typeName]?.allowedValues ?? {}, config)],
      };
    },
    ValidateDataResourceConfig: (request) => {
      const typeName = String(request.type_name);
      const schema = this.served.dataSources[typeName];
      if (schema === undefined) return { diagnostics: [this.unknownType("ValidateDataResourceConfig", typeName)] };
      try {
        return { diagnostics: computedOnlyProblems(schema.block ?? {}, this.decode(request.config, schema.block)) };
      } catch (err) {
        return { diagnostics: [this.cannot("ValidateDataResourceConfig", typeName, `cannot decode the configuration: ${message(err)}`)] };
      }
    },
    ConfigureProvider: (request) => ({ diagnostics: this.decodeProblems(request.config, this.served.provider.block, "the provider configuration") }),
    UpgradeResourceState: (request) => {
      const typeName = String(request.type_name);
      const schema = this.resourceSchema(typeName);
      const raw = request.raw_state as { json?: Uint8Array } | undefined;
      if (schema === undefined) return { diagnostics: [this.unknownType("UpgradeResourceState", typeName)] };
      if (raw?.json === undefined || raw.json.length === 0) {
        return { diagnostics: [this.cannot("UpgradeResourceState", typeName, "the stored state is in the pre-0.12 flatmap format, which it cannot read")] };
      }
      try {
        // Same schema version in and out: the stored JSON is read as the current schema.
        const state = decodeJson(raw.json, impliedType(schema.block));
        return { upgraded_state: { msgpack: encodeMsgpack(state, impliedType(schema.block)) } };
      } catch (err) {
        return { diagnostics: [this.cannot("UpgradeResourceState", typeName, `cannot read the stored state: ${message(err)}`)] };
      }
    },
    ReadResource: (request) => {
      const typeName = String(request.type_name);
      const schema = this.resourceSchema(typeName);
      if (schema === undefined) return { diagnostics: [this.unknownType("ReadResource", typeName)] };
      if (this.needsStandalone(typeName)) return { diagnostics: [standaloneNotSet(typeName)] };
      const type = impliedType(schema.block);
      const current = this.decode(request.current_state, schema.block);
      const id = isObjectValue(current) ? current.id : undefined;
      const remote = typeof id === "string" ? remoteResource(this.fixtures, typeName, id) : undefined;
      // No fixture: the object is read back as it was stored, so no drift shows. null: deleted remotely.
      const state =
        remote === undefined
          ? current
          : remote === null
            ? null
            : { ...stateFromRead(this.behaviour[typeName] ?? {}, current as CtyObject, remote, this.standaloneConfig), id: id as string };
      return { new_state: { msgpack: encodeMsgpack(state, type) }, private: request.private };
    },
    PlanResourceChange: (request) => {
      const typeName = String(request.type_name);
      const schema = this.resourceSchema(typeName);
      if (schema === undefined) return { diagnostics: [this.unknownType("PlanResourceChange", typeName)] };
      const type = impliedType(schema.block);
      const prior = this.decode(request.prior_state, schema.block);
      const proposed = this.decode(request.proposed_new_state, schema.block);
      const config = this.decode(request.config, schema.block);
      const { planned, requiresReplace } = planResourceChange(schema.block ?? {}, this.behaviour[typeName] ?? {}, prior, proposed, config);
      return {
        diagnostics: this.standaloneWarnings(typeName, prior, config),
        planned_state: { msgpack: encodeMsgpack(planned, type) },
        requires_replace: requiresReplace.map((name) => ({ steps: [{ attribute_name: name }] })),
        planned_private: request.prior_private,
        // The real provider is built on the plugin SDK v2, which says so; Terraform then tolerates
        // what that SDK does, such as planning a default for an attribute that is not computed.
        legacy_type_system: true,
      };
    },
    ApplyResourceChange: (request) => ({
      diagnostics: [
        this.cannot(
          "ApplyResourceChange",
          String(request.type_name),
          "it never applies: it serves the schema so that terraform can validate and plan, and changes nothing anywhere",
        ),
      ],
    }),
    ImportResourceState: (request) => {
      const typeName = String(request.type_name);
      const id = String(request.id);
      const schema = this.resourceSchema(typeName);
      if (schema === undefined) return { diagnostics: [this.unknownType("ImportResourceState", typeName)] };
      const remote = remoteResource(this.fixtures, typeName, id);
      // Without the toggle the passthrough import still succeeds; the Read after it fails.
      if ((remote === undefined || remote === null) && !this.needsStandalone(typeName)) {
        return {
          diagnostics: [
            this.cannot(
              "ImportResourceState",
              typeName,
              `no fixture for ${typeName} "${id}"`,
              `It imports only what its fixtures hold (resources.${typeName}["${id}"]); the real provider would look it up in Genesys Cloud.`,
            ),
          ],
        };
      }
      // As the plugin SDK's passthrough importer: the id alone; Terraform then reads the rest.
      return { imported_resources: [{ type_name: typeName, state: { msgpack: encodeMsgpack({ id }, impliedType(schema.block)) } }] };
    },
    MoveResourceState: (request) => ({
      diagnostics: [
        this.cannot("MoveResourceState", String(request.target_type_name), "it cannot move state between resource types (a moved block to another type)"),
      ],
    }),
    ReadDataSource: (request) => {
      const typeName = String(request.type_name);
      const schema = this.served.dataSources[typeName];
      if (schema === undefined) return { diagnostics: [this.unknownType("ReadDataSource", typeName)] };
      const config = this.decode(request.config, schema.block);
      const given = isObjectValue(config) ? config : {};
      const remote = remoteDataSource(this.fixtures, typeName, given);
      const seed = createHash("sha256")
        .update(`${typeName}\n${JSON.stringify(given)}`)
        .digest("hex")
        .slice(0, 12);
      const state = fillComputed(schema.block ?? {}, { ...given, ...(remote ?? {}) }, `${typeName}-${seed}`);
      const where = Object.entries(given)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
        .join(", ");
      const diagnostics =
        remote === undefined
          ? [
              warning(
                `no fixture for data.${typeName} (${where}): answered with placeholder values`,
                'The schema provider looks nothing up; its computed attributes are placeholders ("placeholder-..."), so the plan does not show the real ids.',
              ),
            ]
          : [];
      return { state: { msgpack: encodeMsgpack(state, impliedType(schema.block)) }, diagnostics };
    },
    ValidateEphemeralResourceConfig: (request) => ({ diagnostics: [this.unknownType("ValidateEphemeralResourceConfig", String(request.type_name))] }),
    OpenEphemeralResource: (request) => ({ diagnostics: [this.unknownType("OpenEphemeralResource", String(request.type_name))] }),
    RenewEphemeralResource: (request) => ({ diagnostics: [this.unknownType("RenewEphemeralResource", String(request.type_name))] }),
    CloseEphemeralResource: (request) => ({ diagnostics: [this.unknownType("CloseEphemeralResource", String(request.type_name))] }),
    GetFunctions: () => ({ functions: {} }),
    StopProvider: () => ({}),
  };

  /** Whether this type works only with the standalone toggle, which this run does not set. */
  private needsStandalone(typeName: string): boolean {
    return !this.standaloneConfig && this.behaviour[typeName]?.standaloneOnly === true;
  }

  /** What the toggle means for a plan: a create or update that apply will refuse, or a block that is ignored. */
  private standaloneWarnings(typeName: string, prior: CtyValue, config: CtyValue): Diagnostic[] {
    if (!isObjectValue(config)) return [];
    if (this.needsStandalone(typeName)) {
      return [
        warning(
          `apply will fail: ${typeName} needs ${STANDALONE_CONFIG_ENV} set for the provider`,
          `The provider ${prior === null ? "creates" : "updates"} ${typeName} only when ${STANDALONE_CONFIG_ENV} is set in its environment (any value, even empty); without it, apply fails with "Environment variable ${STANDALONE_CONFIG_ENV} not set". Set it where terraform apply runs.`,
        ),
      ];
    }
    const ignored = this.standaloneConfig ? (this.behaviour[typeName]?.ignoredWhenStandalone ?? []) : [];
    return ignored
      .filter((name) => (Array.isArray(config[name]) ? (config[name] as readonly CtyValue[]).length > 0 : (config[name] ?? null) !== null))
      .map((name) =>
        warning(
          `the ${name} block of ${typeName} is ignored: with ${STANDALONE_CONFIG_ENV} set, the provider neither sends nor reads it`,
          `With ${STANDALONE_CONFIG_ENV} set for the provider, genesyscloud_integration_config manages the integration's config instead; this block changes nothing in Genesys Cloud. Unset it where terraform runs, or move the config to a genesyscloud_integration_config.`,
        ),
      );
  }

  private resourceSchema(typeName: string): TypeSchema | undefined {
    return Object.prototype.hasOwnProperty.call(this.served.resources, typeName) ? this.served.resources[typeName] : undefined;
  }

  private decode(value: unknown, block: BlockSchema | undefined): CtyValue {
    const dynamic = value as { msgpack?: Uint8Array; json?: Uint8Array } | undefined;
    const type = impliedType(block);
    if (dynamic?.msgpack !== undefined && dynamic.msgpack.length > 0) return decodeMsgpack(dynamic.msgpack, type);
    if (dynamic?.json !== undefined && dynamic.json.length > 0) return decodeJson(dynamic.json, type);
    return null;
  }

  private decodeProblems(value: unknown, block: BlockSchema | undefined, what: string): Diagnostic[] {
    try {
      this.decode(value, block);
      return [];
    } catch (err) {
      return [error(`cannot decode ${what}: ${message(err)}`)];
    }
  }

  private cannot(call: ProviderCall, typeName: string, reason: string, detail?: string): Diagnostic {
    this.unanswered.push({ call, typeName, reason });
    return error(`cannot answer ${call} for ${typeName}: ${reason}`, detail);
  }

  private unknownType(call: ProviderCall, typeName: string): Diagnostic {
    return this.cannot(call, typeName, `the pinned schema has no such type`);
  }
}

/**
 * The provider's own answer to a create, read or update of a standalone-only type without the toggle
 * (util.BuildDiagnosticError in resource_genesyscloud_integration_config.go).
 */
function standaloneNotSet(typeName: string): Diagnostic {
  return {
    severity: Severity.ERROR,
    summary: `Environment variable ${STANDALONE_CONFIG_ENV} not set`,
    detail: JSON.stringify({ resourceType: typeName, errorMessage: `set environment variable ${STANDALONE_CONFIG_ENV} to use this resource` }),
  };
}

/** A data source's state: every computed attribute still unset gets a placeholder, as data must be wholly known. */
function fillComputed(block: BlockSchema, given: CtyObject, seed: string): CtyObject {
  const types = memberTypes(block);
  const result: Record<string, CtyValue> = {};
  for (const name of Object.keys(types)) {
    const value = given[name] ?? null;
    const attr = block.attributes?.[name];
    result[name] = value === null && attr?.computed === true ? placeholder(types[name], `${seed}-${name}`) : value === UNKNOWN ? null : value;
  }
  return result;
}

/** A known stand-in of a type; strings say what they are and never look like a key. */
function placeholder(type: CtyType, seed: string): CtyValue {
  if (type === "string" || type === "dynamic") return `placeholder-${seed}`;
  if (type === "number") return 0;
  if (type === "bool") return false;
  if (type[0] === "map" || type[0] === "object") return {};
  return [];
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
