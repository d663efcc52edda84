/** The README's table of commands is the commands' own tables, so neither can drift from the other. */
import * as fs from "node:fs";
import * as path from "node:path";
import { COMMANDS } from "../../tools/commands";

const README = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");

/** Cells of the README table rows whose first cell is a command name in backticks. */
function readmeRows(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of README.split("\n")) {
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((cell) => cell.trim());
    const name = /^`([a-z]+)`$/.exec(cells[0] ?? "")?.[1];
    if (name && cells.length === 5) rows.set(name, cells.slice(1));
  }
  return rows;
}

test("every command has its row: options, and what each exit code means, as --help says", () => {
  const rows = readmeRows();
  expect([...rows.keys()]).toEqual(COMMANDS.map((c) => c.spec.name));
  for (const { spec } of COMMANDS) {
    const options = [
      ...(spec.positional ? [`\`[${spec.positional.name}]\``] : []),
      ...Object.entries(spec.options).map(([name, option]) => (option.type === "string" ? `\`--${name} ${option.value}\`` : `\`--${name}\``)),
    ].join(" ");
    expect([spec.name, ...rows.get(spec.name)!]).toEqual([spec.name, options, spec.exitCodes[0], spec.exitCodes[1], spec.exitCodes[2]]);
  }
});
