import { parseArgs } from "node:util";
import { closestName } from "../../../lib/shared";
import type { CommandLine, CommandSpec, OptionTable, OptionValues } from "./command-spec";
import { UsageError } from "./usage-error";

/** What a command line asks for: help, or a run with these options. */
export type ParsedCommandLine<O extends OptionTable> = { readonly help: true } | ({ readonly help: false } & CommandLine<O>);

/**
 * Parses a command line against a command's option table, strictly: `--opt value` and `--opt=value`,
 * nothing unknown, no value missing (a value that starts with `--` is taken for a forgotten one), no
 * option given twice, no value outside its choices, at most one positional argument. `--help`/`-h`
 * anywhere wins. Throws a `UsageError` that names the flag.
 */
export function parseCommandLine<O extends OptionTable>(spec: CommandSpec<O>, argv: readonly string[]): ParsedCommandLine<O> {
  if (argv.some((arg) => arg === "--help" || arg === "-h")) return { help: true };
  // Non-strict so that every mistake is found and worded here, from the tokens, the same for every command.
  const { tokens } = parseArgs({ args: [...argv], options: parserOptions(spec.options), strict: false, allowPositionals: true, tokens: true });
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") {
      positionals.push(token.value);
      continue;
    }
    if (token.kind === "option-terminator") continue;
    // Own options only: `--constructor` or `--__proto__` is an unknown option, not one of Object's.
    const option = Object.hasOwn(spec.options, token.name) ? spec.options[token.name] : undefined;
    if (option === undefined || !token.rawName.startsWith("--")) throw new UsageError(unknownOption(token.rawName, spec));
    if (Object.hasOwn(values, token.name)) throw new UsageError(`${token.rawName} given twice; give it once`);
    if (option.type === "boolean") {
      if (token.value !== undefined) throw new UsageError(`${token.rawName} takes no value; got ${token.rawName}=${token.value}`);
      values[token.name] = true;
      continue;
    }
    // `--schema --allow-unchecked` is a forgotten value, not a file named "--allow-unchecked".
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith("--"))) {
      throw new UsageError(`${token.rawName} needs a value: ${token.rawName} ${option.value}`);
    }
    if (option.choices !== undefined && !option.choices.includes(token.value)) {
      throw new UsageError(`${token.rawName}: got ${JSON.stringify(token.value)}; allowed: ${option.choices.join(", ")}`);
    }
    values[token.name] = token.value;
  }
  if (spec.positional === undefined && positionals.length > 0) {
    throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}: ${spec.name} takes options only`);
  }
  if (positionals.length > 1) {
    throw new UsageError(`unexpected argument ${JSON.stringify(positionals[1])}: give one ${spec.positional?.name ?? "argument"} (got ${positionals.length})`);
  }
  for (const [name, option] of Object.entries(spec.options)) if (option.type === "boolean") values[name] ??= false;
  return { help: false, options: values as OptionValues<O>, positional: positionals[0] ?? spec.positional?.default ?? "" };
}

function parserOptions(options: OptionTable) {
  return Object.fromEntries(Object.entries(options).map(([name, option]) => [name, { type: option.type }]));
}

function unknownOption(raw: string, spec: CommandSpec): string {
  const name = raw.replace(/^-+/, "").split("=")[0];
  const meant = closestName(name, Object.keys(spec.options));
  return `unknown option ${raw.split("=")[0]}${meant ? ` (did you mean --${meant}?)` : ""}`;
}
