import { isLoopbackHost } from "../../../lib/shared";
import { UsageError } from "../cli/usage-error";

/** The SDK's gateway setting: where login (`<base>/oauth/token`) and the API (`<base>/api/v2/...`) go instead of the region's hosts. */
export interface GenesysGateway {
  readonly protocol: "http" | "https";
  /** Host name as it goes in a URL (`[::1]` for IPv6). */
  readonly host: string;
  readonly port?: number;
  /** A path the base URL carries (`/genesys` for `https://proxy.example.com/genesys`), or "". */
  readonly path: string;
}

/** `--endpoint URL`, checked: a base URL, and plain HTTP only to loopback, since a secret and a token go out. */
export function parseEndpoint(endpoint: string): { readonly baseUrl: string; readonly gateway: GenesysGateway } {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new UsageError(
      `--endpoint: got ${JSON.stringify(endpoint)}, which is not a URL; expected a base URL such as http://127.0.0.1:8080 or https://proxy.example.com/genesys.`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new UsageError(`--endpoint must be an http(s) URL; got ${url.protocol}`);
  if (url.search || url.hash || url.username || url.password) throw new UsageError(`--endpoint takes a base URL without query, fragment or credentials.`);
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname)) {
    throw new UsageError(
      `--endpoint ${url.origin} is plain HTTP off this machine: the OAuth secret and the token would cross the network in clear text. Use https, or a loopback address.`,
    );
  }
  const path = url.pathname.replace(/\/+$/, "");
  return {
    baseUrl: `${url.origin}${path}`,
    gateway: { protocol: url.protocol === "http:" ? "http" : "https", host: url.hostname, port: url.port === "" ? undefined : Number(url.port), path },
  };
}
