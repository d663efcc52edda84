import type { CommandSpec } from "../shared/cli/command-spec";

/** `cartesia-genesys validate`: its options, once. */
export const spec = {
  name: "validate",
  summary: "check every synthesized stack against the pinned Genesys provider schema, offline",
  positional: { name: "cdktf.out", description: "the synthesized app", default: "cdktf.out" },
  options: {
    schema: { type: "string", value: "FILE", description: 'a "terraform providers schema -json" file instead of the pinned one' },
    "allow-unchecked": { type: "boolean", description: "pass stacks that hold types no schema describes (they are still listed)" },
    terraform: {
      type: "boolean",
      description:
        "run the real terraform init, validate and plan on each stack instead, against a local provider serving the schema (needs terraform on PATH)",
    },
    fixtures: { type: "string", value: "FILE", description: "with --terraform: what the remote side holds, for import blocks and data sources (JSON)" },
    "standalone-config": {
      type: "string",
      value: "MODE",
      choices: ["on", "off"],
      description:
        "with --terraform: plan as the provider does with ENABLE_STANDALONE_INTEGRATION_CONFIG set (on) or not (off); default: on when this command's environment has it (any value, even empty), else off",
    },
    "trusted-input": {
      type: "boolean",
      description: "with --terraform: run terraform without a sandbox where none can be made (only for a cdktf.out whose every file you trust)",
    },
    "stack-memory": {
      type: "string",
      value: "SIZE",
      description: "with --terraform: address space each terraform process of a stack may take, 1GiB to 64GiB (default: 3GiB)",
    },
    "stack-timeout": {
      type: "string",
      value: "DURATION",
      description: "with --terraform: time all of a stack's terraform commands may take, 1s to 24h (default: 300s)",
    },
  },
  details: [
    "Checks each stacks/*/cdk.tf.json: resource and data-source types, attributes and blocks, required attributes, value types, references, and outputs that expose a sensitive value unmarked. Needs no terraform and no provider plugin.",
    "With --terraform, terraform itself judges each stack, offline: it runs on a temporary copy (your cdktf.out and state stay untouched), with its own CLI configuration, none of your TF_VAR_ or TF_ variables, and placeholders for variables without a default. Nothing is downloaded or applied.",
    "Terraform runs in a bubblewrap sandbox: no network, no file but its binary, the stack's copy and the schema provider's socket, no variable of your environment, and a process tree of its own. A stack whose folder would reach outside its copy (an override or second .tf file, a symbolic link, a module from anywhere but a folder of the stack, a terraform_remote_state that is not a local file inside the copy) is refused before terraform runs. Ctrl-C or SIGTERM stops terraform and removes every temporary folder.",
  ],
  exitCodes: {
    0: "every stack is clean",
    1: "a stack has a problem, or holds a type no schema describes (without --allow-unchecked); with --terraform: terraform failed to validate or plan a stack, or Ctrl-C or SIGTERM stopped it",
    2: "bad usage: an unknown flag, a folder with no stacks, a --schema that is not a provider schema; --terraform without terraform on PATH, or where no sandbox can be made (without --trusted-input); a bad --stack-memory or --stack-timeout",
  },
} as const satisfies CommandSpec;
