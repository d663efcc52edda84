/**
 * A catalogue of hostile folders: what a cdktf.out from a pull request, a careless copy or an attacker can
 * hold where a stack file belongs, and what each command answers. Every command reads through the same
 * shared layer (read-stacks, synthesized-connectors), so each shape is tried on all three: a clear, bounded
 * answer that names the file or the JSON path, never a hang, never a bare JavaScript error, never a
 * hostile shape accepted as valid.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { createApp } from "../../../main";
import { MAX_FILE_BYTES } from "../../../tools/shared/safe-files";
import { sender } from "../../../tools/smoke/exchanges";
import { exchange } from "../../../tools/smoke/http-exchange";
import { synthApp, tempDir, type TerraformJson } from "../../support/helpers";
import { runTool } from "../../support/run-tool";
import { copyOf, onlyName } from "../../support/validate-helpers";

const clean = synthApp((outdir) => createApp(outdir)).stacks["cartesia-genesys"];
const INTEGRATION = onlyName(clean, "genesyscloud_integration");
const CREDENTIAL = onlyName(clean, "genesyscloud_integration_credential");
const COMMANDS = ["validate", "review", "smoke"] as const;
type CommandName = (typeof COMMANDS)[number];

/** What a command must answer: its exit code and the first line it prints (standard error for 2, else standard output). */
type Outcome = readonly [code: number, firstLine: string];

/** A folder shape, and what each command answers; `{file}` and `{outdir}` stand for the stack file and the folder, quoted. */
interface FolderShape {
  readonly shape: string;
  /** Builds the folder; the stack file is `<outdir>/stacks/pr/cdk.tf.json`. */
  readonly build: (outdir: string, file: string) => void;
  readonly answers: Readonly<Record<CommandName, Outcome>>;
}

const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};
const writeJson = (file: string, doc: unknown) => write(file, JSON.stringify(doc));
const outside = (text = JSON.stringify(clean)) => {
  const file = path.join(tempDir("cartesia-outside-"), "cdk.tf.json");
  fs.writeFileSync(file, text);
  return file;
};
const broken = (edit: (doc: TerraformJson) => void) => {
  const doc = copyOf(clean);
  edit(doc);
  return doc;
};
/** `[[[...]]]` this deep, under `locals`. */
const nested = (depth: number) => `{"locals": {"deep": ${"[".repeat(depth)}${"]".repeat(depth)}}}`;
const all = (outcome: Outcome): Readonly<Record<CommandName, Outcome>> => ({ validate: outcome, review: outcome, smoke: outcome });
const refused = (message: string): Outcome => [2, message];

