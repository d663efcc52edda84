#!/usr/bin/env node
/**
 * `cartesia-genesys <command>`: the library's tools around a synthesized `cdktf.out`.
 * Each command lives in its own folder and is loaded only when asked for, so one command's
 * dependencies never slow another's start.
 */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }> = {
  validate: { summary: "check cdk.tf.json files against the pinned Genesys provider schema", load: () => import("./validate/command") },
  review: { summary: "summarize connectors for a pull request, or diff them against a base", load: () => import("./review/command") },
  smoke: { summary: "send the connector's real requests to Cartesia before deploying", load: () => import("./smoke/command") },
};

function usage(): string {
  return ["usage: cartesia-genesys <command> [options]", "", ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`)].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    console.error(name === undefined || name === "--help" || name === "-h" ? usage() : `unknown command "${name}"\n\n${usage()}`);
    return name === "--help" || name === "-h" ? 0 : 2;
  }
  return (await command.load()).run(args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
