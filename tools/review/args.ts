import type { CommandSpec } from "../shared/cli/command-spec";

/** `cartesia-genesys review`: its options, once. */
export const spec = {
  name: "review",
  summary: "summarize the connectors for a pull request, or say what changed against a base",
  positional: { name: "cdktf.out", description: "the synthesized app to review", default: "cdktf.out" },
  options: {
    base: { type: "string", value: "DIR", description: "a synthesized base to compare with: prints what changed, per connector" },
    plan: {
      type: "string",
      value: "PLAN_JSON",
      description:
        "a saved plan as terraform show -json prints it: reviews what terraform will actually change (drift and imports included), instead of a cdktf.out",
    },
    format: { type: "string", value: "FORMAT", description: "markdown (a pull-request comment) or json; default markdown", choices: ["markdown", "json"] },
    "fail-on": { type: "string", value: "risky", description: "exit 1 when anything risky is found (with --base: a risky change)", choices: ["risky"] },
  },
  details: [
    "Reads only the synthesized cdk.tf.json files (or the plan), never the environment: credential fields are shown by where their value comes from, never by value; a value the plan marks sensitive is never shown, only whether it changes.",
  ],
  exitCodes: {
    0: "reviewed (nothing risky, or --fail-on not given)",
    1: "with --fail-on risky: something risky was found",
    2: "bad usage: an unknown flag or value, a folder that is not a cdktf.out, a --plan file that is not a plan's JSON",
  },
} as const satisfies CommandSpec;
