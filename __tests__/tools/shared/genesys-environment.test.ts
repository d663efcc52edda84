/** The Genesys provider's environment, read the same way; regions mapped as it maps them; `--endpoint` checked. */
import { parseEndpoint } from "../../../tools/shared/genesys/endpoint";
import { readGenesysAccess } from "../../../tools/shared/genesys/environment";
import { GENESYS_REGIONS, regionDomain } from "../../../tools/shared/genesys/regions";
import { loadGenesysSdk } from "../../../tools/shared/genesys/sdk";

const CLIENT = { GENESYSCLOUD_OAUTHCLIENT_ID: "client-id", GENESYSCLOUD_OAUTHCLIENT_SECRET: "client-secret-value" };

describe("readGenesysAccess", () => {
  test("an OAuth client and a region: client credentials, the region's domain, the secret to mask", () => {
    expect(readGenesysAccess({ ...CLIENT, GENESYSCLOUD_REGION: "eu-central-1" }, { endpointGiven: false })).toEqual({
      auth: { kind: "client-credentials", clientId: "client-id", clientSecret: "client-secret-value" },
      region: "eu-central-1",
      domain: "mypurecloud.de",
      secrets: ["client-secret-value"],
    });
  });

  test("a set access token wins over the OAuth client, as in the provider", () => {
    const access = readGenesysAccess({ ...CLIENT, GENESYSCLOUD_ACCESS_TOKEN: "token-value", GENESYSCLOUD_REGION: "US-WEST-2" }, { endpointGiven: false });
    expect(access).toMatchObject({ auth: { kind: "access-token", token: "token-value" }, domain: "usw2.pure.cloud", secrets: ["token-value"] });
  });

  test("an empty variable counts as unset", () => {
    expect(() =>
      readGenesysAccess({ GENESYSCLOUD_ACCESS_TOKEN: "", GENESYSCLOUD_OAUTHCLIENT_ID: "id", GENESYSCLOUD_OAUTHCLIENT_SECRET: "" }, { endpointGiven: true }),
    ).toThrow("GENESYSCLOUD_OAUTHCLIENT_ID is set but GENESYSCLOUD_OAUTHCLIENT_SECRET is not; an OAuth client needs both (or set GENESYSCLOUD_ACCESS_TOKEN).");
  });

  test("with an endpoint, the region is optional: the endpoint replaces its hosts", () => {
    expect(readGenesysAccess(CLIENT, { endpointGiven: true })).toEqual({ auth: expect.anything(), secrets: ["client-secret-value"] });
    expect(readGenesysAccess({ ...CLIENT, GENESYSCLOUD_REGION: "us-east-1" }, { endpointGiven: true }).domain).toBeUndefined();
  });
});

describe("regions", () => {
  test("the eighteen regions the provider maps (the SDK's PureCloudRegionHosts holds the same), case-insensitively; anything else is unknown", () => {
    expect(Object.keys(GENESYS_REGIONS)).toHaveLength(18);
    expect(regionDomain("ap-northeast-3")).toBe("apne3.pure.cloud");
    expect(regionDomain("Eusc-De-East-1")).toBe("edee1.eusc-pure.cloud");
    expect(regionDomain("us-east-1 ")).toBeUndefined();
    expect(regionDomain("toString")).toBeUndefined();
  });

  test("the same domains as the SDK's own PureCloudRegionHosts", async () => {
    const hosts = (await loadGenesysSdk()).PureCloudRegionHosts;
    expect(Object.fromEntries(Object.entries(GENESYS_REGIONS).map(([region, domain]) => [region.replace(/-/g, "_"), domain]))).toEqual(hosts);
  });
});

describe("parseEndpoint", () => {
  test("a base URL becomes the SDK's gateway, its path included", () => {
    expect(parseEndpoint("https://proxy.example.com/genesys/")).toEqual({
      baseUrl: "https://proxy.example.com/genesys",
      gateway: { protocol: "https", host: "proxy.example.com", port: undefined, path: "/genesys" },
    });
    expect(parseEndpoint("http://127.0.0.1:8080").gateway).toEqual({ protocol: "http", host: "127.0.0.1", port: 8080, path: "" });
    expect(parseEndpoint("http://[::1]:9").gateway.host).toBe("[::1]");
  });

  test.each([
    ["not a url", '--endpoint: got "not a url", which is not a URL; expected a base URL such as http://127.0.0.1:8080 or https://proxy.example.com/genesys.'],
    ["ftp://127.0.0.1", "--endpoint must be an http(s) URL; got ftp:"],
    ["https://proxy.example.com/?a=1", "--endpoint takes a base URL without query, fragment or credentials."],
    ["https://user:pw@proxy.example.com", "--endpoint takes a base URL without query, fragment or credentials."],
    [
      "http://10.0.0.5:8080",
      "--endpoint http://10.0.0.5:8080 is plain HTTP off this machine: the OAuth secret and the token would cross the network in clear text. Use https, or a loopback address.",
    ],
  ])("%s is refused", (endpoint, message) => {
    expect(() => parseEndpoint(endpoint)).toThrow(message);
  });
});
