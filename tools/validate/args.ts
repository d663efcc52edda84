import type { CommandSpec } from "../shared/cli/command-spec";

/** `cartesia-genesys validate`: its options, once. */
export const spec = {
  name: "validate",
  summary: "check every synthesized stack against the pinned Genesys provider schema, offline",
  positional: { name: "cdktf.out", description: "the synthesized app", default: "cdktf.out" },
  options: {
    schema: { type: "string", value: "FILE", description: 'a "terraform providers schema -json" file instead of the pinned one' },
    "allow-unchecked": { type: "boolean", description: "pass stacks that hold types no schema describes (they are still listed)" },
  },
  details: [
    "Checks each stacks/*/cdk.tf.json: resource and data-source types, attributes and blocks, required attributes, value types, references, and outputs that expose a sensitive value unmarked. Needs no terraform and no provider plugin.",
  ],
  exitCodes: {
    0: "every stack is clean",
    1: "a stack has a problem, or holds a type no schema describes (without --allow-unchecked)",
    2: "bad usage: an unknown flag, a folder with no stacks, a --schema that is not a provider schema",
  },
} as const satisfies CommandSpec;
