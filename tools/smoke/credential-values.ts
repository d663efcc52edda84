import { API_KEY_HEADER, DEFAULT_CARTESIA_VERSION, VERSION_HEADER } from "../../lib/connector-config";
import type { FieldSource } from "../shared/synthesized-connectors";
import { ADMIN_KEY_PREFIX, containsKeyLike } from "../../lib/shared";
import { secretsFromEnv } from "../shared/cli/env-secrets";

/** Environment variables, as `process.env` holds them. */
export type Env = Readonly<Record<string, string | undefined>>;

/** Environment variable that supplies the API key at smoke time, whatever the credential references. */
export const API_KEY_ENV = "CARTESIA_API_KEY";
/** Environment variable for the version header when the credential is managed outside the stack. */
export const VERSION_ENV = "CARTESIA_VERSION";

/** A header whose value the environment did not supply. */
export interface MissingValue {
  /** The header (credential field) name. */
  readonly header: string;
  /** Environment variables, any of which would supply it. */
  readonly env: readonly string[];
}

/** The credential's fields turned into the headers Genesys sends, with their values from the environment. */
export interface CredentialHeaders {
  /** Header name -> value, for the headers whose value is known. */
  readonly headers: Readonly<Record<string, string>>;
  /** Values that must never be printed or written (the key, values of sensitive variables). */
  readonly secrets: readonly string[];
  /**
   * Headers whose value came from a secret, whatever their name: the key, a sensitive variable, a value
   * that looks like a key or holds a secret of the environment. Plain HTTP carries them only to loopback.
   */
  readonly secretHeaders: readonly string[];
  /** Headers that could not be given a value. */
  readonly missing: readonly MissingValue[];
  /** Where each header's value came from, safe to print: `X-Api-Key <- $TF_VAR_cartesia_api_key`. */
  readonly origins: Readonly<Record<string, string>>;
  /** Things worth saying before anything is sent. */
  readonly warnings: readonly string[];
}

const VAR_REF = /\$\{var\.([A-Za-z0-9_-]+)\}/g;

/** Whether a credential field carries the key (Genesys sends it as a header of the same name). */
export function isKeyHeader(name: string): boolean {
  return /^(x-api-key|authorization)$/i.test(name);
}

/**
 * Resolves a credential's fields into header values from the environment, never from the synthesized
 * file: a variable `X` is read from `TF_VAR_X` (what terraform will deploy), and the key field may be
 * overridden by `CARTESIA_API_KEY`. `fields` is undefined when the credential is managed outside the
 * stack (`CartesiaApiKey.fromExistingCredential`); then the guide's two fields are assumed.
 */
