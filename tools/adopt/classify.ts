import { CARTESIA_API_BASE_URL } from "../../lib/connector-config";
import { apiBaseUrlIsValid } from "../../lib/shared";
import type { ConnectorPropertyKeys } from "../../lib/tts-connector-type";

/** Whose connector an integration is: Cartesia's (and at which base URL), or another vendor's. */
export type Vendor =
  | {
      readonly kind: "cartesia";
      /** The base its two URIs hang off, when they do and the construct accepts it as `apiBaseUrl`. */
      readonly apiBaseUrl?: string;
      /** Why the URIs cannot be kept, when they cannot. */
      readonly urlProblem?: string;
    }
  | { readonly kind: "other"; readonly reason: string };

const CARTESIA_HOST = new URL(CARTESIA_API_BASE_URL).hostname;

/**
 * Tells a Cartesia connector from another vendor's by its config: a URI on Cartesia's host, both URIs
 * on one base with Cartesia's paths (a proxy), or a Sonic model in the synthesis body. Another
 * vendor's is listed, never adopted: the construct would point it at Cartesia.
 */
export function classifyVendor(
  properties: Readonly<Record<string, unknown>>,
  advanced: Readonly<Record<string, unknown>>,
  keys: ConnectorPropertyKeys,
): Vendor {
  const synthesize = text(properties[keys.synthesizeUri]);
  const voices = text(properties[keys.voicesUri]);
  const body = advanced.synthesizeBody as Record<string, unknown> | undefined;
  const model = typeof body === "object" && body !== null ? body.model_id : undefined;
  const onCartesia = [synthesize, voices].some((uri) => uri !== undefined && hostOf(uri) === CARTESIA_HOST);
  const base = synthesize?.endsWith("/tts/bytes") && voices?.endsWith("/voices/export") ? synthesize.slice(0, -"/tts/bytes".length) : undefined;
  const sameBase = base !== undefined && voices === `${base}/voices/export` ? base : undefined;
  const sonic = typeof model === "string" && /^sonic/.test(model);
  if (!onCartesia && sameBase === undefined && !sonic) {
    return { kind: "other", reason: `another TTS vendor's: its synthesize URI is ${synthesize === undefined ? "not set" : JSON.stringify(synthesize)}` };
  }
  if (sameBase === undefined) return { kind: "cartesia", urlProblem: "its two URIs do not hang off one base URL" };
  if (sameBase === CARTESIA_API_BASE_URL) return { kind: "cartesia" };
  const problem = apiBaseUrlIsValid(sameBase).errors[0];
  return problem === undefined
    ? { kind: "cartesia", apiBaseUrl: sameBase }
    : { kind: "cartesia", urlProblem: `its base URL is not one the construct accepts (${problem})` };
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function hostOf(uri: string): string | undefined {
  try {
    return new URL(uri).hostname;
  } catch {
    return undefined;
  }
}
