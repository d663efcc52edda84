import type { ExitCode } from "./exit-code";

/** An option that takes a value: `--format json` or `--format=json`. */
export interface ValueOption {
  readonly type: "string";
  /** The value's name in help: `FILE`, `URL`, `SECONDS`. */
  readonly value: string;
  readonly description: string;
  /** The only values allowed; anything else is a usage error that lists them. */
  readonly choices?: readonly string[];
}

/** A switch: present or not, never with a value. */
export interface FlagOption {
  readonly type: "boolean";
  readonly description: string;
}

export type OptionSpec = ValueOption | FlagOption;

/** Options by long name, without the dashes. */
export type OptionTable = Readonly<Record<string, OptionSpec>>;

/**
 * A command, declared once: its parser, its `--help` and the README's table of options all come from
 * this.
 */
export interface CommandSpec<O extends OptionTable = OptionTable> {
  readonly name: string;
  /** One line, for `cartesia-genesys --help`. */
  readonly summary: string;
  /** The one positional argument a command may take (a folder), with its default. */
  readonly positional?: { readonly name: string; readonly description: string; readonly default: string };
  readonly options: O;
  /** Paragraphs of `--help` after the options: where settings come from, what is sent where. */
  readonly details?: readonly string[];
  /** What each exit code means for this command. */
  readonly exitCodes: Readonly<Record<ExitCode, string>>;
}

/** The parsed value of each option: a switch is a boolean, a value option a string or undefined when not given. */
export type OptionValues<O extends OptionTable> = {
  readonly [K in keyof O]: O[K] extends FlagOption ? boolean : string | undefined;
};

/** A parsed command line. */
export interface CommandLine<O extends OptionTable = OptionTable> {
  readonly options: OptionValues<O>;
  /** The positional argument, or its default. */
  readonly positional: string;
}