const SHAPES: readonly FolderShape[] = [
  {
    shape: "the stack file is a symbolic link to a file outside the folder",
    build: (_outdir, file) => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.symlinkSync(outside(), file);
    },
    answers: all(refused("{file} leads out of {outdir} (a symbolic link); only files inside the folder are read")),
  },
  {
    shape: "stacks/ is a symbolic link to a folder outside",
    build: (outdir) => {
      const elsewhere = tempDir("cartesia-elsewhere-");
      write(path.join(elsewhere, "pr", "cdk.tf.json"), JSON.stringify(clean));
      fs.symlinkSync(elsewhere, path.join(outdir, "stacks"));
    },
    answers: all(refused("{file} leads out of {outdir} (a symbolic link); only files inside the folder are read")),
  },
  {
    shape: "the stack file is a symbolic link to a device",
    build: (_outdir, file) => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.symlinkSync("/dev/zero", file);
    },
    answers: all(refused("{file} leads out of {outdir} (a symbolic link); only files inside the folder are read")),
  },
  {
    shape: "the stack file is a dangling symbolic link",
    build: (outdir, file) => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.symlinkSync(path.join(outdir, "nowhere.json"), file);
    },
    answers: all(refused("cannot read {file}: ENOENT")),
  },
  {
    shape: "the stack file is a named pipe (reading it would wait forever)",
    build: (_outdir, file) => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      execFileSync("mkfifo", [file]);
    },
    answers: all(refused("{file} is a named pipe (FIFO), not a regular file")),
  },
  {
    shape: "the stack file is a directory",
    build: (_outdir, file) => fs.mkdirSync(file, { recursive: true }),
    answers: all(refused("{file} is a directory, not a regular file")),
  },
  {
    shape: "the stack file is larger than any stack (sparse)",
    build: (_outdir, file) => {
      write(file, "{}");
      fs.truncateSync(file, MAX_FILE_BYTES + 1);
    },
    answers: all(refused(`{file} is ${(MAX_FILE_BYTES + 1).toLocaleString("en-US")} bytes; at most ${MAX_FILE_BYTES.toLocaleString("en-US")} are read`)),
  },
  {
    shape: "stacks is a file, not a folder",
    build: (outdir) => write(path.join(outdir, "stacks"), "{}"),
    answers: all(refused("cannot list {stacks}: not a directory")),
  },
  {
    shape: "a symbolic link to another stack inside the folder (allowed)",
    build: (outdir, file) => {
      writeJson(path.join(outdir, "stacks", "real", "cdk.tf.json"), clean);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.symlinkSync(path.join(outdir, "stacks", "real", "cdk.tf.json"), file);
    },
    answers: {
      validate: [0, `${path.join("stacks", "pr", "cdk.tf.json")}: ok (3 resources, 0 data sources, 1 provider configuration checked)`],
      review: [0, "<!-- cartesia-genesys-review -->"],
      smoke: [2, "{smokeChoices}"],
    },
  },
  {
    shape: "JSON nested deeper than any stack",
    build: (_outdir, file) => write(file, nested(200)),
    answers: {
      validate: [1, `${path.join("stacks", "pr", "cdk.tf.json")}: 1 problem, 0 not checked (0 resources, 0 data sources, 0 provider configurations checked)`],
      review: refused("{file} is nested more than 64 levels deep (at $.locals.deep[0][0][0][0]…)"),
      smoke: refused("{file} is nested more than 64 levels deep (at $.locals.deep[0][0][0][0]…)"),
    },
  },
  {
    shape: "JSON that is not JSON, with a key where the excerpt would be",
    build: (_outdir, file) => write(file, `{"locals": {"k": ${["sk", "car", "abcdefghijklmnopqrstuvwxyz"].join("_")}}}`),
    answers: {
      validate: [1, `${path.join("stacks", "pr", "cdk.tf.json")}: 1 problem, 0 not checked (0 resources, 0 data sources, 0 provider configurations checked)`],
      review: refused("{file} is not valid JSON: unexpected token 's'"),
      smoke: refused("{file} is not valid JSON: unexpected token 's'"),
    },
  },
  {
    shape: "resource: null",
    build: (_outdir, file) =>
      writeJson(
        file,
        broken((doc) => (doc.resource = null as never)),
      ),
    answers: {
      validate: [1, `${path.join("stacks", "pr", "cdk.tf.json")}: 1 problem, 0 not checked (0 resources, 0 data sources, 1 provider configuration checked)`],
      review: refused("{file} is not shaped like a cdk.tf.json: $.resource: expected an object of resource types, got null"),
      smoke: refused("{file} is not shaped like a cdk.tf.json: $.resource: expected an object of resource types, got null"),
    },
  },
  {
    shape: "an integration block that is null",
    build: (_outdir, file) =>
      writeJson(
        file,
        broken((doc) => (doc.resource!.genesyscloud_integration[INTEGRATION] = null as never)),
      ),
    answers: {
      validate: [1, `${path.join("stacks", "pr", "cdk.tf.json")}: 2 problems, 0 not checked (2 resources, 0 data sources, 1 provider configuration checked)`],
      review: refused(
        `{file} is not shaped like a cdk.tf.json: $.resource.genesyscloud_integration.${INTEGRATION}: expected a resource block (an object), got null`,
      ),
      smoke: refused(
        `{file} is not shaped like a cdk.tf.json: $.resource.genesyscloud_integration.${INTEGRATION}: expected a resource block (an object), got null`,
      ),
    },
  },
  {
    shape: "the provider's configurations given as a string",
    build: (_outdir, file) =>
      writeJson(
        file,
        broken((doc) => (doc.provider = { genesyscloud: "us-east-1" as never })),
      ),
    answers: {
      validate: [1, `${path.join("stacks", "pr", "cdk.tf.json")}: 1 problem, 0 not checked (3 resources, 0 data sources, 0 provider configurations checked)`],
      review: refused("{file} is not shaped like a cdk.tf.json: $.provider.genesyscloud: expected a provider configuration (an object), got a string"),
      smoke: refused("{file} is not shaped like a cdk.tf.json: $.provider.genesyscloud: expected a provider configuration (an object), got a string"),
    },
  },
  {
    shape: "a resource type named constructor",
    build: (_outdir, file) => writeJson(file, { resource: { constructor: { x: {} } } }),
    answers: {
      validate: [1, `${path.join("stacks", "pr", "cdk.tf.json")}: 0 problems, 1 not checked (0 resources, 0 data sources, 0 provider configurations checked)`],
      review: [0, "<!-- cartesia-genesys-review -->"],
      smoke: refused(`no Genesys TTS Connector in {fileRaw}`),
    },
  },
  {
    shape: "an attribute named toString in the integration",
    build: (_outdir, file) =>
      writeJson(
        file,
        broken((doc) => Object.defineProperty(doc.resource!.genesyscloud_integration[INTEGRATION], "toString", { value: "ENABLED", enumerable: true })),
      ),
    answers: {
      validate: [1, `${path.join("stacks", "pr", "cdk.tf.json")}: 1 problem, 0 not checked (3 resources, 0 data sources, 1 provider configuration checked)`],
      review: [0, "<!-- cartesia-genesys-review -->"],
      smoke: [0, "{smokeFirst}"],
    },
  },
];

