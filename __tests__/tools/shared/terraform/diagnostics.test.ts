import { formatCounts, parseJsonLines, parseValidateOutput, unreadable } from "../../../../tools/shared/terraform/diagnostics";

const VALIDATE_OUTPUT = JSON.stringify({
  format_version: "1.0",
  valid: false,
  error_count: 1,
  warning_count: 1,
  diagnostics: [
    {
      severity: "error",
      summary: "Call to unknown function",
      detail: 'There is no function named "trimspace2". Did you mean "trimspace"?',
      range: { filename: "cdk.tf.json", start: { line: 56, column: 30, byte: 1500 }, end: { line: 56, column: 40, byte: 1510 } },
      snippet: { context: null, code: "...", start_line: 56 },
    },
    { severity: "warning", summary: "Deprecated", detail: "", address: "genesyscloud_integration.x" },
  ],
});

test("validate -json: each diagnostic with its file, line and address; an empty detail is left out", () => {
  expect(parseValidateOutput(VALIDATE_OUTPUT)).toEqual([
    {
      severity: "error",
      summary: "Call to unknown function",
      detail: 'There is no function named "trimspace2". Did you mean "trimspace"?',
      file: "cdk.tf.json",
      line: 56,
    },
    { severity: "warning", summary: "Deprecated", address: "genesyscloud_integration.x" },
  ]);
});

test("validate output that is not its JSON document becomes one error with terraform's own text", () => {
  expect(parseValidateOutput("", "╷\n│ Error: Backend initialization required\n│ \n│ Run terraform init.\n╵\n")).toEqual([
    { severity: "error", summary: "Backend initialization required", detail: "Run terraform init." },
  ]);
});

test("plan -json lines: diagnostics and the change summary; other lines and non-JSON lines are skipped", () => {
  const lines = [
    '{"@level":"info","@message":"Terraform 1.11.4","terraform":"1.11.4","type":"version"}',
    "not json",
    '{"@level":"info","type":"planned_change","change":{"action":"create"}}',
    '{"@level":"info","@message":"Plan: 1 to import, 3 to add, 0 to change, 0 to destroy.","type":"change_summary","changes":{"add":3,"change":0,"import":1,"remove":0,"operation":"plan"}}',
    '{"@level":"error","type":"diagnostic","diagnostic":{"severity":"error","summary":"Output refers to sensitive values","address":"output.k","range":{"filename":"cdk.tf.json","start":{"line":90}}}}',
    "{broken",
  ].join("\n");
  expect(parseJsonLines(lines)).toEqual({
    diagnostics: [{ severity: "error", summary: "Output refers to sensitive values", file: "cdk.tf.json", line: 90, address: "output.k" }],
    counts: { add: 3, change: 0, destroy: 0, import: 1 },
    terraformVersion: "1.11.4",
  });
});

test("the counts are worded as terraform words them, imports first and only when there are any", () => {
  expect(formatCounts({ add: 3, change: 0, destroy: 0, import: 0 })).toBe("3 to add, 0 to change, 0 to destroy");
  expect(formatCounts({ add: 0, change: 2, destroy: 1, import: 3 })).toBe("3 to import, 0 to add, 2 to change, 1 to destroy");
});

test("a failure with no output at all still says something", () => {
  expect(unreadable("", "")).toEqual({ severity: "error", summary: "no output", detail: undefined });
});
