/**
 * The Genesys client: Genesys's SDK over the command's fetch, against the stand-in. Login, retries,
 * timeouts, and the SDK's process-wide config file kept out of it.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
// The module object itself, not an import's copy of it, so that a spy on it is what the SDK calls.
import nodeOs = require("node:os");
import { GenesysApiError } from "../../../tools/shared/genesys/api-error";
import { connectGenesys, type GenesysClientOptions } from "../../../tools/shared/genesys/client";
import { parseEndpoint } from "../../../tools/shared/genesys/endpoint";
import { fakeClock } from "../../support/fake-clock";
import { startFakeGenesys, TEST_CLIENT_ID, TEST_CLIENT_SECRET, TTS_CONNECTOR_TYPE } from "../../support/fake-genesys";
import { tempDir } from "../../support/helpers";
import { loopbackOnlyFetch } from "../../support/run-tool";

const ACCESS = { auth: { kind: "client-credentials", clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET }, secrets: [TEST_CLIENT_SECRET] } as const;

function options(url: string, more: Partial<GenesysClientOptions> = {}): GenesysClientOptions {
  return { access: ACCESS, gateway: parseEndpoint(url).gateway, fetch: loopbackOnlyFetch, sleep: fakeClock().sleep, addSecrets: () => undefined, ...more };
}

test("logs in with the client-credentials grant, then calls the API with the token it got; the token is handed over as a secret", async () => {
  const fake = await startFakeGenesys({});
  try {
    const secrets: string[] = [];
    const client = await connectGenesys(options(fake.url, { addSecrets: (values) => secrets.push(...values) }));
    const type = await client.integrationType(TTS_CONNECTOR_TYPE);
    expect(type.id).toBe(TTS_CONNECTOR_TYPE);
    // What the login sent (its Basic credential), then the token it got.
    expect(secrets).toEqual([`${TEST_CLIENT_ID}:${TEST_CLIENT_SECRET}`, ...fake.tokens]);
    const [login, call] = fake.requests;
    expect(login).toMatchObject({ method: "POST", url: "/oauth/token", body: "grant_type=client_credentials" });
    expect(login.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(login.headers.authorization).toBe(`Basic ${Buffer.from(`${TEST_CLIENT_ID}:${TEST_CLIENT_SECRET}`).toString("base64")}`);
    expect(call.headers.authorization).toBe(`Bearer ${fake.tokens[0]}`);
    expect(client.apiBase).toBe(fake.url);
    expect(client.requests()).toBe(2);
  } finally {
    await fake.close();
  }
});

test("an endpoint's path prefixes login and API paths, as the SDK's gateway does", async () => {
  const fake = await startFakeGenesys({});
  try {
    const seen: string[] = [];
    const client = await connectGenesys({
      ...options(`${fake.url}/proxy`),
      fetch: (url, init) => {
        seen.push(new URL(url).pathname);
        return loopbackOnlyFetch(url.replace("/proxy", ""), init);
      },
    });
    await client.integrationType(TTS_CONNECTOR_TYPE);
    expect(seen).toEqual(["/proxy/oauth/token", `/proxy/api/v2/integrations/types/${TTS_CONNECTOR_TYPE}`]);
  } finally {
    await fake.close();
  }
});

test("without an endpoint, the region's hosts: a gateway and logging set in ~/.genesyscloudjavascript/config are ignored", async () => {
  const home = tempDir("genesys-home-");
  fs.mkdirSync(path.join(home, ".genesyscloudjavascript"));
  fs.writeFileSync(
    path.join(home, ".genesyscloudjavascript", "config"),
    [
      "[logging]",
      "log_level = trace",
      "log_to_console = true",
      "log_request_body = true",
      "[gateway]",
      "host = 203.0.113.9",
      "protocol = http",
      "port = 9",
      "",
    ].join("\n"),
  );
  // The SDK finds the file through os.homedir() (jest's process.env is a copy: HOME cannot be changed for it).
  const homedir = jest.spyOn(nodeOs, "homedir").mockReturnValue(home);
  const written: string[] = [];
  const stdout = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => written.push(String(chunk)) > 0);
  const stderr = jest.spyOn(process.stderr, "write").mockImplementation((chunk) => written.push(String(chunk)) > 0);
  const consoleLog = jest.spyOn(console, "log").mockImplementation((...args) => void written.push(args.join(" ")));
  const reached: string[] = [];
  try {
    const access = { auth: { kind: "access-token", token: "token-0123456789" }, domain: "mypurecloud.de", secrets: [] } as const;
    const client = await connectGenesys({
      access,
      // No network: answers as Genesys would, so that the SDK logs the exchange if anything lets it.
      fetch: (url) => {
        reached.push(url);
        return Promise.resolve(new Response(JSON.stringify({ id: TTS_CONNECTOR_TYPE }), { status: 200, headers: { "Content-Type": "application/json" } }));
      },
      sleep: fakeClock().sleep,
      addSecrets: () => undefined,
    });
    expect(client.apiBase).toBe("https://api.mypurecloud.de");
    expect((await client.integrationType(TTS_CONNECTOR_TYPE)).id).toBe(TTS_CONNECTOR_TYPE);
  } finally {
    homedir.mockRestore();
    stdout.mockRestore();
    stderr.mockRestore();
    consoleLog.mockRestore();
  }
  expect(reached).toEqual([`https://api.mypurecloud.de/api/v2/integrations/types/${TTS_CONNECTOR_TYPE}`]);
  expect(written.join("")).toBe("");
});

test("a Retry-After longer than a minute is not waited for: the call fails, says it is the rate limit and when to run it again", async () => {
  const fake = await startFakeGenesys({ failures: [{ path: "/api/v2/integrations/types", status: 429, times: 1, retryAfter: "600" }] });
  try {
    const clock = fakeClock();
    const client = await connectGenesys(options(fake.url, { sleep: clock.sleep }));
    const error = await client.integrationType(TTS_CONNECTOR_TYPE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenesysApiError);
    expect((error as Error).message).toBe(
      `GET /api/v2/integrations/types/${TTS_CONNECTOR_TYPE}: Genesys answered 429 too.many.requests "try again (fake)" (rate limited: too many requests for this OAuth client or organization, not a credentials problem); Genesys asked to wait 600 s, longer than this command waits: run it again in 600 s or later`,
    );
    expect(clock.sleeps).toEqual([]);
  } finally {
    await fake.close();
  }
});

test("the login is retried too, and each retry is announced", async () => {
  const fake = await startFakeGenesys({ failures: [{ path: "/oauth/token", status: 502, times: 1 }] });
  try {
    const told: string[] = [];
    await connectGenesys(options(fake.url, { onRetry: (message) => told.push(message) }));
    expect(told).toEqual(["POST /oauth/token: Genesys answered 502; retrying in 1 s"]);
    expect(fake.tokens).toHaveLength(1);
  } finally {
    await fake.close();
  }
});

test("a server that never answers: each request has its own timeout", async () => {
  const server = http.createServer(() => undefined);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await expect(connectGenesys(options(url, { requestTimeoutMs: 50 }))).rejects.toThrow(`POST ${url}/oauth/token: no answer within 0.05 s`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

test("every integration of a type, across pages", async () => {
  const integrations = Array.from({ length: 5 }, (_, i) => ({ id: `00000000-0000-4000-8000-00000000000${i}`, name: `n${i}` }));
  const fake = await startFakeGenesys({ integrations, pageSize: 2 });
  try {
    const client = await connectGenesys(options(fake.url));
    expect((await client.integrations(TTS_CONNECTOR_TYPE)).map((i) => i.name)).toEqual(["n0", "n1", "n2", "n3", "n4"]);
    expect(fake.requests.filter((r) => r.url.startsWith("/api/v2/integrations?"))).toHaveLength(3);
  } finally {
    await fake.close();
  }
});