/** The stack file and folder as messages quote them. */
function expand(line: string, outdir: string, file: string): string {
  return line
    .replaceAll("{file}", JSON.stringify(file))
    .replaceAll("{fileRaw}", file)
    .replaceAll("{outdir}", JSON.stringify(outdir))
    .replaceAll("{stacks}", JSON.stringify(path.join(outdir, "stacks")));
}

describe.each(SHAPES.map((s) => [s.shape, s] as const))("a folder where %s", (_shape, entry) => {
  const outdir = tempDir("cartesia-hostile-folder-");
  const file = path.join(outdir, "stacks", "pr", "cdk.tf.json");
  entry.build(outdir, file);

  test.each(COMMANDS)("%s answers clearly, with the exact outcome", async (command) => {
    const result = await runTool([command, outdir], { cwd: outdir });
    const [code, first] = entry.answers[command];
    expect(result.code).toBe(code);
    const printed = (code === 2 ? result.stderr : result.stdout).split("\n")[0];
    if (first === "{smokeChoices}") expect(printed).toBe("smoke: 2 connectors match; choose one:");
    else if (first === "{smokeFirst}") expect(printed).toMatch(/^Smoke test of cartesia-genesys\/cartesia \(genesyscloud_integration\./);
    else expect(printed).toBe(code === 2 ? `${command}: ${expand(first, outdir, file)}` : expand(first, outdir, file));
    // Nothing but the line feeds that end lines is a control character, and no stack trace is printed.
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/[\u0000-\u0009\u000b-\u001f]|\n\s+at /);
  });
});

