/**
 * `credential put` end to end, in-process, against the Genesys Cloud stand-in on loopback: create, then
 * update the same credential; dry runs; every bad input with its exact message and exit code; and the
 * key never in what the command prints or leaves behind.
 */
import * as fs from "node:fs";
import { Readable } from "node:stream";
import type { StdinLike } from "../../../tools/shared/cli/context";
import { fakeClock } from "../../support/fake-clock";
import { createdCredentialId, TEST_CLIENT_ID, TEST_CLIENT_SECRET, type FakeGenesys, withGenesys } from "../../support/fake-genesys";
import { tempDir } from "../../support/helpers";
import { runTool, type ToolResult, type ToolWorld } from "../../support/run-tool";
import { TEST_KEYS } from "../../support/test-keys";

const [KEY, NEW_KEY, ADMIN_KEY] = TEST_KEYS;
const NAME = "Cartesia TTS key";
const GENESYS = { GENESYSCLOUD_OAUTHCLIENT_ID: TEST_CLIENT_ID, GENESYSCLOUD_OAUTHCLIENT_SECRET: TEST_CLIENT_SECRET };
const SEE_HELP = 'Run "cartesia-genesys credential --help" for usage.';
const FIELDS = "type userDefined; fields X-Api-Key and Cartesia-Version 2026-03-01";
const LINK = `The stack links it with CartesiaApiKey.fromCredentialName(stack, "${NAME}"). After a rotation, run cartesia-genesys verify.`;
const FIRST = createdCredentialId(1);

/** `credential put --name NAME --endpoint <fake>` and the arguments given, in an empty folder. */
async function put(fake: FakeGenesys | undefined, args: readonly string[], world: ToolWorld = {}): Promise<ToolResult & { cwd: string }> {
  const cwd = tempDir("credential-put-");
  const clock = fakeClock();
  const result = await runTool(["credential", "put", ...(fake ? ["--endpoint", fake.url] : []), ...args], {
    env: { ...GENESYS, CARTESIA_API_KEY: KEY },
    cwd,
    now: clock.now,
    sleep: clock.sleep,
    ...world,
  });
  return { ...result, cwd };
}

/** What was sent, request by request, bodies parsed. */
function sent(fake: FakeGenesys): string[] {
  return fake.requests.map((r) => `${r.method} ${r.url}`);
}

function bodies(fake: FakeGenesys): unknown[] {
  return fake.requests.filter((r) => r.method === "POST" || r.method === "PUT").flatMap((r) => (r.url === "/oauth/token" ? [] : [JSON.parse(r.body)]));
}

/** No key, plain or masked-but-recoverable, in anything the command printed or left in its folder. */
function expectNoKey(result: ToolResult & { cwd: string }): void {
  for (const key of TEST_KEYS) {
    expect(result.stdout).not.toContain(key);
    expect(result.stderr).not.toContain(key);
    expect(result.stdout + result.stderr).not.toContain(Buffer.from(key).toString("base64"));
  }
  expect(fs.readdirSync(result.cwd)).toEqual([]);
}

