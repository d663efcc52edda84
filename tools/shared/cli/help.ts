import type { CommandSpec } from "./command-spec";
import { EXIT } from "./exit-code";

/** The program's name, as users type it. */
export const PROGRAM = "cartesia-genesys";

/** A command's `--help`, made from its table: usage line, summary, arguments, details, exit codes. */
export function helpText(spec: CommandSpec): string {
  const rows: [string, string][] = [];
  if (spec.positional) rows.push([spec.positional.name, `${spec.positional.description} (default: ${spec.positional.default})`]);
  for (const [name, option] of Object.entries(spec.options)) {
    const choices = option.type === "string" && option.choices ? ` (${option.choices.join(" or ")})` : "";
    rows.push([option.type === "string" ? `--${name} ${option.value}` : `--${name}`, `${option.description}${choices}`]);
  }
  rows.push(["--help", "show this help"]);
  const width = Math.max(...rows.map(([left]) => left.length)) + 3;
  return [
    `usage: ${usageLine(spec)}`,
    "",
    `${spec.summary}.`,
    "",
    ...rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`),
    ...(spec.details ?? []).flatMap((paragraph) => ["", paragraph]),
    "",
    "exit codes:",
    ...Object.values(EXIT).map((code) => `  ${code}  ${spec.exitCodes[code]}`),
  ].join("\n");
}

/** `cartesia-genesys validate [cdktf.out] [--schema FILE] [--allow-unchecked]`. */
export function usageLine(spec: CommandSpec): string {
  const parts = [PROGRAM, spec.name];
  if (spec.positional) parts.push(`[${spec.positional.name}]`);
  for (const [name, option] of Object.entries(spec.options)) parts.push(option.type === "string" ? `[--${name} ${option.value}]` : `[--${name}]`);
  return parts.join(" ");
}

/** `cartesia-genesys --help`: every command with its summary. */
export function programHelp(specs: readonly CommandSpec[]): string {
  const width = Math.max(...specs.map((s) => s.name.length)) + 3;
  return [
    `usage: ${PROGRAM} <command> [options]`,
    "",
    "Checks what the CartesiaTtsConnector construct synthesized, before and after deploy.",
    "",
    ...specs.map((spec) => `  ${spec.name.padEnd(width)}${spec.summary}`),
    "",
    `Run "${PROGRAM} <command> --help" for a command's options. Every command exits 0 when all is good,`,
    "1 when a check failed (or a risky change was found) and 2 on bad usage.",
    `"${PROGRAM} --version" prints its version.`,
  ].join("\n");
}
