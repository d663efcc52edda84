import type { CheckResult } from "./check-result";
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
