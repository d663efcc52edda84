import { UsageError } from "../cli/usage-error";
import { GENESYS_REGIONS, regionDomain } from "./regions";

/** The variables the Genesys Terraform provider reads, so that the environment of `cdktf deploy` works unchanged. */
export const GENESYS_ENV = {
  clientId: "GENESYSCLOUD_OAUTHCLIENT_ID",
  clientSecret: "GENESYSCLOUD_OAUTHCLIENT_SECRET",
  accessToken: "GENESYSCLOUD_ACCESS_TOKEN",
  region: "GENESYSCLOUD_REGION",
} as const;

/** How to log in: an OAuth client (client-credentials grant) or a token someone else obtained. */
export type GenesysAuth =
  { readonly kind: "client-credentials"; readonly clientId: string; readonly clientSecret: string } | { readonly kind: "access-token"; readonly token: string };

/** Who to log in as, and where. */
export interface GenesysAccess {
  readonly auth: GenesysAuth;
  /** The region as given, when given. */
  readonly region?: string;
  /** Its domain (`mypurecloud.com`); undefined when `--endpoint` replaces the region's hosts. */
  readonly domain?: string;
  /** Values no output may show: the client secret or the token. */
  readonly secrets: readonly string[];
}

/**
 * Reads the Genesys credentials and region from the environment as the provider does: a set
 * `GENESYSCLOUD_ACCESS_TOKEN` wins over the OAuth client; `GENESYSCLOUD_REGION` is required (any case)
 * unless an endpoint replaces the region's hosts. Every problem is a `UsageError` that names the variable.
 */
export function readGenesysAccess(env: Readonly<Record<string, string | undefined>>, options: { readonly endpointGiven: boolean }): GenesysAccess {
  const value = (name: string) => (env[name] === undefined || env[name] === "" ? undefined : env[name]);
  const token = value(GENESYS_ENV.accessToken);
  const clientId = value(GENESYS_ENV.clientId);
  const clientSecret = value(GENESYS_ENV.clientSecret);
  let auth: GenesysAuth;
  if (token !== undefined) {
    auth = { kind: "access-token", token };
  } else if (clientId !== undefined && clientSecret !== undefined) {
    auth = { kind: "client-credentials", clientId, clientSecret };
  } else if (clientId !== undefined || clientSecret !== undefined) {
    const missing = clientId === undefined ? GENESYS_ENV.clientId : GENESYS_ENV.clientSecret;
    const given = clientId === undefined ? GENESYS_ENV.clientSecret : GENESYS_ENV.clientId;
    throw new UsageError(`${given} is set but ${missing} is not; an OAuth client needs both (or set ${GENESYS_ENV.accessToken}).`);
  } else {
    throw new UsageError(
      `no Genesys Cloud credentials: set ${GENESYS_ENV.clientId} and ${GENESYS_ENV.clientSecret} (an OAuth client with the client-credentials grant), or ${GENESYS_ENV.accessToken}; the variables the Genesys provider reads for cdktf deploy.`,
    );
  }
  const secrets = auth.kind === "access-token" ? [auth.token] : [auth.clientSecret];

  const region = value(GENESYS_ENV.region);
  if (region === undefined) {
    if (options.endpointGiven) return { auth, secrets };
    throw new UsageError(
      `${GENESYS_ENV.region} is not set; set it to your organization's region, e.g. us-east-1 (one of ${Object.keys(GENESYS_REGIONS).join(", ")}).`,
    );
  }
  const domain = regionDomain(region);
  if (domain === undefined) {
    throw new UsageError(
      `${GENESYS_ENV.region}: got ${JSON.stringify(region)}, which is not a Genesys Cloud region; allowed: ${Object.keys(GENESYS_REGIONS).join(", ")}.`,
    );
  }
  return { auth, region, domain: options.endpointGiven ? undefined : domain, secrets };
}