describe("what validate says inside the file, by JSON path", () => {
  async function problems(build: (outdir: string, file: string) => void): Promise<string[]> {
    const outdir = tempDir("cartesia-hostile-validate-");
    build(outdir, path.join(outdir, "stacks", "pr", "cdk.tf.json"));
    return (await runTool(["validate", outdir])).lines.filter((line) => line.startsWith("  "));
  }

  test.each([
    ["nesting", (_o: string, f: string) => write(f, nested(200)), ["  $: nested more than 64 levels deep (at $.locals.deep[0][0][0][0]…)"]],
    ["not JSON, no excerpt", (_o: string, f: string) => write(f, '{"a": 1,\n  "b": }'), ["  $: not valid JSON: unexpected token '}'"]],
    [
      "an unterminated document, by line and column",
      (_o: string, f: string) => write(f, '{\n  "a": 1'),
      ["  $: not valid JSON: expected ',' or '}' after property value at line 2, column 9"],
    ],
    [
      "resource: null",
      (_o: string, f: string) =>
        writeJson(
          f,
          broken((d) => (d.resource = null as never)),
        ),
      ['  $.resource: wrong type: "resource" must be an object of resource types, got null'],
    ],
    [
      "an attribute named toString, one named constructor, one named __proto__",
      (_o: string, f: string) =>
        write(
          f,
          JSON.stringify(clean).replace(
            `"${INTEGRATION}":{`,
            `"${INTEGRATION}":{"toString":"x","constructor":"y","__proto__":{"polluted":true},"hasOwnProperty":"z",`,
          ),
        ),
      [
        `  $.resource.genesyscloud_integration.${INTEGRATION}.toString: unknown attribute or block "toString" in genesyscloud_integration`,
        `  $.resource.genesyscloud_integration.${INTEGRATION}.constructor: unknown attribute or block "constructor" in genesyscloud_integration`,
        `  $.resource.genesyscloud_integration.${INTEGRATION}.__proto__: unknown attribute or block "__proto__" in genesyscloud_integration`,
        `  $.resource.genesyscloud_integration.${INTEGRATION}.hasOwnProperty: unknown attribute or block "hasOwnProperty" in genesyscloud_integration`,
      ],
    ],
    [
      "resource types named __proto__ and hasOwnProperty",
      (_o: string, f: string) => write(f, '{"resource": {"__proto__": {"x": {}}, "hasOwnProperty": {"y": {}}}}'),
      [
        '  not checked: $.resource.__proto__.x (resource __proto__): the pinned provider schema has no resource type "__proto__"',
        '  not checked: $.resource.hasOwnProperty.y (resource hasOwnProperty): the pinned provider schema has no resource type "hasOwnProperty"',
      ],
    ],
    [
      "a variable named constructor, referenced",
      (_o: string, f: string) =>
        writeJson(
          f,
          broken((d) => (d.resource!.genesyscloud_integration_credential[CREDENTIAL].fields = { "X-Api-Key": "${var.constructor}" })),
        ),
      [`  $.resource.genesyscloud_integration_credential.${CREDENTIAL}.fields["X-Api-Key"]: reference to undeclared variable var.constructor`],
    ],
  ])("%s", async (_case, build, expected) => {
    expect(await problems(build)).toEqual(expected);
  });
});

