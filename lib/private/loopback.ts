/**
 * Whether a URL's host name is this machine (`localhost`, `127.0.0.0/8`, `::1`): the only place where
 * plain HTTP cannot carry a key or a token across a network. The one rule for `apiBaseUrl` and for
 * every command's `--endpoint`.
 */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || hostname === "::1" || /^127(\.\d{1,3}){3}$/.test(hostname);
}
