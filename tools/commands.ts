import { spec as adoptSpec } from "./adopt/args";
import { spec as credentialSpec } from "./credential/args";
import { spec as reviewSpec } from "./review/args";
import { type CommandContext } from "./shared/cli/context";
import { EXIT, type ExitCode } from "./shared/cli/exit-code";
import { helpText, programHelp, PROGRAM } from "./shared/cli/help";
import type { CommandSpec } from "./shared/cli/command-spec";
import { runCommand, type Command } from "./shared/cli/run-command";
import { commandVersion } from "./shared/cli/version";
import { noEngineMessage } from "./shared/cli/engine-alias";
import { spec as smokeSpec } from "./smoke/args";
import { spec as validateSpec } from "./validate/args";
import { spec as verifySpec } from "./verify/args";
import { closestName } from "../lib/shared";

/**
 * Every command: its table, loaded eagerly (it is data, for `--help`), and its module, loaded only when
 * the command runs, so one command's dependencies never slow another's start.
 */
export const COMMANDS: readonly { readonly spec: CommandSpec; readonly load: () => Promise<{ readonly command: Command }> }[] = [
  { spec: validateSpec, load: () => import("./validate/command") },
  { spec: reviewSpec, load: () => import("./review/command") },
  { spec: smokeSpec, load: () => import("./smoke/command") },
  { spec: verifySpec, load: () => import("./verify/command") },
  { spec: adoptSpec, load: () => import("./adopt/command") },
  { spec: credentialSpec, load: () => import("./credential/command") },
];

/** `cartesia-genesys <command> [options]`. */
export async function runCli(argv: readonly string[], context: CommandContext): Promise<ExitCode> {
  const [name, ...rest] = argv;
  const specs = COMMANDS.map((c) => c.spec);
  if (name === undefined || name === "--help" || name === "-h") {
    if (name === undefined) await context.io.err(programHelp(specs));
    else await context.io.out(programHelp(specs));
    return name === undefined ? EXIT.USAGE : EXIT.OK;
  }
  if (name === "--version" && rest.length === 0) {
    await context.io.out(commandVersion());
    return EXIT.OK;
  }
  const entry = COMMANDS.find((c) => c.spec.name === name);
  if (!entry) {
    const meant = closestName(
      name,
      specs.map((s) => s.name),
    );
    await context.io.err(
      `${PROGRAM}: unknown command ${JSON.stringify(name)}${meant ? ` (did you mean ${meant}?)` : ""}; the commands are ${specs.map((s) => s.name).join(", ")}.`,
    );
    await context.io.err(`Run "${PROGRAM} --help" for usage.`);
    return EXIT.USAGE;
  }
  let loaded: { readonly command: Command };
  try {
    loaded = await entry.load();
  } catch (error) {
    // Installed on its own, the command has no engine: only adopt needs one.
    if (!isMissingEngine(error)) throw error;
    if (rest.includes("--help") || rest.includes("-h")) {
      await context.io.out(helpText(entry.spec));
      return EXIT.OK;
    }
    await context.io.err(noEngineMessage(name));
    return EXIT.FAILED;
  }
  return runCommand(loaded.command, rest, context);
}

/** Whether loading a command failed because neither engine (nor constructs) is installed. */
function isMissingEngine(error: unknown): boolean {
  return (
    error instanceof Error && (error as { code?: unknown }).code === "MODULE_NOT_FOUND" && /^Cannot find module '(cdktf|cdktn|constructs)'/.test(error.message)
  );
}
