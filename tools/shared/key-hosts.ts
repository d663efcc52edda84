/**
 * The hosts a connector sends its key to: Genesys sends the credential's fields, the key among them, as
 * headers on every request to the URIs of the integration's properties.
 */

/** Cartesia's own API host. */
export const CARTESIA_HOST = "api.cartesia.ai";

/** A URL's host as the URL parser reads it (ASCII; punycode for an IDN), or undefined when it is not a URL. */
export function hostOf(uri: string): string | undefined {
  try {
    return new URL(uri).host;
  } catch {
    return undefined;
  }
}

/** The hosts of the URIs that are URLs, sorted and each once. */
export function keyHosts(uris: readonly unknown[]): string[] {
  const hosts = new Set<string>();
  for (const uri of uris) {
    const host = typeof uri === "string" ? hostOf(uri) : undefined;
    if (host !== undefined) hosts.add(host);
  }
  return [...hosts].sort();
}

/**
 * The host of a URI when it is not plain ASCII: written with other letters (which the URL parser turns
 * into punycode silently) or in punycode (`xn--`) itself. A look-alike letter sends the key elsewhere.
 */
export function nonAsciiHost(uri: string): string | undefined {
  const written = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#]*)/.exec(uri)?.[1];
  const host = hostOf(uri);
  if (written === undefined || host === undefined) return undefined;
  return /[^\u0020-\u007e]/.test(written) || host.split(".").some((label) => label.toLowerCase().startsWith("xn--")) ? host : undefined;
}
