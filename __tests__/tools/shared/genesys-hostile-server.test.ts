/**
 * The Genesys client against a hostile server: one that stalls (headers then nothing, a body that
 * drips), redirects, echoes what it was sent, lists in circles, or hands out ids that are not ids.
 * Every case ends in a bounded, exact answer; no request goes where an odd id would lead.
 */
import { GenesysApiError, GenesysAuthError } from "../../../tools/shared/genesys/api-error";
import { connectGenesys, MAX_LISTED, type GenesysClientOptions } from "../../../tools/shared/genesys/client";
import { startDeadline } from "../../../tools/shared/genesys/deadline";
import { parseEndpoint } from "../../../tools/shared/genesys/endpoint";
import { pathProblem } from "../../../tools/shared/genesys/fetch-http-client";
import { fakeClock } from "../../support/fake-clock";
import {
  startFakeGenesys,
  TEST_CLIENT_ID,
  TEST_CLIENT_SECRET,
  TTS_CONNECTOR_TYPE,
  type FakeGenesys,
  type FakeGenesysOptions,
} from "../../support/fake-genesys";
import { loopbackOnlyFetch } from "../../support/run-tool";

const ACCESS = { auth: { kind: "client-credentials", clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET }, secrets: [TEST_CLIENT_SECRET] } as const;
const UUID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

function options(url: string, more: Partial<GenesysClientOptions> = {}): GenesysClientOptions {
  return { access: ACCESS, gateway: parseEndpoint(url).gateway, fetch: loopbackOnlyFetch, sleep: fakeClock().sleep, addSecrets: () => undefined, ...more };
}

async function withFake<T>(fakeOptions: FakeGenesysOptions, body: (fake: FakeGenesys) => Promise<T>): Promise<T> {
  const fake = await startFakeGenesys(fakeOptions);
  try {
    return await body(fake);
  } finally {
    await fake.close();
  }
}

/** The rejection of a call and how long it took, in wall-clock milliseconds. */
async function timed(call: Promise<unknown>): Promise<{ readonly message: string; readonly ms: number }> {
  const start = performance.now();
  const error = await call.then(
    () => new Error("(resolved)"),
    (e: unknown) => e as Error,
  );
  return { message: error.message, ms: performance.now() - start };
}

describe("stalls: every request has a deadline over headers and body", () => {
  test("headers, then nothing: the login ends at its request timeout", async () => {
    await withFake({ hostile: [{ kind: "stall-after-headers", path: "/oauth/token" }] }, async (fake) => {
      const { message, ms } = await timed(connectGenesys(options(fake.url, { requestTimeoutMs: 200 })));
      expect(message).toBe(`POST ${fake.url}/oauth/token: no answer within 0.2 s`);
      expect(ms).toBeLessThan(5000);
    });
  });

  test("a body that drips a byte every 20 ms: the call ends at its request timeout, not when the server stops", async () => {
    await withFake({ hostile: [{ kind: "slow-body", path: "/api/v2/integrations/types", everyMs: 20 }] }, async (fake) => {
      const client = await connectGenesys(options(fake.url, { requestTimeoutMs: 300 }));
      const { message, ms } = await timed(client.integrationType(TTS_CONNECTOR_TYPE));
      expect(message).toBe(`GET ${fake.url}/api/v2/integrations/types/${TTS_CONNECTOR_TYPE}: no answer within 0.3 s`);
      expect(ms).toBeLessThan(5000);
    });
  });

  test("a fetch that ignores the abort signal and never settles: the deadline holds by itself", async () => {
    const never: GenesysClientOptions["fetch"] = () => new Promise<Response>(() => undefined);
    const { message, ms } = await timed(connectGenesys(options("http://127.0.0.1:9", { fetch: never, requestTimeoutMs: 100 })));
    expect(message).toBe("POST http://127.0.0.1:9/oauth/token: no answer within 0.1 s");
    expect(ms).toBeLessThan(5000);
  });

  test("the command's --timeout is nearer than the request timeout: the request ends at --timeout and says so", async () => {
    await withFake({ hostile: [{ kind: "stall-after-headers", path: "/oauth/token" }] }, async (fake) => {
      const deadline = startDeadline(() => performance.now(), 0.25);
      const { message, ms } = await timed(connectGenesys(options(fake.url, { deadline })));
      expect(message).toBe(`POST ${fake.url}/oauth/token: no answer before --timeout (0.25 s) ran out`);
      expect(ms).toBeLessThan(5000);
    });
  });

  test("--timeout already passed: nothing is sent", async () => {
    await withFake({}, async (fake) => {
      const deadline = startDeadline(() => performance.now(), 0);
      await expect(connectGenesys(options(fake.url, { deadline }))).rejects.toThrow(
        `POST ${fake.url}/oauth/token: not sent: no answer before --timeout (0 s) ran out`,
      );
      expect(fake.requests).toEqual([]);
    });
  });
});

