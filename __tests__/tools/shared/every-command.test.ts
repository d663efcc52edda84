/**
 * Every command answers the same bad usage the same way: one wording (`<command>: <what is wrong>`,
 * then where the help is), exit code 2, nothing on standard output; and `--help` works everywhere.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { COMMANDS } from "../../../tools/commands";
import { usageLine } from "../../../tools/shared/cli/help";
import { runTool } from "../../support/run-tool";
import { tempDir } from "../../support/helpers";

const commands = COMMANDS.map((c) => c.spec);

describe.each(commands.map((spec) => [spec.name, spec] as const))("%s", (name, spec) => {
  // A free value where there is one: a value outside a list of choices is refused before "given twice" is seen.
  const values = Object.entries(spec.options).filter(([, option]) => option.type === "string");
  const valueOption = (values.find(([, option]) => !(option as { choices?: unknown }).choices) ?? values[0])?.[0];
  const seeHelp = `Run "cartesia-genesys ${name} --help" for usage.`;

  test("--help: its usage line and its exit codes on standard output, exit 0", async () => {
    for (const help of ["--help", "-h"]) {
      const result = await runTool([name, help]);
      expect(result.code).toBe(0);
      expect(result.lines[0]).toBe(`usage: ${usageLine(spec)}`);
      expect(result.lines.slice(-4)).toEqual(["exit codes:", `  0  ${spec.exitCodes[0]}`, `  1  ${spec.exitCodes[1]}`, `  2  ${spec.exitCodes[2]}`]);
      expect(result.stderr).toBe("");
    }
  });

  test.each([
    ["an unknown flag", ["--no-such-flag"], "unknown option --no-such-flag"],
    [
      "a missing value",
      [`--${valueOption}`],
      `--${valueOption} needs a value: --${valueOption} ${valueOption && (spec.options[valueOption] as { value: string }).value}`,
    ],
    [
      "a value taken for a flag",
      [`--${valueOption}`, "--no-such-flag"],
      `--${valueOption} needs a value: --${valueOption} ${valueOption && (spec.options[valueOption] as { value: string }).value}`,
    ],
    ["an option given twice", [`--${valueOption}=a`, `--${valueOption}`, "b"], `--${valueOption} given twice; give it once`],
    // adopt takes no folder: any argument is one too many.
    spec.positional
      ? ["two folders", ["a", "b"], `unexpected argument "b": give one ${spec.positional.name} (got 2)`]
      : ["an argument", ["a"], `unexpected argument "a": ${name} takes options only`],
  ])("%s: one line saying what is wrong, where the help is, exit 2", async (_case, argv, message) => {
    const result = await runTool([name, ...argv]);
    expect(result).toMatchObject({ code: 2, stdout: "", stderr: `${name}: ${message}\n${seeHelp}\n` });
  });

  test("the = form is an ordinary way to give a value: it gets past the parser, as far as the folder", async () => {
    const empty = tempDir("cartesia-every-command-");
    const choices = (spec.options[valueOption] as { choices?: readonly string[] }).choices;
    // A folder where the positional is one; credential's is an action, given its default.
    const folder = spec.positional?.name === "cdktf.out";
    const positional = spec.positional ? [folder ? empty : spec.positional.default] : [];
    const result = await runTool([name, ...positional, `--${valueOption}=${choices?.[0] ?? "x"}`]);
    expect(result.code).toBe(2);
    const first = result.stderr.split("\n")[0];
    if (folder) expect(first).toMatch(new RegExp(`^${name}: no stacks in `));
    // Without a folder, the first complaint is the command's own, about the value or the environment, not the parser's.
    else
      expect([first.startsWith(`${name}: `), /unknown option|needs a value|given twice|takes no value|unexpected argument/.test(first)]).toEqual([true, false]);
  });
});

describe("cartesia-genesys itself", () => {
  test("--help lists every command; no command at all is bad usage", async () => {
    const help = await runTool(["--help"]);
    expect(help.code).toBe(0);
    for (const spec of commands) expect(help.stdout).toContain(`  ${spec.name}`);
    const none = await runTool([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(help.stdout);
  });

  test("--version prints the command package's version, alone on standard output", async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "..", "packages", "cartesia-genesys", "package.json"), "utf8")) as {
      version: string;
    };
    expect(await runTool(["--version"])).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  test("an unknown command is named, with the nearest one", async () => {
    const result = await runTool(["vaildate"]);
    expect(result).toMatchObject({
      code: 2,
      stdout: "",
      stderr: `cartesia-genesys: unknown command "vaildate" (did you mean validate?); the commands are ${commands.map((s) => s.name).join(", ")}.\nRun "cartesia-genesys --help" for usage.\n`,
    });
  });
});