describe("create, then update the same credential", () => {
  test("the first put creates it and prints its id; the second, with a new key, updates it in place: same id, one credential", async () => {
    await withGenesys({ credentials: [{ id: "0a0b0c0d-0000-4000-8000-000000000001", name: "Some other credential" }] }, async (fake) => {
      const created = await put(fake, ["--name", NAME]);
      expect(created).toMatchObject({ code: 0, stderr: "" });
      expect(created.lines).toEqual([`created credential "${NAME}": id ${FIRST} (${FIELDS}).`, LINK]);

      const updated = await put(fake, ["--name", NAME], { env: { ...GENESYS, CARTESIA_API_KEY: NEW_KEY } });
      expect(updated).toMatchObject({ code: 0, stderr: "" });
      expect(updated.lines).toEqual([`updated credential "${NAME}" in place: id ${FIRST} (${FIELDS}; the key replaced).`, LINK]);

      expect(sent(fake)).toEqual([
        "POST /oauth/token",
        "GET /api/v2/integrations/credentials?pageNumber=1&pageSize=100",
        "POST /api/v2/integrations/credentials",
        "POST /oauth/token",
        "GET /api/v2/integrations/credentials?pageNumber=1&pageSize=100",
        `PUT /api/v2/integrations/credentials/${FIRST}`,
      ]);
      // The Credential model, as the construct's own credential writes it: type userDefined, the two fields.
      expect(bodies(fake)).toEqual([
        { name: NAME, type: { name: "userDefined" }, credentialFields: { "X-Api-Key": KEY, "Cartesia-Version": "2026-03-01" } },
        { name: NAME, type: { name: "userDefined" }, credentialFields: { "X-Api-Key": NEW_KEY, "Cartesia-Version": "2026-03-01" } },
      ]);
      expect(fake.credentials()).toEqual([
        { id: "0a0b0c0d-0000-4000-8000-000000000001", name: "Some other credential" },
        { id: FIRST, name: NAME, type: "userDefined" },
      ]);
      expectNoKey(created);
      expectNoKey(updated);
    });
  });

  test("--format json: the action, the id and the settings, never the key", async () => {
    await withGenesys({}, async (fake) => {
      const result = await put(fake, ["--name", NAME, "--format", "json", "--cartesia-version", "2025-04-16"]);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual({
        action: "create",
        dryRun: false,
        name: NAME,
        id: FIRST,
        credentialType: "userDefined",
        cartesiaVersion: "2025-04-16",
        api: fake.url,
        requests: 3,
      });
      expect(bodies(fake)).toEqual([{ name: NAME, type: { name: "userDefined" }, credentialFields: { "X-Api-Key": KEY, "Cartesia-Version": "2025-04-16" } }]);
      expectNoKey(result);
    });
  });

  test("the listing is read page by page, as the provider's data source reads it", async () => {
    const others = Array.from({ length: 5 }, (_, i) => ({ id: `0a0b0c0d-0000-4000-8000-00000000000${i}`, name: `other ${i}` }));
    await withGenesys({ credentials: [...others, { id: "0a0b0c0d-0000-4000-8000-0000000000ff", name: NAME }], pageSize: 2 }, async (fake) => {
      const result = await put(fake, ["--name", NAME]);
      expect(result.lines[0]).toBe(`updated credential "${NAME}" in place: id 0a0b0c0d-0000-4000-8000-0000000000ff (${FIELDS}; the key replaced).`);
      expect(sent(fake).filter((r) => r.startsWith("GET"))).toEqual([1, 2, 3].map((n) => `GET /api/v2/integrations/credentials?pageNumber=${n}&pageSize=100`));
    });
  });
});

describe("--dry-run: says what it would do, writes nothing", () => {
  test("no credential of that name: it would create one", async () => {
    await withGenesys({}, async (fake) => {
      const result = await put(fake, ["--name", NAME, "--dry-run"]);
      expect(result).toMatchObject({ code: 0, stderr: "" });
      expect(result.lines).toEqual([
        `would create credential "${NAME}" (${FIELDS}): no credential of that name in the organization. Nothing was written.`,
        LINK,
      ]);
      expect(sent(fake)).toEqual(["POST /oauth/token", "GET /api/v2/integrations/credentials?pageNumber=1&pageSize=100"]);
      expect(fake.credentials()).toEqual([]);
    });
  });

  test("one of that name: it would update that one, by its id", async () => {
    await withGenesys({ credentials: [{ id: FIRST, name: NAME }] }, async (fake) => {
      const result = await put(fake, ["--name", NAME, "--dry-run", "--format", "json"]);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ action: "update", dryRun: true, id: FIRST });
      expect(sent(fake)).toEqual(["POST /oauth/token", "GET /api/v2/integrations/credentials?pageNumber=1&pageSize=100"]);
    });
  });
});

