import type { CheckStatus } from "./check-result";
import { connectorPassed, type VerifyReport } from "./report";

const LABELS: Readonly<Record<CheckStatus, string>> = { pass: "pass", fail: "FAIL", "not-checked": "not checked" };
const WIDTH = Math.max(...Object.values(LABELS).map((label) => label.length)) + 2;

/** The report for people: per connector its id and how it was found, then one line per check, details under it. */
export function renderText(report: VerifyReport): string[] {
  const lines: string[] = [];
  for (const connector of report.connectors) {
    const id = connector.integrationId === undefined ? "integration not found" : `integration ${connector.integrationId}`;
    lines.push(`${connector.connector}: ${id} (${connector.identifiedBy})`);
    for (const check of connector.checks) {
      lines.push(`  ${LABELS[check.status].padEnd(WIDTH)}${check.name}: ${check.summary}`);
      for (const detail of check.details) lines.push(`  ${" ".repeat(WIDTH)}  ${detail}`);
    }
  }
  const failedCount = report.connectors.filter((c) => !connectorPassed(c)).length;
  const total = report.connectors.length;
  const verdict = failedCount === 0 ? `${total === 1 ? "the connector" : `all ${total} connectors`} passed` : `${failedCount} of ${total} connectors failed`;
  lines.push(`verify: ${verdict} (${report.api}, ${report.requests} requests)`);
  return lines;
}
