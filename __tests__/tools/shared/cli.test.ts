import { spawnSync } from "node:child_process";
import * as path from "node:path";
import type { CommandSpec } from "../../../tools/shared/cli/command-spec";
import { bufferSink, createIo } from "../../../tools/shared/cli/io";
import { helpText, usageLine } from "../../../tools/shared/cli/help";
import { parseCommandLine } from "../../../tools/shared/cli/parse-command-line";
import { UsageError } from "../../../tools/shared/cli/usage-error";
import { spec as smokeSpec } from "../../../tools/smoke/args";

const SPEC = {
  name: "demo",
  summary: "a command for these tests",
  positional: { name: "cdktf.out", description: "the app", default: "cdktf.out" },
  options: {
    schema: { type: "string", value: "FILE", description: "a schema" },
    format: { type: "string", value: "FORMAT", description: "how", choices: ["markdown", "json"] },
    "allow-unchecked": { type: "boolean", description: "be lenient" },
  },
  exitCodes: { 0: "fine", 1: "not fine", 2: "bad usage" },
} as const satisfies CommandSpec;

const parse = (...argv: string[]) => parseCommandLine(SPEC, argv);
const options = (...argv: string[]) => {
  const parsed = parse(...argv);
  if (parsed.help) throw new Error("asked for help");
  return parsed.options;
};
const usageError = (...argv: string[]) => {
  try {
    parse(...argv);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error(`no usage error for ${JSON.stringify(argv)}`);
};

describe("parsing a command line against its table", () => {
  test("defaults: the positional's default, switches off, values absent", () => {
    expect(parse()).toEqual({ help: false, positional: "cdktf.out", options: { "allow-unchecked": false } });
  });

  test("both spellings of a value, a value that is empty, switches and the positional in any order", () => {
    expect(parse("--schema=s.json", "out", "--allow-unchecked", "--format", "json")).toEqual({
      help: false,
      positional: "out",
      options: { schema: "s.json", format: "json", "allow-unchecked": true },
    });
    expect(options("--schema", "").schema).toBe("");
    expect(options("--schema=--odd").schema).toBe("--odd");
  });

  test("--help or -h anywhere asks for help, whatever else is wrong", () => {
    expect(parse("--nope", "--help")).toEqual({ help: true });
    expect(parse("-h")).toEqual({ help: true });
  });

  test.each([
    [["--nope"], "unknown option --nope"],
    [["--shema", "x"], "unknown option --shema (did you mean --schema?)"],
    [["--shema=x"], "unknown option --shema (did you mean --schema?)"],
    [["-s", "x"], "unknown option -s"],
    [["--schema"], "--schema needs a value: --schema FILE"],
    [["--schema", "--allow-unchecked"], "--schema needs a value: --schema FILE"],
    [["--schema=a", "--schema", "b"], "--schema given twice; give it once"],
    [["--allow-unchecked", "--allow-unchecked"], "--allow-unchecked given twice; give it once"],
    [["--allow-unchecked=yes"], "--allow-unchecked takes no value; got --allow-unchecked=yes"],
    [["--format", "xml"], '--format: got "xml"; allowed: markdown, json'],
    [["a", "b"], 'unexpected argument "b": give one cdktf.out (got 2)'],
  ])("%j: %s", (argv, message) => {
    expect(usageError(...argv)).toBe(message);
  });

  test("a command without a positional refuses one", () => {
    const noPositional = { ...SPEC, positional: undefined } satisfies CommandSpec;
    expect(() => parseCommandLine(noPositional, ["x"])).toThrow(new UsageError('unexpected argument "x": demo takes options only'));
  });
});

describe("help, from the same table", () => {
  test("the usage line lists every option", () => {
    expect(usageLine(SPEC)).toBe("cartesia-genesys demo [cdktf.out] [--schema FILE] [--format FORMAT] [--allow-unchecked]");
    expect(usageLine(smokeSpec)).toBe(
      'cartesia-genesys smoke [cdktf.out] [--stack S] [--connector C] [--text "..."] [--voice ID] [--endpoint URL] [--out FILE] [--fail-on warning]',
    );
  });

  test("help: usage, summary, one row per argument, the exit codes", () => {
    expect(helpText(SPEC).split("\n")).toEqual([
      "usage: cartesia-genesys demo [cdktf.out] [--schema FILE] [--format FORMAT] [--allow-unchecked]",
      "",
      "a command for these tests.",
      "",
      "  cdktf.out           the app (default: cdktf.out)",
      "  --schema FILE       a schema",
      "  --format FORMAT     how (markdown or json)",
      "  --allow-unchecked   be lenient",
      "  --help              show this help",
      "",
      "exit codes:",
      "  0  fine",
      "  1  not fine",
      "  2  bad usage",
    ]);
  });
});

describe("the one output", () => {
  const KEY = "sk_car_test_not_a_real_key_0001";

  test("every line is redacted: key-like text, and every registered secret whatever it looks like", async () => {
    const sink = bufferSink();
    const io = createIo(sink);
    io.addSecrets(["oauth-client-secret-value", undefined]);
    await io.out(`key ${KEY}`);
    await io.err("secret oauth-client-secret-value\n");
    expect(sink.stdout()).toBe("key sk_car_…(masked, 31 characters)\n");
    expect(sink.stderr()).toBe("secret …(masked, 25 characters)\n");
  });

  test("progress lines only on a terminal, cleared before the next line", async () => {
    const plain = bufferSink(false);
    await createIo(plain).progress("waiting");
    expect(plain.stderr()).toBe("");
    const terminal = bufferSink(true);
    const io = createIo(terminal);
    await io.progress(`waiting for ${KEY}`);
    await io.out("done");
    expect(terminal.stderr()).toBe("\r\u001b[2Kwaiting for sk_car_…(masked, 31 characters)\r\u001b[2K");
    expect(terminal.stdout()).toBe("done\n");
  });
});

describe("a reader that stops early", () => {
  test("a closed pipe on stdout is no crash: no stack trace, and the command's own exit code", () => {
    const script = `${JSON.stringify(process.execPath)} --import tsx tools/cli.ts validate --help | true; echo "rc=\${PIPESTATUS[0]}"; ${JSON.stringify(process.execPath)} --import tsx tools/cli.ts validate no-such-folder 2>/dev/null | true; echo "rc=\${PIPESTATUS[0]}"`;
    const result = spawnSync("bash", ["-c", script], { cwd: path.join(__dirname, "..", "..", ".."), encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("rc=0\nrc=2\n");
  });
});
