/**
 * The key, everywhere a command could print or send it: in a folder (a default, a local, a name, any
 * value, disguised or not), in the command's own arguments, in a server's answer, in a header whose name
 * says nothing, behind a URI that points elsewhere. Each case asserts the exact line, and that nothing
 * key-shaped (in any disguise) reaches the output. Every disguised sample is built at run time.
 */
import "../../support/leak-guard";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { keyShapedIn } from "../../../lib/private/key-hygiene";
import { bufferSink, createIo } from "../../../tools/shared/cli/io";
import { createApp } from "../../../main";
import { stackFolder, synthApp, type TerraformJson } from "../../support/helpers";
import { TEST_KEYS } from "../../support/leak-guard";
import { runTool, type ToolResult } from "../../support/run-tool";
import { copyOf, onlyName } from "../../support/validate-helpers";

const [KEY] = TEST_KEYS;
const MASKED = `sk_car_…(masked, ${KEY.length} characters)`;
const clean = synthApp((outdir) => createApp(outdir)).stacks["cartesia-genesys"];
const CONFIG = onlyName(clean, "genesyscloud_integration_config");
const CREDENTIAL = onlyName(clean, "genesyscloud_integration_credential");
const STACK_FILE = path.join("stacks", "pr", "cdk.tf.json");

const folder = (doc: unknown, stack = "pr") => stackFolder(doc, stack, "cartesia-key-output-");

function edited(edit: (doc: TerraformJson) => void): TerraformJson {
  const doc = copyOf(clean);
  edit(doc);
  return doc;
}

/** The properties of the stack's config, edited. */
function withProperties(edit: (properties: Record<string, unknown>) => void): TerraformJson {
  return edited((doc) => {
    const config = doc.resource!.genesyscloud_integration_config[CONFIG];
    const properties = JSON.parse(config.properties as string) as Record<string, unknown>;
    edit(properties);
    config.properties = JSON.stringify(properties);
  });
}

/** Nothing key-shaped, in any disguise, in anything the command printed. */
function expectNoKey(result: ToolResult): void {
  expect(keyShapedIn(`${result.stdout}\n${result.stderr}`)).toEqual([]);
}

describe("validate flags a key written into a stack, masked, by JSON path", () => {
  test.each([
    [
      "a variable's default",
      edited((d) => (d.variable!.cartesia_api_key.default = KEY)),
      `  $.variable.cartesia_api_key.default: variable "cartesia_api_key" has a default that holds what looks like a Cartesia API key (${MASKED}), in plain text in cdk.tf.json; remove the default and set TF_VAR_cartesia_api_key at deploy time`,
    ],
    [
      "a local, percent-encoded",
      edited((d) => (d.locals = { key: KEY.replace(/_/g, "%5F") })),
      `  $.locals.key: local value "key" holds what looks like a Cartesia API key (${MASKED}, percent-encoded), in plain text in cdk.tf.json; read the key from a sensitive variable set at deploy time instead`,
    ],
    [
      "a local that joins it in an expression",
      edited((d) => (d.locals = { key: `\${join("", ["${KEY.slice(0, 8)}", "${KEY.slice(8)}"])}` })),
      `  $.locals.key: local value "key" holds what looks like a Cartesia API key (${MASKED}, split across an expression), in plain text in cdk.tf.json; read the key from a sensitive variable set at deploy time instead`,
    ],
    [
      "a name: an output called after the key",
      edited((d) => (d.output = { [KEY]: { value: "x" } })),
      `  $.output["sk_car_…(masked, ${KEY.length} characters)"]: a name holds what looks like a Cartesia API key (${MASKED}), in plain text in cdk.tf.json; rename it`,
    ],
    [
      "a credential field, behind a zero-width space",
      edited((d) => (d.resource!.genesyscloud_integration_credential[CREDENTIAL].fields = { "X-Api-Key": `${KEY.slice(0, 4)}\u200b${KEY.slice(4)}` })),
      `  $.resource.genesyscloud_integration_credential.${CREDENTIAL}.fields["X-Api-Key"]: holds what looks like a Cartesia API key (${MASKED}, behind invisible characters), in plain text in cdk.tf.json; pass the key with a sensitive variable (CartesiaApiKey.fromVariable) set at deploy time`,
    ],
  ])("%s", async (_case, doc, line) => {
    const result = await runTool(["validate", folder(doc)]);
    expect(result.code).toBe(1);
    expect(result.lines.filter((l) => l.startsWith("  "))).toEqual([line]);
    expectNoKey(result);
  });

  test("a secret of the environment that the folder echoes is masked too, whatever it looks like", async () => {
    const secret = "an-oauth-client-secret";
    const result = await runTool(["validate", folder({ ...clean, [secret]: {} })], { env: { GENESYSCLOUD_OAUTHCLIENT_SECRET: secret } });
    expect(result.lines).toContain(`  $["…(masked, ${secret.length} characters)"]: unknown top-level key "…(masked, ${secret.length} characters)"`);
    expect(result.stdout).not.toContain(secret);
  });
});