describe("the key from standard input", () => {
  test("--key-stdin from a pipe: the line is the key, its line ending dropped", async () => {
    await withGenesys({}, async (fake) => {
      const result = await put(fake, ["--name", NAME, "--key-stdin"], { env: GENESYS, stdin: Readable.from([`${KEY}\n`]) });
      expect(result).toMatchObject({ code: 0, stderr: "" });
      expect((bodies(fake)[0] as { credentialFields: object }).credentialFields).toEqual({ "X-Api-Key": KEY, "Cartesia-Version": "2026-03-01" });
      expectNoKey(result);
    });
  });

  test("--key-stdin on a terminal: a prompt, the echo off while typing (raw mode), back on after; Backspace works", async () => {
    await withGenesys({}, async (fake) => {
      const modes: boolean[] = [];
      const typed = `${KEY}x\u007f\r`;
      const terminal: StdinLike = Object.assign(Readable.from([typed.slice(0, 10), typed.slice(10)]), {
        isTTY: true,
        setRawMode: (mode: boolean) => modes.push(mode),
      });
      const result = await put(fake, ["--name", NAME, "--key-stdin"], { env: GENESYS, stdin: terminal });
      expect(result.code).toBe(0);
      expect(result.stderr).toBe("Cartesia API key (typing is not shown; Enter to finish):\n");
      expect(modes).toEqual([true, false]);
      expect((bodies(fake)[0] as { credentialFields: Record<string, string> }).credentialFields["X-Api-Key"]).toBe(KEY);
      expectNoKey(result);
    });
  });
});

test("--key-stdin on a pipe that never ends: bounded by --timeout, nothing sent", async () => {
  await withGenesys({}, async (fake) => {
    const silent = new Readable({ read: () => undefined });
    const result = await put(fake, ["--name", NAME, "--key-stdin", "--timeout", "0.2"], { env: GENESYS, stdin: silent });
    expect(result).toMatchObject({
      code: 2,
      stdout: "",
      stderr: `credential: --key-stdin: no key on standard input before --timeout ran out; set CARTESIA_API_KEY, or pipe the key into --key-stdin.\n${SEE_HELP}\n`,
    });
    expect(fake.requests).toEqual([]);
  });
});

