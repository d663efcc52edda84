import { CARTESIA_API_BASE_URL, PROPERTY_LABELS } from "../../lib/connector-config";
import { GENESYS_TTS_CONNECTOR } from "../../lib/tts-connector-type";
import { CARTESIA_HOST, hostOf, nonAsciiHost } from "../shared/key-hosts";
import type { ConnectorSource } from "./render-requests";

/**
 * Where the synthesized URIs send the key: Genesys sends the credential's fields to both, so a host that
 * is neither Cartesia's nor the declared `apiBaseUrl`'s (say, a voice list pointed elsewhere by hand), or a
 * host written with look-alike letters, gets the key too. One warning per such URI.
 *
 * The declared base is `apiBaseUrl` when the source knows it (a construct), else what the synthesis URI
 * hangs off (the construct writes `<apiBaseUrl>/tts/bytes`).
 */
export function keyHostWarnings(source: ConnectorSource): string[] {
  const keys = source.propertyKeys ?? GENESYS_TTS_CONNECTOR.propertyKeys;
  const properties = source.properties ?? {};
  const synthesize = properties[keys.synthesizeUri];
  const declared =
    source.apiBaseUrl ?? (typeof synthesize === "string" && /\/tts\/bytes\/*$/.test(synthesize) ? synthesize.replace(/\/tts\/bytes\/*$/, "") : undefined);
  const declaredHost = declared === undefined ? undefined : hostOf(declared);
  const allowed = new Set([hostOf(CARTESIA_API_BASE_URL) ?? CARTESIA_HOST, ...(declaredHost === undefined ? [] : [declaredHost])]);
  const warnings: string[] = [];
  for (const [key, label] of [
    [keys.voicesUri, PROPERTY_LABELS.voicesUri],
    [keys.synthesizeUri, PROPERTY_LABELS.synthesizeUri],
  ] as const) {
    const uri = properties[key];
    const host = typeof uri === "string" ? hostOf(uri) : undefined;
    if (typeof uri !== "string" || host === undefined) continue;
    const lookAlike = nonAsciiHost(uri);
    if (lookAlike !== undefined) {
      warnings.push(
        `Properties.${key} ("${label}") names a host that is not plain ASCII (${lookAlike} to the URL parser): a look-alike letter sends the key to another host than the one it seems to name.`,
      );
    } else if (!allowed.has(host)) {
      const base = declaredHost === undefined ? "" : ` (${declaredHost})`;
      warnings.push(
        `Properties.${key} ("${label}") sends the key to ${host}, which is neither Cartesia's (${CARTESIA_HOST}) nor the declared apiBaseUrl${base}: Genesys sends the credential's fields to every URI of the properties.`,
      );
    }
  }
  return warnings;
}