describe("redirects are not followed", () => {
  test("a login that redirects: refused, and the target never hears of the secret", async () => {
    await withFake({}, async (elsewhere) => {
      await withFake({ hostile: [{ kind: "redirect", path: "/oauth/token", location: `${elsewhere.url}/oauth/token` }] }, async (fake) => {
        await expect(connectGenesys(options(fake.url))).rejects.toThrow(
          `POST ${fake.url}/oauth/token: Genesys answered 302, a redirect to "${elsewhere.url}/oauth/token", which is not followed: the token would go with it`,
        );
        expect(elsewhere.requests).toEqual([]);
      });
    });
  });

  test("an API call that redirects: refused, the bearer token stays home", async () => {
    await withFake({}, async (elsewhere) => {
      await withFake({ hostile: [{ kind: "redirect", path: "/api/v2/integrations/types", location: `${elsewhere.url}/x` }] }, async (fake) => {
        const client = await connectGenesys(options(fake.url));
        await expect(client.integrationType(TTS_CONNECTOR_TYPE)).rejects.toThrow(`Genesys answered 302, a redirect to "${elsewhere.url}/x"`);
        expect(elsewhere.requests).toEqual([]);
      });
    });
  });
});

describe("the login's answer", () => {
  test("200 without access_token is a bad answer from the login endpoint, not a refused token later", async () => {
    await withFake({ hostile: [{ kind: "login-answer", body: { token_type: "bearer", expires_in: 86399 } }] }, async (fake) => {
      const error = (await connectGenesys(options(fake.url)).catch((e: unknown) => e)) as Error;
      expect(error).toBeInstanceOf(GenesysAuthError);
      expect(error.message).toBe(
        `login at ${fake.url}/oauth/token: a bad answer from the login endpoint: it answered success without an access_token. Is --endpoint the Genesys Cloud login?`,
      );
      expect(fake.requests).toHaveLength(1);
    });
  });

  test("a 429 on the login is the rate limit, not the credentials", async () => {
    await withFake({ failures: [{ path: "/oauth/token", status: 429, times: 9, retryAfter: "120" }] }, async (fake) => {
      const error = (await connectGenesys(options(fake.url)).catch((e: unknown) => e)) as Error;
      expect(error).toBeInstanceOf(GenesysApiError);
      expect(error.message).toBe(
        'POST /oauth/token: Genesys answered 429 too.many.requests "try again (fake)" (rate limited: too many requests for this OAuth client or organization, not a credentials problem); Genesys asked to wait 120 s, longer than this command waits: run it again in 120 s or later',
      );
    });
  });

  test("a 429 whose Retry-After fits in --timeout is waited for; one that does not ends the command at once, saying when to retry", async () => {
    await withFake({ failures: [{ path: "/oauth/token", status: 429, times: 1, retryAfter: "3" }] }, async (fake) => {
      const clock = fakeClock();
      await connectGenesys(options(fake.url, { sleep: clock.sleep, deadline: startDeadline(clock.now, 10) }));
      expect(clock.sleeps).toEqual([3000]);
      expect(fake.tokens).toHaveLength(1);
    });
    // Longer than the minute a command waits without --timeout, but within it.
    await withFake({ failures: [{ path: "/oauth/token", status: 429, times: 1, retryAfter: "90" }] }, async (fake) => {
      const clock = fakeClock();
      await connectGenesys(options(fake.url, { sleep: clock.sleep, deadline: startDeadline(clock.now, 600) }));
      expect(clock.sleeps).toEqual([90_000]);
    });
    await withFake({ failures: [{ path: "/oauth/token", status: 429, times: 1, retryAfter: "30" }] }, async (fake) => {
      const clock = fakeClock();
      const error = await connectGenesys(options(fake.url, { sleep: clock.sleep, deadline: startDeadline(clock.now, 10) })).catch((e: unknown) => e as Error);
      expect((error as Error).message).toBe(
        'POST /oauth/token: Genesys answered 429 too.many.requests "try again (fake)" (rate limited: too many requests for this OAuth client or organization, not a credentials problem); waiting 30 s as Genesys asked would pass --timeout (10 s): run it again in 30 s or later',
      );
      expect(clock.sleeps).toEqual([]);
    });
  });
});

