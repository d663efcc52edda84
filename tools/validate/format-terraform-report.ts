import * as path from "node:path";
import type { StackCheck, StageDiagnostic } from "../shared/terraform/check-stack";
import { formatCounts } from "../shared/terraform/diagnostics";
import type { Containment } from "../shared/terraform/sandbox";
import type { Unanswered } from "../schema-provider/schema-provider";

/**
 * One stack's terraform check as lines for a terminal: a headline (the plan's counts, or where it
 * stopped), the variables given placeholders, then each of terraform's diagnostics with where it
 * points (`stacks/<stack>/cdk.tf.json:56`, the address) and its detail, indented.
 */
export function formatTerraformCheck(label: string, check: StackCheck): string[] {
  const refusals = check.refusals ?? [];
  if (refusals.length > 0) {
    const stackDir = path.dirname(label);
    return [
      `${label}: not given to terraform: ${refusals.length} ${refusals.length === 1 ? "thing" : "things"} in the stack would reach outside its copy`,
      ...refusals.map(
        (r) =>
          `  refused ${r.where === "." ? stackDir : r.where.startsWith("cdk.tf.json ") ? `${path.join(stackDir, "cdk.tf.json")} ${r.where.slice(12)}` : path.join(stackDir, r.where)}: ${r.message}`,
      ),
    ];
  }
  const stopped = check.stages.find((s) => !s.ok)?.stage;
  const errors = check.diagnostics.filter((d) => d.severity === "error").length;
  const headline = check.ok
    ? `${label}: terraform validated and planned it: ${check.counts ? formatCounts(check.counts) : "no changes counted"}`
    : `${label}: terraform ${stopped ? `failed at ${stopped}` : "reported errors"} (${errors} ${errors === 1 ? "error" : "errors"})`;
  return [
    headline,
    ...(check.placeholders.length > 0 ? [`  placeholders for variables without a default: ${check.placeholders.join(", ")}`] : []),
    ...check.diagnostics.flatMap((d) => formatDiagnostic(path.dirname(label), d)),
  ];
}

function formatDiagnostic(stackDir: string, d: StageDiagnostic): string[] {
  const where = [d.file ? `${path.join(stackDir, d.file)}${d.line ? `:${d.line}` : ""}` : undefined, d.address].filter((w) => w !== undefined);
  const detail = (d.detail ?? "")
    .split("\n")
    .filter((line, i, all) => line.trim() !== "" || (i > 0 && i < all.length - 1))
    .map((line) => `      ${line}`.trimEnd());
  return [`  ${d.severity} (${d.stage})${where.length > 0 ? ` ${where.join(" ")}` : ""}: ${d.summary}`, ...detail];
}

/**
 * The last line: how many stacks passed, with which terraform, and how it was contained; before it,
 * every call the schema provider could not answer.
 */
export function formatTerraformSummary(
  checks: readonly StackCheck[],
  unanswered: readonly Unanswered[],
  terraform: string,
  containment?: Containment,
): string[] {
  const failed = checks.filter((c) => !c.ok).length;
  const version = checks.find((c) => c.terraformVersion)?.terraformVersion;
  const how =
    containment === undefined
      ? ""
      : containment.kind === "sandbox"
        ? ", in a sandbox"
        : `, without a sandbox (--trusted-input)${containment.prlimit === undefined ? ", memory not bounded (no prlimit on PATH)" : ""}`;
  const ran = `terraform ${version ?? "(version unknown)"} at ${terraform}${how}`;
  const distinct = [...new Set(unanswered.map((u) => `schema provider: could not answer ${u.call}${u.typeName ? ` for ${u.typeName}` : ""}: ${u.reason}`))];
  return [
    ...distinct,
    failed === 0
      ? `validate --terraform: ${checks.length} of ${checks.length} stacks validated and planned (${ran})`
      : `validate --terraform: ${failed} of ${checks.length} stacks failed (${ran})`,
  ];
}
