import { Token } from "cdktf";
import { ApiKeySourceKind, CartesiaApiKey } from "../../cartesia-api-key";
import { describeKey, describeValue } from "../describe-value";
import { EXAMPLE_GENESYS_ID, isGenesysId } from "../genesys-id";
import type { Verdict } from "../verdict";

const KEYS = ["integrationId", "credentialId"];

/**
 * Checks `importExisting`: literal Genesys ids (UUIDs; a token cannot be checked, and a name pasted
 * where an id belongs would only fail at plan), known keys only, and no credential id when the
 * connector creates no credential to import it into.
 */
export function importExistingIsValid(value: unknown, apiKey: unknown): Verdict {
  const errors = importExistingProblems(value, apiKey);
  const createsCredential = !(apiKey instanceof CartesiaApiKey && apiKey.kind === ApiKeySourceKind.EXISTING_CREDENTIAL);
  const noCredential = errors.length === 0 && createsCredential && ((value as Record<string, unknown>).credentialId ?? undefined) === undefined;
  const warnings = noCredential
    ? [
        "importExisting: no credentialId, so the connector creates a new credential and links it in place of the one the integration uses (which stays, unused). To adopt that one instead, pass its id as credentialId (cartesia-genesys adopt prints it).",
      ]
    : [];
  return { errors, warnings };
}

/** The errors of `importExisting` alone. */
function importExistingProblems(value: unknown, apiKey: unknown): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return [`importExisting: got ${describeValue(value)}; expected { integrationId: "<integration id>", credentialId?: "<credential id>" }.`];
  }
  const given = value as Record<string, unknown>;
  const problems = Object.keys(given)
    .filter((key) => !KEYS.includes(key) && given[key] !== undefined)
    .map((key) => `importExisting.${describeKey(key)}: not a key of importExisting; its keys are ${KEYS.join(", ")}.`);
  problems.push(...idProblems("integrationId", "integration", given.integrationId, true));
  const credentialId = given.credentialId ?? undefined;
  if (credentialId !== undefined) {
    problems.push(...idProblems("credentialId", "credential", credentialId, false));
    if (apiKey instanceof CartesiaApiKey && apiKey.kind === ApiKeySourceKind.EXISTING_CREDENTIAL) {
      problems.push(
        `importExisting.credentialId: got ${describeValue(credentialId)}, but apiKey is CartesiaApiKey.fromExistingCredential(${describeValue(apiKey.value)}): the connector creates no credential to import it into. Remove credentialId; the existing credential is linked as it is.`,
      );
    }
  }
  return problems;
}

function idProblems(key: string, what: string, value: unknown, required: boolean): string[] {
  const prop = `importExisting.${key}`;
  if (value === undefined || value === null) return required ? [`${prop}: missing; expected the ${what}'s id, a UUID such as ${EXAMPLE_GENESYS_ID}.`] : [];
  if (typeof value === "string" && Token.isUnresolved(value)) {
    return [`${prop}: got a token; expected the ${what}'s id as a literal, a UUID such as ${EXAMPLE_GENESYS_ID} (import blocks are read at plan time).`];
  }
  if (!isGenesysId(value)) {
    return [
      `${prop}: got ${describeValue(value)}, which is not a Genesys ${what} id; expected a UUID such as ${EXAMPLE_GENESYS_ID}. cartesia-genesys adopt lists the organization's connectors with their ids.`,
    ];
  }
  return [];
}
