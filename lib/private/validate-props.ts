import type { IConstruct } from "constructs";
import type { CartesiaTtsConnectorProps, ConnectorSettings } from "../cartesia-tts-connector-props";
import { CONNECTOR_PROP_NAMES, CONNECTOR_PROPS, type PropEntry } from "./connector-props";
import { describeKey, describeValue } from "./describe-value";
import { isMadeConstruct } from "./made-construct";
import { describeFoundKey, findKeyLike } from "./key-hygiene";
import { closestName } from "./suggest";
import { NO_PROBLEMS, type Verdict } from "./verdict";

/** The outcome of validating props: settings are only usable when `errors` is empty. */
export interface PropsVerdict {
  readonly settings: ConnectorSettings;
  readonly errors: string[];
  readonly warnings: string[];
}

/**
 * Applies defaults and checks every prop of the props table, collecting all problems rather than
 * stopping at the first. No verdict depends on the day it runs. `scope`, the connector itself when given, lets the provider be checked against the connector's stack
 * and the construct's own id be checked for a pasted key.
 *
 * A prop that is `undefined` or `null` takes its default.
 */
export function validateConnectorProps(props: CartesiaTtsConnectorProps, scope?: IConstruct): PropsVerdict {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (props === null || typeof props !== "object" || Array.isArray(props)) {
    // One problem, not one per missing prop: the call itself is wrong.
    errors.push(`props: got ${describeValue(props)}; expected an object with at least apiKey and model.`);
    return { settings: {} as ConnectorSettings, errors, warnings };
  }
  errors.push(...unknownPropProblems(props));
  const keyInPath = scope ? findKeyLike(scope.node.path) : undefined;
  if (keyInPath) {
    // Construct ids become logical ids: a key there would be written into cdktf.out.
    errors.push(
      `id: the construct path holds what looks like a Cartesia API key (${describeFoundKey({ ...keyInPath, key: scope!.node.path })}); construct ids are written into cdktf.out. Choose another id.`,
    );
  }
  const settings: Record<string, unknown> = {};
  const context = { scope, props };
  for (const name of CONNECTOR_PROP_NAMES) {
    const entry: PropEntry = CONNECTOR_PROPS[name];
    const given: unknown = props[name] ?? undefined;
    const value = given ?? entry.fallback?.(props);
    const checked = entry.default === "required" || (given !== undefined ? true : value !== undefined && entry.checkFallback !== false);
    const verdict: Verdict = checked ? entry.check(value, context) : NO_PROBLEMS;
    if (verdict.errors.length > 0) errors.push(...verdict.errors);
    if (verdict.warnings.length > 0) warnings.push(...verdict.warnings);
    settings[name] = entry.settle ? entry.settle(value, verdict) : value;
  }
  return { settings: settings as unknown as ConnectorSettings, errors, warnings };
}

/** A prop the interface does not have: a typo (`output_format`) that would otherwise fall back to a default unseen. */
export function unknownPropProblems(props: object): string[] {
  const known: readonly string[] = CONNECTOR_PROP_NAMES;
  return Object.keys(props)
    .filter((key) => !known.includes(key) && (props as Record<string, unknown>)[key] !== undefined)
    .map((key) => {
      const meant = closestName(key, known);
      return `${describeKey(key)}: not a prop of CartesiaTtsConnector${meant ? ` (did you mean ${meant}?)` : ""}; its props are ${known.join(", ")}.`;
    });
}

/**
 * The scope and id, checked before the construct exists: the constructs library would answer a number
 * as id or a scope that is not a construct with a bare TypeError.
 */
export function constructArgumentProblems(scope: unknown, id: unknown): string[] {
  const problems: string[] = [];
  if (!isMadeConstruct(scope)) problems.push(`scope: got ${describeValue(scope)}; expected the stack (or a construct in it) to create the connector in.`);
  if (typeof id !== "string" || id.trim() === "")
    problems.push(`id: got ${describeValue(id)}; expected a construct id, a non-empty string such as "cartesia".`);
  return problems;
}

/** Where a construct that could not be created would have been, for the message. */
export function intendedPath(scope: unknown, id: unknown): string {
  const parent = isMadeConstruct(scope) ? scope.node.path : "(no scope)";
  const child = typeof id === "string" ? id : "(no id)";
  return parent === "" ? child : `${parent}/${child}`;
}