describe("bad input: one clear message, the exit code from the table, no key shown, nothing sent", () => {
  const HOW = "set CARTESIA_API_KEY, or pipe the key into --key-stdin";
  test.each<[string, string[], Record<string, string>, Readable | undefined, string]>([
    [
      "no --name",
      [],
      {},
      undefined,
      "--name is required: the credential's name in Genesys Cloud, as CartesiaApiKey.fromCredentialName(scope, NAME) looks it up",
    ],
    ["an empty name", ["--name", " "], {}, undefined, '--name: got " ", an empty name; give the credential\'s name, such as "Cartesia TTS key".'],
    [
      "the key as the name",
      ["--name", KEY],
      {},
      undefined,
      `--name: got what looks like a Cartesia API key (sk_car_…(masked, 31 characters)), not a name; a key is never read from an argument: ${HOW}, and give the credential a name such as "Cartesia TTS key".`,
    ],
    ["an unknown action", ["--name", NAME, "get"], {}, undefined, 'unexpected argument "get": give one action (got 2)'],
    ["the key as an argument", [KEY, "--name", NAME], {}, undefined, `unexpected argument "sk_car_…(masked, 31 characters)": give one action (got 2)`],
    ["--key", ["--name", NAME, "--key", KEY], {}, undefined, "unknown option --key"],
    ["--api-key=", ["--name", NAME, `--api-key=${KEY}`], {}, undefined, "unknown option --api-key"],
    ["no key at all", ["--name", NAME], { CARTESIA_API_KEY: "" }, undefined, `no Cartesia API key: ${HOW} (a key is never read from an argument).`],
    [
      "an admin key",
      ["--name", NAME],
      { CARTESIA_API_KEY: ADMIN_KEY },
      undefined,
      "CARTESIA_API_KEY: got an admin key (sk_car_admin_…(masked, 32 characters)); admin keys cannot call text-to-speech. Create a standard key at play.cartesia.ai/keys and give that one.",
    ],
    [
      "a key with a space in it",
      ["--name", NAME],
      { CARTESIA_API_KEY: `${KEY} extra` },
      undefined,
      "CARTESIA_API_KEY: the key (sk_car_…(masked, 37 characters)) holds spaces, line breaks or control characters; give the key alone, on one line.",
    ],
    [
      "both the variable and --key-stdin",
      ["--name", NAME, "--key-stdin"],
      {},
      undefined,
      "CARTESIA_API_KEY is set and --key-stdin is given: give the key one way (unset CARTESIA_API_KEY, or leave out --key-stdin).",
    ],
    [
      "--key-stdin with nothing on it",
      ["--name", NAME, "--key-stdin"],
      { CARTESIA_API_KEY: "" },
      Readable.from([]),
      `no Cartesia API key: standard input is empty; ${HOW}.`,
    ],
    [
      "--cartesia-version not a date",
      ["--name", NAME, "--cartesia-version", "latest"],
      {},
      undefined,
      '--cartesia-version: got "latest"; expected a date YYYY-MM-DD such as "2026-03-01".',
    ],
    [
      "no Genesys credentials",
      ["--name", NAME],
      { GENESYSCLOUD_OAUTHCLIENT_ID: "", GENESYSCLOUD_OAUTHCLIENT_SECRET: "" },
      undefined,
      "no Genesys Cloud credentials: set GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET (an OAuth client with the client-credentials grant), or GENESYSCLOUD_ACCESS_TOKEN; the variables the Genesys provider reads for cdktf deploy.",
    ],
  ])("%s: exit 2", async (_case, args, env, stdin, message) => {
    await withGenesys({}, async (fake) => {
      const result = await put(fake, args, { env: { ...GENESYS, CARTESIA_API_KEY: KEY, ...env }, stdin });
      expect(result).toMatchObject({ code: 2, stdout: "", stderr: `credential: ${message}\n${SEE_HELP}\n` });
      expect(fake.requests).toEqual([]);
      expectNoKey(result);
    });
  });

  test("the key where the action goes, alone: refused as a key, not shown", async () => {
    const result = await runTool(["credential", KEY, "--name", NAME], { env: { ...GENESYS, CARTESIA_API_KEY: KEY } });
    expect(result).toMatchObject({
      code: 2,
      stderr: `credential: an argument looks like a Cartesia API key; a key is never read from an argument (it would stay in the shell's history and the process list): set CARTESIA_API_KEY, or pipe the key into --key-stdin.\n${SEE_HELP}\n`,
    });
  });

  test("a key of another shape and an undocumented version: sent, each with a warning", async () => {
    await withGenesys({}, async (fake) => {
      const result = await put(fake, ["--name", NAME, "--cartesia-version", "2030-01-01"], {
        env: { ...GENESYS, CARTESIA_API_KEY: "legacy-key-0123456789abcdef" },
      });
      expect(result.code).toBe(0);
      expect(result.stderr).toBe(
        [
          'warning: --cartesia-version: "2030-01-01" is not an API version Cartesia documents (2024-06-10, 2024-11-13, 2025-04-16, 2026-03-01, 2026-08-14); Cartesia answers "Invalid Cartesia-Version header" to an unknown one.',
          "warning: CARTESIA_API_KEY: the key (…(masked, 27 characters)) does not start with sk_car_ as Cartesia's keys do; it is sent as given.",
          "",
        ].join("\n"),
      );
      expect(result.stdout).not.toContain("legacy-key-0123456789abcdef");
    });
  });
});