describe("review flags a key written anywhere in a stack as risky", () => {
  test("a default and a local, each a finding of the stack; --fail-on risky fails", async () => {
    const doc = edited((d) => {
      d.variable!.cartesia_api_key.default = KEY;
      d.locals = { backup: Buffer.from(KEY).toString("base64") };
    });
    const result = await runTool(["review", folder(doc), "--fail-on", "risky"]);
    expect(result.code).toBe(1);
    expect(result.lines.filter((l) => l.startsWith("- **Risky:**"))).toEqual([
      `- **Risky:** \\$.locals.backup: local value "backup" holds what looks like a Cartesia API key (${MASKED}, base64-encoded), in plain text in cdk.tf.json; read the key from a sensitive variable set at deploy time instead.`,
      `- **Risky:** \\$.variable.cartesia_api_key.default: variable "cartesia_api_key" has a default that holds what looks like a Cartesia API key (${MASKED}), in plain text in cdk.tf.json; remove the default and set TF_VAR_cartesia_api_key at deploy time.`,
    ]);
    expectNoKey(result);
  });
});

describe("every command masks what its own arguments echo back", () => {
  test.each([
    [["smoke", "--connector", KEY], `smoke: no connector "${MASKED}"; found:`],
    [["smoke", "--stack", KEY.replace(/_/g, "%5F")], `smoke: no stack "…(masked, ${KEY.replace(/_/g, "%5F").length} characters)" in `],
    [["review", "--format", KEY], `review: --format: got "${MASKED}"; allowed: markdown, json`],
    [["validate", `--${KEY}`], `validate: unknown option --${MASKED}`],
  ])("%j", async (argv, start) => {
    const outdir = folder(clean);
    const [command, ...rest] = argv;
    const result = await runTool([command, outdir, ...rest]);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0].startsWith(start)).toBe(true);
    expectNoKey(result);
  });
});

