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