describe("what Genesys holds or answers: refused with the reason, exit 1, nothing written", () => {
  test("a name that matches several credentials", async () => {
    const credentials = [
      { id: "0a0b0c0d-0000-4000-8000-000000000001", name: NAME },
      { id: "0a0b0c0d-0000-4000-8000-000000000002", name: NAME },
    ];
    await withGenesys({ credentials }, async (fake) => {
      const result = await put(fake, ["--name", NAME]);
      expect(result).toMatchObject({
        code: 1,
        stdout: "",
        stderr: `credential: 2 credentials are named "${NAME}" ("0a0b0c0d-0000-4000-8000-000000000001", "0a0b0c0d-0000-4000-8000-000000000002"): the stack's lookup by name would link whichever Genesys lists first, so none is written. Delete or rename all but one in Genesys Cloud (Admin > Integrations > Credentials), or choose another --name.\n`,
      });
      expect(sent(fake).some((r) => r.startsWith("PUT") || r === "POST /api/v2/integrations/credentials")).toBe(false);
    });
  });

  test("a credential of another type with that name: not overwritten", async () => {
    await withGenesys({ credentials: [{ id: "0a0b0c0d-0000-4000-8000-000000000001", name: NAME, type: "basicAuth" }] }, async (fake) => {
      const result = await put(fake, ["--name", NAME]);
      expect(result).toMatchObject({
        code: 1,
        stderr: `credential: credential "${NAME}" ("0a0b0c0d-0000-4000-8000-000000000001") is of type "basicAuth", not userDefined: it is not overwritten. Choose another --name, or delete that credential in Genesys Cloud first.\n`,
      });
      expect(fake.credentials()).toEqual([{ id: "0a0b0c0d-0000-4000-8000-000000000001", name: NAME, type: "basicAuth" }]);
    });
  });

  test("Genesys refuses the write (403): a missing permission, named as Genesys names it", async () => {
    await withGenesys({ refuseCredentialWrites: true }, async (fake) => {
      const result = await put(fake, ["--name", NAME]);
      expect(result).toMatchObject({
        code: 1,
        stdout: "",
        stderr: `credential: Genesys refused to create credential "${NAME}" (403 missing.permissions "You are missing the following permission(s): integrations:credential:edit (fake)"): the OAuth client (GENESYSCLOUD_OAUTHCLIENT_ID) lacks a permission or scope for integration credentials, which Genesys's answer names when it can. Grant it to the client's role, then run again.\n`,
      });
      expectNoKey(result);
    });
  });

  test("a create answered 503 is not sent again: the credential may exist, and a second create would duplicate the name", async () => {
    await withGenesys({ createThenFail: 503 }, async (fake) => {
      const result = await put(fake, ["--name", NAME]);
      expect(result).toMatchObject({
        code: 1,
        stdout: "",
        stderr: `credential: POST /api/v2/integrations/credentials: Genesys answered 503 internal.server.error "The request failed (fake)". The credential may have been created all the same; it was not sent again, so no second one is made. Run the same command again: it finds the credential by name and updates it.\n`,
      });
      expect(sent(fake).filter((r) => r === "POST /api/v2/integrations/credentials")).toHaveLength(1);
      expect(fake.credentials()).toHaveLength(1);
      expectNoKey(result);
      // Run again: the one it made is found by name and updated, not duplicated.
      const again = await put(fake, ["--name", NAME]);
      expect(again.code).toBe(0);
      expect(fake.credentials()).toHaveLength(1);
    });
  });

  test("--timeout 0: nothing is sent, and the message says the bound ran out", async () => {
    await withGenesys({}, async (fake) => {
      const result = await put(fake, ["--name", NAME, "--timeout", "0"]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`credential: POST ${fake.url}/oauth/token: not sent: no answer before --timeout (0 s) ran out\n`);
      expect(fake.requests).toEqual([]);
    });
  });
});
