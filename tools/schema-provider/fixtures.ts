/**
 * Fixtures: what the remote API "holds", for ReadResource, ImportResourceState and ReadDataSource.
 * The schema provider looks nothing up; it answers from these. The format is JSON, values in
 * Terraform's JSON encoding (nested blocks as objects or lists of objects):
 *
 *   {
 *     "resources": {
 *       "genesyscloud_integration": {
 *         "<id>": { "integration_type": "genesys-tts-connector", "intended_state": "ENABLED" },
 *         "<id of a deleted one>": null
 *       }
 *     },
 *     "data_sources": {
 *       "genesyscloud_integration_credential": [{ "where": { "name": "Shared" }, "attributes": { "id": "<id>" } }]
 *     }
 *   }
 *
 * A resource is found by type and id: Read returns its attributes (those a fixture leaves out keep the
 * value in state, as with the credential's `fields`, which the API never returns), and Import finds
 * only what a fixture holds. `null` means deleted remotely. A data source is found by type and the
 * first entry whose `where` values all equal the configuration's.
 */
import { fromJsonValue } from "./cty-codec";
import type { CtyObject, CtyValue } from "./cty-value";
import { memberTypes, type ServedProvider } from "./schema-model";
import type { BlockSchema } from "../validate/schema-types";

/** One data-source answer. */
export interface DataSourceFixture {
  readonly where: CtyObject;
  readonly attributes: CtyObject;
}

/** Fixtures, checked against the schema and converted to cty values. */
export interface Fixtures {
  /** type -> id -> attributes (null: deleted remotely). */
  readonly resources: Readonly<Record<string, Readonly<Record<string, CtyObject | null>>>>;
  readonly dataSources: Readonly<Record<string, readonly DataSourceFixture[]>>;
}

/** No fixtures: nothing can be imported, nothing drifts. */
export const NO_FIXTURES: Fixtures = { resources: {}, dataSources: {} };

/** Checks a parsed fixtures document against the served schema; throws naming the first bad entry. */
export function parseFixtures(json: unknown, served: ServedProvider): Fixtures {
  const doc = object(json, "fixtures");
  for (const key of Object.keys(doc))
    if (key !== "resources" && key !== "data_sources") throw new Error(`fixtures: unknown key "${key}"; allowed: resources, data_sources`);
  const resources: Record<string, Record<string, CtyObject | null>> = {};
  for (const [type, byId] of Object.entries(object(doc.resources ?? {}, "fixtures.resources"))) {
    const schema = served.resources[type];
    if (schema === undefined)
      throw new Error(`fixtures.resources: unknown resource type "${type}"; the schema has ${Object.keys(served.resources).join(", ")}`);
    resources[type] = {};
    for (const [id, attributes] of Object.entries(object(byId, `fixtures.resources.${type}`))) {
      resources[type][id] = attributes === null ? null : attributesOf(attributes, schema.block, `fixtures.resources.${type}["${id}"]`);
    }
  }
  const dataSources: Record<string, DataSourceFixture[]> = {};
  for (const [type, entries] of Object.entries(object(doc.data_sources ?? {}, "fixtures.data_sources"))) {
    const schema = served.dataSources[type];
    if (schema === undefined)
      throw new Error(`fixtures.data_sources: unknown data source type "${type}"; the schema has ${Object.keys(served.dataSources).join(", ")}`);
    if (!Array.isArray(entries)) throw new Error(`fixtures.data_sources.${type}: expected a list of { where, attributes }`);
    dataSources[type] = entries.map((entry, i) => {
      const at = `fixtures.data_sources.${type}[${i}]`;
      const { where, attributes } = object(entry, at);
      return { where: attributesOf(where ?? {}, schema.block, `${at}.where`), attributes: attributesOf(attributes ?? {}, schema.block, `${at}.attributes`) };
    });
  }
  return { resources, dataSources };
}

/** The remote object of a resource: attributes, `null` when deleted remotely, undefined when no fixture says. */
export function remoteResource(fixtures: Fixtures, type: string, id: string): CtyObject | null | undefined {
  const byId = fixtures.resources[type];
  return byId !== undefined && Object.prototype.hasOwnProperty.call(byId, id) ? byId[id] : undefined;
}

/** The first data-source fixture whose `where` matches the configuration. */
export function remoteDataSource(fixtures: Fixtures, type: string, config: CtyObject): CtyObject | undefined {
  return fixtures.dataSources[type]?.find((entry) => Object.entries(entry.where).every(([k, v]) => JSON.stringify(config[k]) === JSON.stringify(v)))
    ?.attributes;
}

/** Only the attributes a fixture names, converted to their schema types. */
function attributesOf(json: unknown, block: BlockSchema | undefined, at: string): CtyObject {
  const given = object(json, at);
  const types = memberTypes(block);
  const result: Record<string, CtyValue> = {};
  for (const [name, value] of Object.entries(given)) {
    const attrType = types[name];
    if (attrType === undefined) throw new Error(`${at}: unknown attribute "${name}"; allowed: ${Object.keys(types).sort().join(", ")}`);
    try {
      result[name] = fromJsonValue(value, attrType);
    } catch (err) {
      throw new Error(`${at}.${name}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
  }
  return result;
}

function object(value: unknown, at: string): Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error(`${at}: expected an object`);
  return value as Record<string, unknown>;
}
