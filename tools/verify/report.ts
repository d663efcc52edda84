/**
 * What `verify` found, as data, and its two renderings: the checks and their results, a connector's and a
 * run's report, the text for people and the JSON for machines. One module: the renderers read nothing
 * else, and every check builds its result from the helpers here.
 */
import type { SchemaKeys } from "./checks/check-schemas";

/** Everything `verify` found about one connector: what the renderers print, as data. */
export interface ConnectorReport {
  readonly stack: string;
  /** The connector's construct path, or its address. */
  readonly connector: string;
  readonly address: string;
  /** The live integration's id, once known. */
  readonly integrationId?: string;
  /** `from the state ...`, `from --integration-id`, `by name and type: ...`. */
  readonly identifiedBy: string;
  readonly checks: readonly CheckResult[];
  /** The keys of the type's config schemas, when they could be read: what confirms or refutes our facts. */
  readonly schemas?: { readonly properties?: SchemaKeys; readonly advanced?: SchemaKeys };
  /** The integration's last reported state. */
  readonly reportedState?: { readonly code?: string; readonly message?: string };
  /** How many voices its TTS engine lists. */
  readonly voices?: number;
  /** Seconds from the command's start until its TTS engine listed voices (`--format json`): how long a rotation took to show. */
  readonly voicesListedAfterSeconds?: number;
}

/** A whole run. */
export interface VerifyReport {
  /** The API base the run talked to. */
  readonly api: string;
  readonly connectors: readonly ConnectorReport[];
  /** Requests sent to Genesys, login and retries included. */
  readonly requests: number;
}

/** Whether no check of the connector failed ("not checked" does not fail). */
export function connectorPassed(report: ConnectorReport): boolean {
  return report.checks.every((check) => check.status !== "fail");
}

// ---- Checks --------------------------------------------------------------------------------------

/** The checks `verify` runs on each connector, in the order it runs and prints them. */
export const CHECK_NAMES = ["type", "schemas", "integration", "activation", "config", "credential", "engine"] as const;
/** One of `CHECK_NAMES`. */
export type CheckName = (typeof CHECK_NAMES)[number];

/** Passed, failed, or could not be run (and why). Only `fail` fails the command. */
export type CheckStatus = "pass" | "fail" | "not-checked";

/** One named line of a connector's report. */
export interface CheckResult {
  readonly name: CheckName;
  readonly status: CheckStatus;
  /** One sentence: what was found, or why it was not checked. */
  readonly summary: string;
  /** More lines under it: each differing key, what the guide says, what to do. */
  readonly details: readonly string[];
}

/** A passed check. */
export const passed = (name: CheckName, summary: string, details: readonly string[] = []): CheckResult => ({ name, status: "pass", summary, details });
/** A failed check, with the reason and what to do under it. */
export const failed = (name: CheckName, summary: string, details: readonly string[] = []): CheckResult => ({ name, status: "fail", summary, details });
/** A check that could not run, and why. */
export const notChecked = (name: CheckName, why: string): CheckResult => ({ name, status: "not-checked", summary: why, details: [] });

// ---- Renderings -----------------------------------------------------------------------------------

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
    // How long a rotation took to show: the rotation runbook quotes it.
    if (connector.voicesListedAfterSeconds !== undefined) lines.push(`  voices listed ${connector.voicesListedAfterSeconds} s after verify started`);
  }
  const failedCount = report.connectors.filter((c) => !connectorPassed(c)).length;
  const total = report.connectors.length;
  const verdict = failedCount === 0 ? `${total === 1 ? "the connector" : `all ${total} connectors`} passed` : `${failedCount} of ${total} connectors failed`;
  lines.push(`verify: ${verdict} (${report.api}, ${report.requests} requests)`);
  return lines;
}

/**
 * The report for machines. `schemas` holds the keys of the type's config schemas as the organization
 * answered them: what confirms or refutes the property keys we write (send them to us).
 */
export function renderJson(report: VerifyReport): string {
  return JSON.stringify(
    {
      command: "verify",
      ok: report.connectors.every(connectorPassed),
      api: report.api,
      requests: report.requests,
      connectors: report.connectors.map((connector) => ({ ...connector, ok: connectorPassed(connector) })),
    },
    null,
    2,
  );
}
