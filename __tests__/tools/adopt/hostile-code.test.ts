/**
 * `adopt` against an organization that writes code into its names, notes and ids. The code it prints,
 * in text and in JSON's `code` field, is transpiled with the TypeScript compiler and RUN against stubs
 * of the library: every construct gets the organization's text back as data, and no statement from the
 * server runs (each payload would set a global if it escaped its string or comment). Ids that are not
 * Genesys ids are refused before any request or code; listings that repeat are read once per entity;
 * what the login sent never shows, however the server echoes it.
 */
import * as ts from "typescript";
import * as vm from "node:vm";
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET, type FakeGenesys, type FakeGenesysOptions, withGenesys } from "../../support/fake-genesys";
import { runTool, type ToolResult } from "../../support/run-tool";

const ENV = { GENESYSCLOUD_OAUTHCLIENT_ID: TEST_CLIENT_ID, GENESYSCLOUD_OAUTHCLIENT_SECRET: TEST_CLIENT_SECRET };
const ID = (n: number) => `3a1f5c2e-7b4d-4e8a-9f10-${String(n).padStart(12, "0")}`;
const CREDENTIAL = (n: number) => `9b2e4c6a-1d3f-4a5b-8c7d-${String(n).padStart(12, "0")}`;

/** What escaping code would run: it sets this global in the sandbox. */
const PWN = "globalThis.pwned = (globalThis.pwned || 0) + 1";

/** Each class of text that ends a string, a comment or a line, as a payload that runs `PWN` if it gets out. */
const HOSTILE: readonly (readonly [string, string])[] = [
  ["line feed", `a\n${PWN}; //`],
  ["carriage return", `a\r${PWN}; //`],
  ["CRLF", `a\r\n${PWN}; //`],
  ["U+2028 line separator", `a\u2028${PWN}; //`],
  ["U+2029 paragraph separator", `a\u2029${PWN}; //`],
  ["double quote", `a", ${PWN}, "`],
  ["single quote", `a', ${PWN}, '`],
  ["backslash before the quote", `a\\", ${PWN}, "\\`],
  ["block comment close", `a */ ${PWN}; /* `],
  ["template literal", "a`; ${" + PWN + "}; `"],
  ["Terraform template", `a \${${PWN}} %{ if true }x%{ endif }`],
  ["NUL and bidi override", `a\u0000\u202e\n${PWN}; //`],
  ["next line (U+0085) and a lone surrogate", `a\u0085\ud800\n${PWN}; //`],
];

const adopt = (fake: FakeGenesys, args: string[] = []): Promise<ToolResult> => runTool(["adopt", "--endpoint", fake.url, ...args], { env: ENV });

/** One Cartesia connector per hostile class: the payload as its name, its notes and its credential's name. */
function organization(): FakeGenesysOptions {
  return {
    integrations: HOSTILE.map(([, text], i) => ({ id: ID(i + 1), name: `${i + 1} ${text}`, notes: text, credentials: { basicAuth: CREDENTIAL(i + 1) } })),
    credentials: HOSTILE.map(([, text], i) => ({ id: CREDENTIAL(i + 1), name: `key ${text}` })),
  };
}

interface Constructed {
  readonly id: string;
  readonly props: Record<string, unknown>;
}

/**
 * Transpiles printed code with the TypeScript compiler (any syntax error fails the test) and runs it in a
 * fresh context against stubs of the library; answers what each construct got and whether `PWN` ran.
 */