describe("a bad --schema is bad usage that names the schema", () => {
  const stacks = tempDir("cartesia-hostile-schema-");
  writeJson(path.join(stacks, "stacks", "pr", "cdk.tf.json"), clean);
  const address = "registry.terraform.io/mypurecloud/genesyscloud";
  const schemaFile = (name: string, text: string) => {
    const file = path.join(tempDir("cartesia-schema-"), name);
    fs.writeFileSync(file, text);
    return file;
  };
  const fifo = () => {
    const file = path.join(tempDir("cartesia-schema-"), "schema.json");
    execFileSync("mkfifo", [file]);
    return file;
  };

  test.each([
    ["a named pipe", fifo, (f: string) => `${JSON.stringify(f)} is a named pipe (FIFO), not a regular file`],
    ["a directory", () => tempDir("cartesia-schema-dir-"), (f: string) => `${JSON.stringify(f)} is a directory, not a regular file`],
    ["a device", () => "/dev/zero", () => '"/dev/zero" is a character device, not a regular file'],
    [
      "nested past any schema",
      () => schemaFile("deep.json", `{"provider_schemas": {"x": ${"[".repeat(100)}${"]".repeat(100)}}}`),
      (f: string) => `cannot read provider schema ${JSON.stringify(f)}: nested more than 64 levels deep (at $.provider_schemas.x[0][0][0][0]…)`,
    ],
    [
      "not JSON",
      () => schemaFile("bad.json", "{,}"),
      (f: string) => `cannot read provider schema ${JSON.stringify(f)}: not valid JSON: expected property name or '}' at line 1, column 2`,
    ],
    [
      "a resource schema that is null",
      () => schemaFile("null.json", JSON.stringify({ provider_schemas: { [address]: { resource_schemas: { genesyscloud_integration: null } } } })),
      (f: string) =>
        `${JSON.stringify(f)} is not a provider schema this validator can read: $.provider_schemas["${address}"].resource_schemas.genesyscloud_integration: expected a schema (an object), got null`,
    ],
    [
      "an attribute of an unknown type, a nesting mode that does not exist",
      () =>
        schemaFile(
          "types.json",
          JSON.stringify({
            provider_schemas: {
              [address]: {
                resource_schemas: {
                  genesyscloud_integration: {
                    block: { attributes: { name: { type: ["record", "string"] } }, block_types: { config: { nesting_mode: "constructor", block: {} } } },
                  },
                },
              },
            },
          }),
        ),
      (f: string) =>
        `${JSON.stringify(f)} is not a provider schema this validator can read: $.provider_schemas["${address}"].resource_schemas.genesyscloud_integration.block.attributes.name.type[0]: unknown type kind "record"; expected list, set, map, object or tuple; $.provider_schemas["${address}"].resource_schemas.genesyscloud_integration.block.block_types.config.nesting_mode: expected one of single, group, list, set, map, got a string`,
    ],
  ])("%s", async (_case, make, message) => {
    const file = make();
    const result = await runTool(["validate", stacks, "--schema", file]);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe(`validate: --schema: ${message(file)}`);
  });

  test("a schema whose types are named after Object.prototype is read as it is, not refused", async () => {
    const file = schemaFile(
      "proto.json",
      JSON.stringify({ provider_schemas: { [address]: { resource_schemas: { constructor: { block: {} }, __proto__: { block: {} } } } } }),
    );
    const result = await runTool(["validate", stacks, "--schema", file]);
    expect(result.code).toBe(1); // the stack's own types are not in that schema: listed as not checked
    expect(result.lines.at(-1)).toBe("validate: 1 of 1 stacks failed");
  });
});

