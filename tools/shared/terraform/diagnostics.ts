import { isJsonObject } from "../json-path";
/**
 * Terraform's machine-readable output, read: the diagnostics of `validate -json` and of the JSON
 * lines `init -json` and `plan -json` print, and the plan's change summary. Pure functions on text.
 */

/** One of Terraform's diagnostics, with where it points. */
export interface TerraformDiagnostic {
  readonly severity: "error" | "warning";
  readonly summary: string;
  readonly detail?: string;
  /** The file, relative to the folder terraform ran in (`cdk.tf.json`), and the line. */
  readonly file?: string;
  readonly line?: number;
  /** The resource or module address it concerns, when Terraform names one. */
  readonly address?: string;
}

/** The counts of `Plan: 3 to add, 0 to change, 0 to destroy.` */
export interface PlanCounts {
  readonly add: number;
  readonly change: number;
  readonly destroy: number;
  readonly import: number;
}

/** What the JSON lines of `init -json` or `plan -json` said. */
export interface JsonLinesOutput {
  readonly diagnostics: TerraformDiagnostic[];
  /** From the `change_summary` line; absent when the plan did not get that far. */
  readonly counts?: PlanCounts;
  /** Terraform's version, from its `version` line. */
  readonly terraformVersion?: string;
}

/** Reads `terraform validate -json`'s one JSON document. Text that is not that document is one error. */
export function parseValidateOutput(stdout: string, stderr = ""): TerraformDiagnostic[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    return [unreadable(stdout, stderr)];
  }
  const diagnostics = (parsed as { diagnostics?: unknown } | null)?.diagnostics;
  return Array.isArray(diagnostics) ? diagnostics.map(toDiagnostic).filter((d) => d !== undefined) : [unreadable(stdout, stderr)];
}

/** Reads the JSON lines of `init -json` / `plan -json`; a line that is not JSON is skipped. */
export function parseJsonLines(stdout: string): JsonLinesOutput {
  const diagnostics: TerraformDiagnostic[] = [];
  let counts: PlanCounts | undefined;
  let terraformVersion: string | undefined;
  for (const line of stdout.split("\n")) {
    if (!line.startsWith("{")) continue;
    let message: Record<string, unknown>;
    try {
      message = JSON.parse(line) as Record<string, unknown>;
    } catch {
      continue;
    }
    if (message.type === "diagnostic") {
      const diagnostic = toDiagnostic(message.diagnostic);
      if (diagnostic) diagnostics.push(diagnostic);
    } else if (message.type === "version" && typeof message.terraform === "string") {
      terraformVersion = message.terraform;
    } else if (message.type === "change_summary" && isJsonObject(message.changes)) {
      const { add, change, remove, import: imported } = message.changes;
      counts = { add: Number(add ?? 0), change: Number(change ?? 0), destroy: Number(remove ?? 0), import: Number(imported ?? 0) };
    }
  }
  return { diagnostics, counts, terraformVersion };
}

/** The counts as terraform words them: "1 to import, 3 to add, 0 to change, 0 to destroy". */
export function formatCounts(counts: PlanCounts): string {
  const parts = [`${counts.add} to add`, `${counts.change} to change`, `${counts.destroy} to destroy`];
  return (counts.import > 0 ? [`${counts.import} to import`, ...parts] : parts).join(", ");
}

/** When terraform printed no JSON at all (it could not start, or failed before its JSON mode). */
export function unreadable(stdout: string, stderr: string): TerraformDiagnostic {
  // Every command runs with -no-color, so there are no escape codes to strip.
  const text = stderr.trim() || stdout.trim() || "no output";
  const [summary, ...rest] = text
    .split("\n")
    .map((l) => l.replace(/^[│╷╵]\s?/, "").trimEnd())
    .filter((l) => l.trim() !== "");
  return { severity: "error", summary: summary.replace(/^Error:\s*/, ""), detail: rest.join("\n") || undefined };
}

function toDiagnostic(raw: unknown): TerraformDiagnostic | undefined {
  if (!isJsonObject(raw) || typeof raw.summary !== "string") return undefined;
  const range = isJsonObject(raw.range) ? raw.range : undefined;
  const start = range && isJsonObject(range.start) ? range.start : undefined;
  return {
    severity: raw.severity === "warning" ? "warning" : "error",
    summary: raw.summary,
    ...(typeof raw.detail === "string" && raw.detail !== "" ? { detail: raw.detail } : {}),
    ...(typeof range?.filename === "string" ? { file: range.filename } : {}),
    ...(typeof start?.line === "number" ? { line: start.line } : {}),
    ...(typeof raw.address === "string" && raw.address !== "" ? { address: raw.address } : {}),
  };
}
