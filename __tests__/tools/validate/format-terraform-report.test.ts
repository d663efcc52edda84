import * as path from "node:path";
import { formatTerraformCheck, formatTerraformSummary } from "../../../tools/validate/format-terraform-report";
import type { StackCheck } from "../../../tools/shared/terraform/check-stack";

const label = path.join("stacks", "genesys", "cdk.tf.json");
const planned: StackCheck = {
  stack: "genesys",
  stages: [
    { stage: "init", ok: true, ms: 80 },
    { stage: "validate", ok: true, ms: 90 },
    { stage: "plan", ok: true, ms: 120 },
  ],
  diagnostics: [],
  counts: { add: 3, change: 0, destroy: 0, import: 0 },
  terraformVersion: "1.11.4",
  placeholders: ["cartesia_api_key"],
  ok: true,
};

test("a planned stack: terraform's counts and the variables given placeholders", () => {
  expect(formatTerraformCheck(label, planned)).toEqual([
    `${label}: terraform validated and planned it: 3 to add, 0 to change, 0 to destroy`,
    "  placeholders for variables without a default: cartesia_api_key",
  ]);
});

test("a failed stack: where it stopped, each diagnostic with its file and line (in the user's folder), address and detail", () => {
  const failed: StackCheck = {
    ...planned,
    stages: [...planned.stages.slice(0, 2), { stage: "plan", ok: false, ms: 100 }],
    counts: undefined,
    placeholders: [],
    ok: false,
    diagnostics: [
      {
        stage: "plan",
        severity: "error",
        summary: "Invalid value for variable",
        detail: "The key must be ...\n\nThis was checked by ...",
        file: "cdk.tf.json",
        line: 76,
      },
      { stage: "plan", severity: "warning", summary: "schema provider: no fixture", address: "data.genesyscloud_flow.x" },
    ],
  };
  expect(formatTerraformCheck(label, failed)).toEqual([
    `${label}: terraform failed at plan (1 error)`,
    `  error (plan) ${path.join("stacks", "genesys", "cdk.tf.json")}:76: Invalid value for variable`,
    "      The key must be ...",
    "",
    "      This was checked by ...",
    "  warning (plan) data.genesyscloud_flow.x: schema provider: no fixture",
  ]);
});

test("the summary: how many stacks passed, which terraform ran, and each call the schema provider could not answer, once", () => {
  const unanswered = [
    { call: "ImportResourceState" as const, typeName: "genesyscloud_integration", reason: 'no fixture for genesyscloud_integration "x"' },
    { call: "ImportResourceState" as const, typeName: "genesyscloud_integration", reason: 'no fixture for genesyscloud_integration "x"' },
  ];
  expect(formatTerraformSummary([planned, { ...planned, ok: false }], unanswered, "/usr/bin/terraform")).toEqual([
    'schema provider: could not answer ImportResourceState for genesyscloud_integration: no fixture for genesyscloud_integration "x"',
    "validate --terraform: 1 of 2 stacks failed (terraform 1.11.4 at /usr/bin/terraform)",
  ]);
  expect(formatTerraformSummary([planned], [], "/usr/bin/terraform")).toEqual([
    "validate --terraform: 1 of 1 stacks validated and planned (terraform 1.11.4 at /usr/bin/terraform)",
  ]);
});
