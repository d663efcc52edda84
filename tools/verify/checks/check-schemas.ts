import type { Models } from "../../shared/genesys/sdk";
import { failed, notChecked, passed, type CheckResult } from "../report";
import type { ExpectedConnector } from "../expected";
import { describeFailure } from "./describe-failure";

/** The keys of one of the type's config schemas: what `--format json` prints for users to send us. */
export interface SchemaKeys {
  readonly keys: readonly string[];
  readonly required: readonly string[];
}

/** What check 2 found, with the schemas' keys when they could be read. */
export interface SchemaVerdict {
  readonly result: CheckResult;
  readonly properties?: SchemaKeys;
  readonly advanced?: SchemaKeys;
}

/**
 * Check 2: every key we write is in the type's config schemas (`properties`, and the top-level keys of
 * `advanced`), and every key they require is one we set. This confirms or refutes the property keys,
 * which come from one third-party source (Telnyx's TTS Connector installer, team-telnyx/telnyx-genesys-integrations-shared,
 * lib/genesys/tts-connector-*.mjs).
 */
export function checkSchemas(
  expected: ExpectedConnector,
  answers: { readonly properties: Models.JsonSchemaDocument | Error; readonly advanced: Models.JsonSchemaDocument | Error } | undefined,
): SchemaVerdict {
  if (answers === undefined) return { result: notChecked("schemas", "not checked: the integration type could not be read.") };
  const keysOf = (schema: Models.JsonSchemaDocument): SchemaKeys => ({
    keys: Object.keys(schema.properties ?? {}).sort(),
    required: [...(schema.required ?? [])].sort(),
  });
  const problems: string[] = [];
  const found: { properties?: SchemaKeys; advanced?: SchemaKeys } = {};
  let written = 0;
  for (const kind of ["properties", "advanced"] as const) {
    const answer = answers[kind];
    if (answer instanceof Error) {
      problems.push(`could not read the ${kind} schema: ${describeFailure(answer)}`);
      continue;
    }
    const schema = (found[kind] = keysOf(answer));
    const ours = Object.keys(expected[kind] ?? {}).sort();
    written += ours.length;
    const unknown = ours.filter((key) => !schema.keys.includes(key));
    const missing = schema.required.filter((key) => !ours.includes(key));
    if (unknown.length > 0) {
      problems.push(
        `${kind}: ${unknown.join(", ")} ${unknown.length === 1 ? "is" : "are"} not in the type's schema, whose keys are ${schema.keys.join(", ") || "none"}.`,
      );
    }
    if (missing.length > 0) problems.push(`${kind}: the schema requires ${missing.join(", ")}, which the synthesized config does not set.`);
  }
  if (problems.length > 0) {
    return {
      ...found,
      result: failed("schemas", "the synthesized config does not fit the type's config schemas.", [
        ...problems,
        "Our property keys come from one third-party source: if Genesys names them otherwise, set connectorType.propertyKeys, and send us the schema keys (--format json prints them).",
      ]),
    };
  }
  return { ...found, result: passed("schemas", `all ${written} keys we write are in the type's config schemas, and we set every key they require.`) };
}
