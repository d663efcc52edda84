import type { CommandSpec } from "../shared/cli/command-spec";

/** `cartesia-genesys review`: its options, once. */
export const spec = {
  name: "review",
  summary: "summarize the connectors for a pull request, or say what changed against a base",
  positional: { name: "cdktf.out", description: "the synthesized app to review", default: "cdktf.out" },
  options: {
    base: { type: "string", value: "DIR", description: "a synthesized base to compare with: prints what changed, per connector" },
    format: { type: "string", value: "FORMAT", description: "markdown (a pull-request comment) or json; default markdown", choices: ["markdown", "json"] },
    "fail-on": { type: "string", value: "risky", description: "exit 1 when anything risky is found (with --base: a risky change)", choices: ["risky"] },
  },
  details: [
    "Reads only the synthesized cdk.tf.json files, never the environment: credential fields are shown by where their value comes from, never by value.",
  ],
  exitCodes: {
    0: "reviewed (nothing risky, or --fail-on not given)",
    1: "with --fail-on risky: something risky was found",
    2: "bad usage: an unknown flag or value, a folder that is not a cdktf.out",
  },
} as const satisfies CommandSpec;