describe("listings that repeat or loop yield each integration once, bounded by the entities", () => {
  const integrations = Array.from({ length: 3 }, (_, i) => ({ id: UUID(i + 1), name: `n${i + 1}` }));

  test("every page the same first page, 1000 pages claimed: three integrations, two listing requests", async () => {
    await withFake({ integrations, hostile: [{ kind: "listing-repeats", pageCount: 1000 }] }, async (fake) => {
      const client = await connectGenesys(options(fake.url));
      expect((await client.integrations(TTS_CONNECTOR_TYPE)).map((i) => i.name)).toEqual(["n1", "n2", "n3"]);
      expect(fake.requests.filter((r) => r.url.startsWith("/api/v2/integrations?"))).toHaveLength(2);
    });
  });

  test("nextUri back to page 1, a total a thousand times too high: each once, two listing requests", async () => {
    await withFake({ integrations, hostile: [{ kind: "listing-loops" }] }, async (fake) => {
      const client = await connectGenesys(options(fake.url));
      expect((await client.integrations(TTS_CONNECTOR_TYPE)).map((i) => i.id)).toEqual(integrations.map((i) => i.id));
      expect(fake.requests.filter((r) => r.url.startsWith("/api/v2/integrations?"))).toHaveLength(2);
    });
  });

  test("an honest listing over pages carries the SDK listing's links", async () => {
    await withFake({ integrations, pageSize: 2 }, async (fake) => {
      const client = await connectGenesys(options(fake.url));
      expect(await client.integrations(TTS_CONNECTOR_TYPE)).toHaveLength(3);
      expect(fake.requests.filter((r) => r.url.startsWith("/api/v2/integrations?"))).toHaveLength(2);
    });
    expect(MAX_LISTED).toBe(2000);
  });
});

describe("odd ids never reach a URL path", () => {
  const cases: readonly (readonly [string, string])[] = [
    ["..", '".."'],
    ["../../oauth/token", '"../../oauth/token"'],
    ["%2F..%2Fcredentials", '"%2F..%2Fcredentials"'],
    ["not-a-uuid", '"not-a-uuid"'],
    [`${UUID(1)}/config`, `"${UUID(1)}/config"`],
    ["", '""'],
  ];
  test.each(cases)("integration id %j: refused without a request", async (id, shown) => {
    await withFake({}, async (fake) => {
      const client = await connectGenesys(options(fake.url));
      const sent = fake.requests.length;
      await expect(client.integration(id)).rejects.toThrow(
        `integration id ${shown} is not a Genesys id (a UUID such as 1b6b5c3e-2f4a-4d8e-9c71-0a5e3f2d4b6c): not requested`,
      );
      await expect(client.configCurrent(id)).rejects.toThrow(`integration id ${shown} is not a Genesys id`);
      await expect(client.credential(id)).rejects.toThrow(`credential id ${shown} is not a Genesys id`);
      await expect(client.ttsEngine(`connector-${id}`)).rejects.toThrow(`TTS engine id "connector-${shown.slice(1)} is not a Genesys id`);
      expect(fake.requests.length).toBe(sent);
    });
  });

  test("an integration type id with a slash or dots: refused without a request", async () => {
    await withFake({}, async (fake) => {
      const client = await connectGenesys(options(fake.url));
      await expect(client.integrationType("../credentials")).rejects.toThrow(
        'integration type "../credentials" is not an integration type id (letters, digits, - _ .): not requested',
      );
      await expect(client.integrations("a/b")).rejects.toThrow('integration type "a/b" is not an integration type id');
      expect(fake.requests).toHaveLength(1);
    });
  });

  test.each([
    ["https://api.x/api/v2/integrations/../oauth", "its path has a . or .. segment, which would resolve to another endpoint"],
    ["https://api.x/api/v2/integrations/%2e%2E/oauth", "its path has a . or .. segment, which would resolve to another endpoint"],
    ["https://api.x/api/v2/integrations/./x", "its path has a . or .. segment, which would resolve to another endpoint"],
    ["https://api.x/api/v2/integrations/a..b?x=..", undefined],
  ])("the last line, on the URL the SDK built: %s", (url, problem) => {
    expect(pathProblem(url)).toBe(problem);
  });
});
