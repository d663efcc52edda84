import type { CommandLine, CommandSpec, OptionTable } from "./command-spec";
import type { CommandContext } from "./context";
import { secretsFromEnv } from "./env-secrets";
import { EXIT, type ExitCode } from "./exit-code";
import { helpText, PROGRAM } from "./help";
import { parseCommandLine } from "./parse-command-line";
import { UsageError } from "./usage-error";

/** A command: its table, and what it does with a parsed command line. */
export interface Command<O extends OptionTable = OptionTable> {
  readonly spec: CommandSpec<O>;
  run(line: CommandLine<O>, context: CommandContext): Promise<ExitCode>;
}

/**
 * Runs a command the same way for every command: the environment's secrets are masked in everything it
 * prints (`secretsFromEnv`); `--help` prints the table's help; bad usage, found by
 * the parser or by the command (a `UsageError`), prints `<command>: <what is wrong>` and exits 2; any
 * other error prints `<command>: <message>`, never a stack trace, and exits 1.
 */
export async function runCommand<O extends OptionTable>(command: Command<O>, argv: readonly string[], context: CommandContext): Promise<ExitCode> {
  const { io } = context;
  const name = command.spec.name;
  // Before anything is printed, whatever the command: its own arguments may echo a secret back too.
  io.addSecrets(secretsFromEnv(context.env));
  try {
    const parsed = parseCommandLine(command.spec, argv);
    if (parsed.help) {
      await io.out(helpText(command.spec));
      return EXIT.OK;
    }
    return await command.run(parsed, context);
  } catch (error) {
    await io.done();
    if (error instanceof UsageError) {
      await io.err(`${name}: ${error.message}`);
      await io.err(`Run "${PROGRAM} ${name} --help" for usage.`);
      return EXIT.USAGE;
    }
    await io.err(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.FAILED;
  }
}