export function resolveCredentialHeaders(fields: Readonly<Record<string, FieldSource>> | undefined, env: Env): CredentialHeaders {
  // No prototype: a field named "__proto__" is a header like any other, never Object's.
  const headers: Record<string, string> = Object.create(null) as Record<string, string>;
  const origins: Record<string, string> = Object.create(null) as Record<string, string>;
  const secrets: string[] = [];
  const missing: MissingValue[] = [];
  const warnings: string[] = [];
  const overrideKey = nonEmpty(env[API_KEY_ENV]);

  const useKey = (header: string, value: string, origin: string) => {
    headers[header] = value;
    origins[header] = origin;
    secrets.push(overrideKey ?? value, value);
  };

  if (fields === undefined) {
    warnings.push(`the credential is not a resource of this stack (managed elsewhere): assuming the guide's fields ${API_KEY_HEADER} and ${VERSION_HEADER}.`);
    if (overrideKey) useKey(API_KEY_HEADER, overrideKey, `$${API_KEY_ENV}`);
    else missing.push({ header: API_KEY_HEADER, env: [API_KEY_ENV] });
    headers[VERSION_HEADER] = nonEmpty(env[VERSION_ENV]) ?? DEFAULT_CARTESIA_VERSION;
    origins[VERSION_HEADER] = nonEmpty(env[VERSION_ENV]) ? `$${VERSION_ENV}` : "the guide's default (set CARTESIA_VERSION to match the credential)";
    return finish();
  }

  for (const [header, source] of Object.entries(fields)) {
    const keyField = isKeyHeader(header);
    const variables = source.kind === "variable" ? [source.name] : source.kind === "expression" ? varRefs(source.expression) : [];
    const fromTfVars = variables.map((name) => nonEmpty(env[`TF_VAR_${name}`]));

    if (keyField) {
      if (source.kind === "literal" && containsKeyLike(source.value)) {
        warnings.push(
          `${header} holds a literal key in cdk.tf.json: the key is in plain text in cdktf.out. Pass it with CartesiaApiKey.fromVariable; the smoke test does not use it.`,
        );
      }
      if (overrideKey) {
        // Genesys sends the field's value as written, the key in it: an `Authorization` field written
        // as the bare variable goes out without "Bearer", and Cartesia's contract check says so.
        const written = keyAsWritten(source, overrideKey, env);
        if (written.warning !== undefined) warnings.push(`${header} ${written.warning}`);
        if (written.missing.length > 0) {
          missing.push({ header, env: written.missing });
          continue;
        }
        useKey(header, written.value, `$${API_KEY_ENV}`);
        const deployed = source.kind === "variable" ? fromTfVars[0] : undefined;
        if (deployed !== undefined && deployed !== overrideKey) {
          warnings.push(`$${API_KEY_ENV} differs from $TF_VAR_${variables[0]}: this test uses $${API_KEY_ENV}, the deploy will use $TF_VAR_${variables[0]}.`);
        }
        secrets.push(...fromTfVars.filter((v): v is string => v !== undefined));
        continue;
      }
      if (variables.length > 0 && fromTfVars.every((v) => v !== undefined)) {
        // Exactly what terraform will put in the field, and so what Genesys will send.
        const value = source.kind === "variable" ? fromTfVars[0] : fillVariables(source.kind === "expression" ? source.expression : "", env);
        headers[header] = value;
        origins[header] = variables.map((name) => `$TF_VAR_${name}`).join(", ");
        secrets.push(value, ...fromTfVars);
        continue;
      }
      missing.push({ header, env: [API_KEY_ENV, ...variables.map((name) => `TF_VAR_${name}`)] });
      if (source.kind === "expression" && variables.length === 0) {
        warnings.push(`${header} comes from ${source.expression}, which only terraform can resolve: set ${API_KEY_ENV}.`);
      }
      continue;
    }

    if (source.kind === "literal") {
      headers[header] = source.value;
      origins[header] = "cdk.tf.json";
      if (containsKeyLike(source.value)) {
        warnings.push(
          `${header} holds what looks like a literal key in cdk.tf.json: it is in plain text in cdktf.out. Pass it with a sensitive variable set at deploy time.`,
        );
      }
      continue;
    }
    if (source.kind === "expression" && variables.length === 0) {
      missing.push({ header, env: [] });
      warnings.push(`${header} comes from ${source.expression}, which only terraform can resolve: this test cannot send it.`);
      continue;
    }
    const absent = variables.filter((_, i) => fromTfVars[i] === undefined);
    if (absent.length > 0) {
      missing.push({ header, env: absent.map((name) => `TF_VAR_${name}`) });
      continue;
    }
    const value = source.kind === "variable" ? fromTfVars[0]! : fillVariables(source.kind === "expression" ? source.expression : "", env);
    headers[header] = value;
    origins[header] = variables.map((name) => `$TF_VAR_${name}`).join(", ");
    if ((source.kind === "variable" && source.sensitive) || (source.kind === "expression" && (source.sensitiveVariables?.length ?? 0) > 0)) secrets.push(value);
  }
  return finish();

  function finish(): CredentialHeaders {
    for (const [header, value] of Object.entries(headers)) {
      if (isKeyHeader(header) && value.replace(/^Bearer /, "").startsWith(ADMIN_KEY_PREFIX)) {
        warnings.push(`${header} is an admin key (${ADMIN_KEY_PREFIX}...): admin keys cannot call text-to-speech; create a standard key.`);
      }
    }
    // By value, not by name: a header called X-Trace that carries the key is a secret header all the same.
    const known = [...secrets, ...secretsFromEnv(env)];
    const secretHeaders = Object.keys(headers).filter((header) => {
      const value = headers[header];
      const secret = isKeyHeader(header) || containsKeyLike(value) || known.some((s) => s.length >= 4 && value.includes(s));
      if (secret) secrets.push(value);
      return secret;
    });
    return { headers, origins, secrets: [...new Set(secrets)], secretHeaders, missing, warnings };
  }
}

/**
 * A key field's value with `key` where the field holds the key, as Genesys would send it: a variable
 * is the key; a template keeps its text around it (`Bearer ${var.key}`), the key taking the place of
 * its sensitive variables (or of its one variable), the others read from `TF_VAR_`; a literal keeps a
 * `Bearer ` before it. What only terraform resolves is sent as the key alone, with a warning.
 */
function keyAsWritten(source: FieldSource, key: string, env: Env): { value: string; warning?: string; missing: string[] } {
  if (source.kind === "literal") return { value: /^Bearer\s/i.test(source.value) ? `Bearer ${key}` : key, missing: [] };
  if (source.kind !== "expression") return { value: key, missing: [] };
  const refs = varRefs(source.expression);
  const sensitive = refs.filter((name) => source.sensitiveVariables?.includes(name));
  const keyVariables = sensitive.length > 0 ? sensitive : refs.length === 1 ? refs : [];
  if (keyVariables.length === 0) {
    return {
      value: key,
      missing: [],
      warning: `comes from ${source.expression}, which only terraform can resolve: this test sends $${API_KEY_ENV} as its whole value.`,
    };
  }
  const absent = refs.filter((name) => !keyVariables.includes(name) && nonEmpty(env[`TF_VAR_${name}`]) === undefined);
  if (absent.length > 0) return { value: key, missing: absent.map((name) => `TF_VAR_${name}`) };
  const value = source.expression.replace(VAR_REF, (_m, name: string) => (keyVariables.includes(name) ? key : nonEmpty(env[`TF_VAR_${name}`])!));
  return { value, missing: [] };
}

/** Replaces each `${var.X}` of a terraform template with `$TF_VAR_X`; call only when all are set. */
function fillVariables(expression: string, env: Env): string {
  return expression.replace(VAR_REF, (_m, name: string) => nonEmpty(env[`TF_VAR_${name}`]) ?? "");
}

/** The variables a template reads; none when it also reads anything else (only terraform can resolve that). */
function varRefs(expression: string): string[] {
  if (expression.replace(VAR_REF, "").includes("${")) return [];
  return [...new Set([...expression.matchAll(VAR_REF)].map((m) => m[1]))];
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== "" ? value : undefined;
}