describe("a server's answer is read only so far", () => {
  test("an answer longer than the bound is cut there, said so, and the reader stops", async () => {
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      // Far more than the bound, in pieces: the client must stop reading, not wait for the end.
      for (let i = 0; i < 64; i++) res.write(Buffer.alloc(1024, 1));
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tts/bytes`;
      const answer = await exchange({ method: "GET", url, headers: {} }, { maxBytes: 5000 });
      expect([answer.status, answer.body.length, answer.truncated]).toEqual([200, 5000, true]);
      const small = await exchange({ method: "GET", url, headers: {} }, { maxBytes: 1024 * 1024 });
      expect([small.body.length, small.truncated]).toEqual([64 * 1024, undefined]);
    } finally {
      // fetch's pool keeps a connection open after the two answers; close would wait seconds for it to time out.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  test("smoke's wait is bounded: a body that stalls after its headers, and a fetch that ignores its signal, end at the timeout", async () => {
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { "content-type": "audio/wav" });
      res.write(Buffer.alloc(44)); // the headers and a first piece, then nothing more
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tts/bytes`;
      const send = sender({ fetch: (input, init) => fetch(input, init), timeoutMs: 300 });
      expect(await send({ method: "POST", url, headers: {}, body: "{}" })).toEqual({ unreachable: "no answer within 0.3 s" });
      const deaf = sender({ fetch: () => new Promise<Response>(() => undefined), timeoutMs: 300 });
      expect(await deaf({ method: "GET", url, headers: {} })).toEqual({ unreachable: "no answer within 0.3 s" });
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

test("the catalogue tries at least 15 folder shapes on every command", () => {
  expect(SHAPES.length).toBeGreaterThanOrEqual(15);
  expect(new Set(SHAPES.map((s) => s.shape)).size).toBe(SHAPES.length);
});

describe("resources named after Object.prototype are only resources", () => {
  const renamed = (integration: string, credential: string) =>
    JSON.parse(JSON.stringify(clean).replaceAll(INTEGRATION, integration).replaceAll(CREDENTIAL, credential)) as TerraformJson;
  const folder = (doc: unknown) => {
    const outdir = tempDir("cartesia-proto-names-");
    writeJson(path.join(outdir, "stacks", "pr", "cdk.tf.json"), doc);
    return outdir;
  };

  test("an integration named __proto__ with a credential named constructor: reviewed and smoke-planned as what they are", async () => {
    const outdir = folder(renamed("__proto__", "constructor"));
    const review = await runTool(["review", outdir]);
    expect(review.code).toBe(0);
    expect(review.stdout).toContain(
      "| Credential | `genesyscloud_integration_credential.constructor` (Genesys TTS Connector: Cartesia credential, type `userDefined`) in slot `basicAuth`; key in Terraform state: the stack creates the credential, its X-Api-Key from variable cartesia_api_key |",
    );
    expect(review.stdout).toContain("| Terraform | `genesyscloud_integration.__proto__`, construct `cartesia-genesys/cartesia` |");
    const smoke = await runTool(["smoke", outdir]);
    expect([smoke.code, smoke.lines[0]]).toEqual([
      0,
      `Smoke test of cartesia-genesys/cartesia (genesyscloud_integration.__proto__, stack pr) from ${path.relative(process.cwd(), outdir)}`,
    ]);
  });

  test("a link to a credential named hasOwnProperty that the stack does not hold is a link to elsewhere, not to Object's method", async () => {
    const doc = renamed(INTEGRATION, "hasOwnProperty");
    delete doc.resource!.genesyscloud_integration_credential;
    const review = await runTool(["review", folder(doc), "--format", "json"]);
    expect(review.code).toBe(0);
    const connector = (JSON.parse(review.stdout) as { stacks: { connectors: { credential: { managedHere: boolean }; findings: { code: string }[] }[] }[] })
      .stacks[0].connectors[0];
    expect(connector.credential.managedHere).toBe(false);
    expect(connector.findings.map((f) => f.code)).toContain("credential-external");
  });
});

test("smoke writes its audio only inside the folder: a smoke/ that links out is refused", async () => {
  const { startFakeCartesia, TEST_API_KEY } = await import("../../support/fake-cartesia");
  const outdir = tempDir("cartesia-smoke-link-");
  writeJson(path.join(outdir, "stacks", "pr", "cdk.tf.json"), clean);
  const elsewhere = tempDir("cartesia-smoke-elsewhere-");
  fs.symlinkSync(elsewhere, path.join(outdir, "smoke"));
  const fake = await startFakeCartesia({});
  try {
    const result = await runTool(["smoke", outdir, "--endpoint", fake.url], { env: { CARTESIA_API_KEY: TEST_API_KEY } });
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe(
      `smoke: ${JSON.stringify(path.join(outdir, "smoke"))} leads out of ${JSON.stringify(outdir)} (a symbolic link); nothing was written there`,
    );
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  } finally {
    await fake.close();
  }
});
