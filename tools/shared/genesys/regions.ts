/**
 * `GENESYSCLOUD_REGION` values as the Genesys Terraform provider maps them to an organization's domain
 * (MyPureCloud/terraform-provider-genesyscloud, its provider's region map; the same domains as the SDK's
 * `PureCloudRegionHosts` in purecloud-platform-client-v2): the API is
 * `https://api.<domain>`, login `https://login.<domain>`. The provider compares case-insensitively and
 * refuses anything else, so the same environment means the same org here.
 */
export const GENESYS_REGIONS: Readonly<Record<string, string>> = {
  "us-east-1": "mypurecloud.com",
  "us-east-2": "use2.us-gov-pure.cloud",
  "us-west-2": "usw2.pure.cloud",
  "ca-central-1": "cac1.pure.cloud",
  "sa-east-1": "sae1.pure.cloud",
  "mx-central-1": "mxc1.pure.cloud",
  "eu-west-1": "mypurecloud.ie",
  "eu-west-2": "euw2.pure.cloud",
  "eu-central-1": "mypurecloud.de",
  "eu-central-2": "euc2.pure.cloud",
  "eusc-de-east-1": "edee1.eusc-pure.cloud",
  "me-central-1": "mec1.pure.cloud",
  "ap-south-1": "aps1.pure.cloud",
  "ap-southeast-1": "apse1.pure.cloud",
  "ap-southeast-2": "mypurecloud.com.au",
  "ap-northeast-1": "mypurecloud.jp",
  "ap-northeast-2": "apne2.pure.cloud",
  "ap-northeast-3": "apne3.pure.cloud",
};

/** The domain of a region (`us-east-1` -> `mypurecloud.com`), case-insensitively; undefined for an unknown one. */
export function regionDomain(region: string): string | undefined {
  const key = region.toLowerCase();
  return Object.hasOwn(GENESYS_REGIONS, key) ? GENESYS_REGIONS[key] : undefined;
}
