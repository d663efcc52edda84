import { containsKeyLike, maskSecret } from "../../lib/shared";
import { quotedName } from "./text-escaping";

/** A location in a JSON document: object keys and array indexes from the root. */
export type JsonPath = readonly (string | number)[];

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Renders a path the way JSONPath does: `$.resource.genesyscloud_integration.x.config[0].name`;
 * keys that are not identifiers are quoted, control characters spelled out: `$.resource...fields["X-Api-Key"]`.
 * A key that could be a Cartesia key is masked: paths are printed.
 */
export function formatPath(path: JsonPath): string {
  return (
    "$" +
    path
      .map((segment) =>
        typeof segment === "number"
          ? `[${segment}]`
          : containsKeyLike(segment)
            ? `[${quotedName(maskSecret(segment))}]`
            : IDENTIFIER.test(segment)
              ? `.${segment}`
              : `[${quotedName(segment)}]`,
      )
      .join("")
  );
}

/** Whether a value is a JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A JSON object's own member, never one inherited from `Object.prototype`: a resource named
 * `constructor` or an attribute named `toString` is only what the document says it is.
 */
export function own(value: unknown, key: string): unknown {
  return isJsonObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}