function run(code: string): { readonly constructed: Constructed[]; readonly pwned: unknown } {
  const out = ts.transpileModule(code, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
  expect((out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  const constructed: Constructed[] = [];
  const anything = (): unknown => new Proxy(() => anything(), { get: (_, key) => (key === Symbol.toPrimitive ? () => "stub" : anything()) });
  const library = {
    CartesiaApiKey: { fromVariable: () => "the api key" },
    CartesiaModel: anything(),
    OutputFormat: anything(),
    CartesiaTtsConnector: class {
      constructor(_scope: unknown, id: string, props: Record<string, unknown>) {
        constructed.push({ id, props });
      }
    },
  };
  const sandbox: Record<string, unknown> = {
    exports: {},
    require: (name: string) => {
      if (name !== "cdktf-cartesia-genesys") throw new Error(`the printed code requires ${name}`);
      return library;
    },
  };
  vm.runInNewContext(out.outputText, sandbox, { timeout: 2000 });
  return { constructed, pwned: vm.runInContext("globalThis.pwned", vm.createContext(sandbox)) };
}

/** What the construct must receive: the text as Genesys holds it, Terraform's template openers doubled. */
const forTerraform = (text: string) => text.split("${").join("$${").split("%{").join("%%{");

describe("names, notes and credential names that try to end a string, a comment or a line", () => {
  let text: ToolResult;
  let json: ToolResult;
  beforeAll(async () => {
    await withGenesys(organization(), async (fake) => {
      text = await adopt(fake);
      json = await adopt(fake, ["--format", "json"]);
    });
  });

  test("both outputs succeed and adopt every connector", () => {
    expect([text.code, json.code]).toEqual([0, 0]);
    expect(JSON.parse(json.stdout).integrations.map((i: { adoption: { kind: string } }) => i.adoption.kind)).toEqual(HOSTILE.map(() => "cartesia"));
  });

  test("the text output's code compiles, runs, and hands each construct the organization's text as data; nothing from the server runs", () => {
    const start = text.lines.findIndex((line) => line.startsWith("Code that adopts"));
    const code = text.lines.slice(start + 2, text.lines.length - 2).join("\n");
    const { constructed, pwned } = run(code);
    expect(pwned).toBeUndefined();
    expect(constructed).toHaveLength(HOSTILE.length);
    constructed.forEach(({ props }, i) => {
      const [, payload] = HOSTILE[i];
      expect(props).toMatchObject({
        integrationName: forTerraform(`${i + 1} ${payload}`),
        notes: forTerraform(payload),
        credentialName: forTerraform(`key ${payload}`),
        importExisting: { integrationId: ID(i + 1), credentialId: CREDENTIAL(i + 1) },
      });
    });
  });

  test.each(HOSTILE.map(([name], i) => [name, i] as const))("JSON's code field, %s: compiles and runs; the payload stays data", (_, i) => {
    const listed = JSON.parse(json.stdout).integrations[i];
    const { constructed, pwned } = run(
      `import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, OutputFormat } from "cdktf-cartesia-genesys";\nconst apiKey = "k";\n${listed.adoption.code}`,
    );
    expect(pwned).toBeUndefined();
    expect(constructed.map((c) => c.props.notes)).toEqual([forTerraform(HOSTILE[i][1])]);
  });

  test("JSON's whole code field runs the same way", () => {
    const { constructed, pwned } = run(JSON.parse(json.stdout).code);
    expect(pwned).toBeUndefined();
    expect(constructed).toHaveLength(HOSTILE.length);
  });

  test("each comment line stays one line: a line of the code is a comment, a statement of ours, or blank", () => {
    const code: string = JSON.parse(json.stdout).code;
    // Only LF separates lines: every other line terminator is spelled out.
    expect(code).not.toMatch(/[\r\u2028\u2029\u0085]/);
    for (const line of code.split("\n")) {
      expect(line).toMatch(
        /^(|\/\/ .*|import \{.*\} from "cdktf-cartesia-genesys";|const apiKey = .*;|new CartesiaTtsConnector\(this, "[a-z0-9-]+", \{| {2}[A-Za-z]+(: .*)?,|\}\);)$/,
      );
    }
  });
});

describe("a model id or a property value from the organization that tries to get out", () => {
  test.each(HOSTILE.map(([name, payload]) => [name, payload] as const))("model_id with %s: refused or kept as data, never run", async (_, payload) => {
    const advanced = {
      synthesizeBody: {
        voice: { mode: "id", id: "$voice" },
        model_id: `sonic-3${payload}`,
        transcript: "$text",
        output_format: { container: "raw", encoding: `pcm_s16le${payload}`, sample_rate: 8000 },
      },
    };
    await withGenesys({ integrations: [{ id: ID(1), name: "Cartesia", advanced }] }, async (fake) => {
      const result = await adopt(fake, ["--format", "json"]);
      expect(result.code).toBe(0);
      const { constructed, pwned } = run(JSON.parse(result.stdout).code);
      expect(pwned).toBeUndefined();
      expect(constructed).toHaveLength(1);
    });
  });
});

describe("ids that are not Genesys ids", () => {
  const ODD: readonly (readonly [string, string])[] = [
    ["..", '".."'],
    ["../credentials", '"../credentials"'],
    ["%2F..%2Fcredentials", '"%2F..%2Fcredentials"'],
    ["not-a-uuid", '"not-a-uuid"'],
    [`${ID(9)}\u2028${PWN}`, `"${ID(9)}\\u2028${PWN}"`],
  ];

  test.each(ODD)("integration id %j: listed as refused, never requested nor printed; the others proceed; exit 1", async (odd, shown) => {
    await withGenesys(
      {
        integrations: [
          { id: odd, name: "odd" },
          { id: ID(1), name: "fine" },
        ],
      },
      async (fake) => {
        const result = await adopt(fake);
        expect(result.code).toBe(1);
        expect(result.lines[0]).toBe(
          `"odd" (${shown}): ENABLED, ACTIVE; its id ${shown} is not a Genesys id (a UUID such as 1b6b5c3e-2f4a-4d8e-9c71-0a5e3f2d4b6c): refused, neither requested nor printed as code: not adopted`,
        );
        expect(result.lines[1]).toBe(`"fine" (${ID(1)}): Cartesia, ENABLED, ACTIVE; no credential`);
        const paths = fake.requests.map((r) => r.url);
        expect(paths).toEqual([
          "/oauth/token",
          "/api/v2/integrations?pageSize=100&pageNumber=1&integrationType=genesys-tts-connector",
          `/api/v2/integrations/${ID(1)}/config/current`,
        ]);
        const json = JSON.parse((await adopt(fake, ["--format", "json"])).stdout);
        expect(json.code).not.toContain(odd);
        expect(json.integrations[0].adoption.kind).toBe("refused");
      },
    );
  });

  test("a linked credential id that is not a Genesys id: the integration is refused, the credential never requested", async () => {
    await withGenesys({ integrations: [{ id: ID(1), name: "odd credential", credentials: { basicAuth: "../../oauth/token" } }] }, async (fake) => {
      const result = await adopt(fake);
      expect(result.code).toBe(1);
      expect(result.lines[0]).toBe(
        `"odd credential" (${ID(1)}): ENABLED, ACTIVE; its credential id "../../oauth/token" is not a Genesys id (a UUID such as 1b6b5c3e-2f4a-4d8e-9c71-0a5e3f2d4b6c): refused, neither requested nor printed as code: not adopted`,
      );
      expect(fake.requests.map((r) => r.url)).not.toContainEqual(expect.stringContaining("credentials"));
      expect(result.stdout).not.toContain("Code that adopts");
    });
  });
});

describe("listings that repeat", () => {
  test("every page the same, 50 pages claimed: each integration once, its config read once", async () => {
    const integrations = [1, 2, 3].map((n) => ({ id: ID(n), name: `c${n}` }));
    await withGenesys({ integrations, hostile: [{ kind: "listing-repeats", pageCount: 50 }] }, async (fake) => {
      const result = await adopt(fake, ["--format", "json"]);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout).integrations.map((i: { name: string }) => i.name)).toEqual(["c1", "c2", "c3"]);
      expect(fake.requests.filter((r) => r.url.endsWith("/config/current"))).toHaveLength(3);
      expect(fake.requests.filter((r) => r.url.startsWith("/api/v2/integrations?"))).toHaveLength(2);
    });
  });
});

describe("notes stored as the API's empty-string sentinel", () => {
  test("read as empty: no notes prop in the code, empty notes in the JSON", async () => {
    await withGenesys({ integrations: [{ id: ID(1), name: "Cartesia", notes: "node_dynamodb_empty_string" }] }, async (fake) => {
      const result = await adopt(fake, ["--format", "json"]);
      const json = JSON.parse(result.stdout);
      expect(json.code).not.toContain("node_dynamodb_empty_string");
      expect(json.code).not.toContain("notes:");
      expect(json.integrations[0].config.notes).toBe("");
    });
  });
});

describe("a server that echoes what the command sent", () => {
  const basic = Buffer.from(`${TEST_CLIENT_ID}:${TEST_CLIENT_SECRET}`).toString("base64");
  const forms = (value: string) => [
    value,
    encodeURIComponent(value),
    value.replace(/=+$/, ""),
    Buffer.from(Buffer.from(value, "base64")).toString("base64url"),
  ];

  test("the login's Basic credential, plain, base64url, unpadded and percent-encoded: none of it shows", async () => {
    await withGenesys({ hostile: [{ kind: "echo-auth", path: "/oauth/token" }] }, async (fake) => {
      const result = await adopt(fake);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("you sent:");
      for (const form of [...forms(basic), TEST_CLIENT_SECRET, `${TEST_CLIENT_ID}:${TEST_CLIENT_SECRET}`]) expect(result.stderr).not.toContain(form);
    });
  });

  test("the bearer token, in every echo: none of it shows", async () => {
    await withGenesys({ hostile: [{ kind: "echo-auth", path: "/api/v2/integrations" }] }, async (fake) => {
      const result = await adopt(fake);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("you sent:");
      const [token] = fake.tokens;
      for (const form of [token, encodeURIComponent(`Bearer ${token}`), encodeURIComponent(token)])
        expect(`${result.stdout}${result.stderr}`).not.toContain(form);
    });
  });
});

describe("--timeout bounds adopt", () => {
  test("--help says so", async () => {
    const help = await runTool(["adopt", "--help"]);
    expect(help.stdout).toContain("how long the whole command may take: login and every request; no request outlives it (default: 120)");
  });

  test("a listing that sends headers, then nothing: adopt ends at --timeout and says which request", async () => {
    await withGenesys({ hostile: [{ kind: "stall-after-headers", path: "/api/v2/integrations" }] }, async (fake) => {
      const start = performance.now();
      const result = await runTool(["adopt", "--endpoint", fake.url, "--timeout", "0.5"], { env: ENV, now: () => performance.now() });
      expect(performance.now() - start).toBeLessThan(5000);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`adopt: GET ${fake.url}/api/v2/integrations: no answer before --timeout (0.5 s) ran out\n`);
    });
  });
});
