/**
 * What a state would hold had a plan of creates been applied: each planned object, its unknowns
 * filled in as the real provider would fill them (an id, and references to ids resolved). Lets a test
 * plan a head against its base's state, so real terraform says what a pull request would change,
 * without anything ever being applied anywhere.
 */
import { SERVED, type StateResource } from "./terraform";

const WHOLE_REFERENCE = /^\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.id\}$/;

/** The fake id an applied resource gets: its type and name, so a test can tell which it is. */
export function appliedId(type: string, name: string): string {
  return `${type}-${name}`;
}

/** The resources of a state after applying `plan` (terraform show -json) of `document` (its cdk.tf.json). */
export function appliedState(document: any, plan: any): StateResource[] {
  // A plan with nothing in it has no resource_changes at all.
  return ((plan.resource_changes ?? []) as any[])
    .filter((change) => change.mode === "managed" && change.change.actions.join() === "create")
    .map((change) => {
      const config = document.resource[change.type][change.name];
      const { after, after_unknown: unknown } = change.change;
      // A block known only after apply (the integration's Optional+Computed `config`, left out in
      // standalone mode) is what the provider's Read leaves it: no block at all.
      const blocks = Object.keys(SERVED.resources[change.type]?.block?.block_types ?? {}).filter((name) => unknown[name] === true);
      const attributes = {
        ...resolve(after, unknown, config),
        ...Object.fromEntries(blocks.map((name) => [name, []])),
        ...(unknown.id === true ? { id: appliedId(change.type, change.name) } : {}),
      };
      // A state records which values are sensitive, down to each value that came from a sensitive
      // variable; without those marks, terraform would plan an update just to add them.
      const sensitive = [...sensitivePaths(change.change.after_sensitive), ...fromSensitiveVariables(config, sensitiveVariables(document))];
      return { type: change.type, name: change.name, attributes, sensitive };
    });
}

/** The paths of `after_sensitive` that are marked, as a state writes them. */
function sensitivePaths(marks: any, prefix: object[] = []): object[][] {
  if (marks === true) return [prefix];
  if (marks === null || typeof marks !== "object") return [];
  return Object.entries(marks).flatMap(([key, inner]) =>
    sensitivePaths(inner, [
      ...prefix,
      Array.isArray(marks) ? { type: "index", value: { value: Number(key), type: "number" } } : { type: "get_attr", value: key },
    ]),
  );
}

function sensitiveVariables(document: any): Set<string> {
  return new Set(Object.entries(document.variable ?? {}).flatMap(([name, v]: [string, any]) => (v.sensitive === true ? [name] : [])));
}

/** The paths of configuration values that reference a sensitive variable. */
function fromSensitiveVariables(config: any, variables: Set<string>, prefix: object[] = []): object[][] {
  if (typeof config === "string") return [...config.matchAll(/\bvar\.([A-Za-z0-9_-]+)/g)].some((m) => variables.has(m[1])) ? [prefix] : [];
  if (config === null || typeof config !== "object") return [];
  return Object.entries(config).flatMap(([key, inner]) =>
    key === "//"
      ? []
      : fromSensitiveVariables(inner, variables, [
          ...prefix,
          prefix.length === 0 ? { type: "get_attr", value: key } : { type: "index", value: { value: key, type: "string" } },
        ]),
  );
}

/** A planned value with its unknowns filled: a reference to another resource's id resolves to it; the rest is the server's empty value. */
function resolve(after: any, unknown: any, config: any): any {
  if (unknown === true) {
    const ref = typeof config === "string" ? WHOLE_REFERENCE.exec(config) : null;
    return ref ? appliedId(ref[1], ref[2]) : "";
  }
  if (unknown === null || typeof unknown !== "object") return after;
  const result: any = Array.isArray(after) ? [...(after as unknown[])] : { ...after };
  for (const [key, inner] of Object.entries(unknown)) result[key] = resolve(after?.[key], inner, config?.[key]);
  return result;
}