/** A loopback server that answers every request with this status and body. */
async function answering(status: number, body: string, run: (url: string) => Promise<void>): Promise<void> {
  const server = http.createServer((_req, res) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe("smoke: a server's answer that echoes the key", () => {
  test.each([
    ["plainly", (key: string) => key],
    ["percent-encoded", (key: string) => encodeURIComponent(key).replace(/_/g, "%5F")],
    ["base64-encoded", (key: string) => Buffer.from(key).toString("base64")],
  ])("%s: masked in what is printed", async (_how, echo) => {
    await answering(
      401,
      JSON.stringify({ error_code: "unauthorized", title: "Unauthorized", message: `key ${echo(KEY)} refused`, request_id: "r1" }),
      async (url) => {
        const result = await runTool(["smoke", folder(clean), "--endpoint", url], { env: { CARTESIA_API_KEY: KEY } });
        expect(result.code).toBe(1);
        expect(result.lines.find((l) => l.includes("Cartesia says:"))).toMatch(
          /^ {3}Cartesia says: 401 Unauthorized: key (sk_car_)?…\(masked, \d+ characters\) refused \(error_code unauthorized, request_id r1\)$/,
        );
        expectNoKey(result);
      },
    );
  });
});

describe("smoke decides by value which headers carry a secret", () => {
  const withTraceHeader = edited((d) => {
    d.variable!.trace_token = { type: "string", sensitive: true };
    d.resource!.genesyscloud_integration_credential[CREDENTIAL].fields = { "Cartesia-Version": "2026-03-01", "X-Trace": "${var.trace_token}" };
  });

  test("a header named X-Trace fed by a sensitive variable is a secret header: no plain HTTP off this machine", async () => {
    const result = await runTool(["smoke", folder(withTraceHeader), "--endpoint", "http://proxy.example.com"], {
      env: { TF_VAR_trace_token: "trace-secret-value" },
    });
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe(
      "smoke: --endpoint http://proxy.example.com is plain HTTP off this machine: a secret (X-Trace) would cross the network in clear text. Use https, or a loopback address.",
    );
  });

  test("and its value is masked where the request is shown", async () => {
    const result = await runTool(["smoke", folder(withTraceHeader)], { env: { TF_VAR_trace_token: "trace-secret-value" } });
    expect(result.lines).toContain("   X-Trace: …(masked, 18 characters)");
    expect(result.stdout).not.toContain("trace-secret-value");
  });

  test("a header of any name whose literal value looks like a key is one too", async () => {
    const doc = edited((d) => (d.resource!.genesyscloud_integration_credential[CREDENTIAL].fields = { "Cartesia-Version": "2026-03-01", "X-Debug": KEY }));
    const result = await runTool(["smoke", folder(doc), "--endpoint", "http://proxy.example.com"]);
    expect(result.stderr.split("\n")[0]).toBe(
      "smoke: --endpoint http://proxy.example.com is plain HTTP off this machine: a secret (X-Debug) would cross the network in clear text. Use https, or a loopback address.",
    );
    expectNoKey(result);
  });
});

describe("smoke warns, and --fail-on warning refuses, when a URI sends the key elsewhere", () => {
  const elsewhere = withProperties((p) => (p.ttsConnectorVoicesURI = "https://voices.example.net/voices/export"));
  const lookAlike = withProperties((p) => (p.ttsConnectorVoicesURI = "https://api.cartes\u0456a.ai/voices/export"));
  const ELSEWHERE =
    "  warning: Properties.ttsConnectorVoicesURI (\"List Voices URI\") sends the key to voices.example.net, which is neither Cartesia's (api.cartesia.ai) nor the declared apiBaseUrl (api.cartesia.ai): Genesys sends the credential's fields to every URI of the properties.";

  test("a voice list on another host: a warning, and the offline run still passes", async () => {
    const result = await runTool(["smoke", folder(elsewhere)]);
    expect(result.code).toBe(0);
    expect(result.lines).toContain(ELSEWHERE);
  });

  test("a host with a look-alike letter", async () => {
    const result = await runTool(["smoke", folder(lookAlike)]);
    expect(result.lines).toContain(
      '  warning: Properties.ttsConnectorVoicesURI ("List Voices URI") names a host that is not plain ASCII (api.xn--cartesa-wog.ai to the URL parser): a look-alike letter sends the key to another host than the one it seems to name.',
    );
  });

  test("with --fail-on warning and a key: nothing is sent, exit 1", async () => {
    let requests = 0;
    const result = await runTool(["smoke", folder(elsewhere), "--fail-on", "warning"], {
      env: { CARTESIA_API_KEY: KEY },
      fetch: () => {
        requests++;
        return Promise.reject(new Error("nothing may be sent"));
      },
    });
    expect(result.code).toBe(1);
    expect(requests).toBe(0);
    // Every warning counts, the default app's moving model alias among them.
    expect(result.lines.slice(-3)).toEqual([
      "FAILED (2):",
      `  - warning (--fail-on warning): ${ELSEWHERE.slice("  warning: ".length)}`,
      '  - warning (--fail-on warning): model_id: "sonic-latest" is an alias that Cartesia moves to newer models without notice; pin a dated snapshot for production, e.g. CartesiaModel.snapshot("sonic-3.5-2026-05-04").',
    ]);
  });
});

describe("review flags the host that receives the key", () => {
  test("a change of that host is risky", async () => {
    const base = folder(clean);
    const head = folder(withProperties((p) => (p.ttsConnectorSynthesizeURI = "https://tts.example.net/tts/bytes")));
    const result = await runTool(["review", head, "--base", base, "--format", "json"]);
    const findings = (JSON.parse(result.stdout) as { changes: { findings: { severity: string; code: string; message: string }[] }[] }).changes[0].findings;
    expect(findings.filter((f) => f.code === "key-host-changed")).toEqual([
      {
        severity: "risky",
        code: "key-host-changed",
        message:
          "The key goes to another host: api.cartesia.ai -> api.cartesia.ai, tts.example.net. Genesys sends the credential's fields, the key among them, to every URI of the properties; make sure each host is Cartesia's (api.cartesia.ai) or a proxy you run.",
      },
    ]);
  });

  test("a host name that is not plain ASCII is risky", async () => {
    const doc = withProperties((p) => (p.ttsConnectorSynthesizeURI = "https://api.cartes\u0456a.ai/tts/bytes"));
    const result = await runTool(["review", folder(doc), "--format", "json", "--fail-on", "risky"]);
    expect(result.code).toBe(1);
    const findings = (JSON.parse(result.stdout) as { stacks: { connectors: { findings: { code: string; message: string }[] }[] }[] }).stacks[0].connectors[0]
      .findings;
    expect(findings.find((f) => f.code === "host-not-ascii")?.message).toBe(
      'The Synthesis URI "https://api.cartes\u0456a.ai/tts/bytes" names a host that is not plain ASCII (api.xn--cartesa-wog.ai to the URL parser): a look-alike letter sends the key to another host than the one it seems to name. Write the host in ASCII.',
    );
  });
});

test(`the stack file of these cases is ${STACK_FILE}`, () => {
  expect(fs.existsSync(path.join(folder(clean), STACK_FILE))).toBe(true);
});

describe("what a command sent, echoed back by a server in any common encoding", () => {
  const id = "7de3af06-cd6a-4ed3-aa5b-6a0b1c3d9e01";
  const secret = 's3cr3t"/with+odd=chars&more';
  const basic = Buffer.from(`${id}:${secret}`).toString("base64");
  const printed = async (text: string): Promise<string> => {
    const sink = bufferSink();
    const io = createIo(sink);
    io.addSecrets([secret, `${id}:${secret}`]);
    await io.out(text);
    return sink.stdout();
  };

  test.each([
    ["the secret", secret, `…(masked, ${secret.length} characters)`],
    ["percent-encoded", encodeURIComponent(secret), `…(masked, ${encodeURIComponent(secret).length} characters)`],
    ["JSON-escaped", JSON.stringify(secret).slice(1, -1), `…(masked, ${JSON.stringify(secret).length - 2} characters)`],
    ["Basic base64(id:secret)", `Basic ${basic}`, `Basic …(masked, ${basic.length} characters)`],
    ["unpadded", `Basic ${basic.replace(/=+$/, "")}`, `Basic …(masked, ${basic.replace(/=+$/, "").length} characters)`],
    ["base64url", Buffer.from(`${id}:${secret}`).toString("base64url"), `…(masked, ${Buffer.from(`${id}:${secret}`).toString("base64url").length} characters)`],
    ["percent-encoded base64", encodeURIComponent(basic), `…(masked, ${encodeURIComponent(basic).length} characters)`],
    ["base64 of the secret alone", Buffer.from(secret).toString("base64"), `…(masked, ${Buffer.from(secret).toString("base64").length} characters)`],
  ])("%s", async (_, echoed, shown) => {
    expect(await printed(`you sent: ${echoed}`)).toBe(`you sent: ${shown}\n`);
  });
});
