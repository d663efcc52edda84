import { UsageError } from "../cli/usage-error";

/** The most `--timeout` takes, in seconds. */
export const MAX_TIMEOUT_SECONDS = 3600;

/**
 * When a command that talks to Genesys must be done: `--timeout` from its start. No request outlives
 * it and no retry waits past it, whatever the server does.
 */
export interface Deadline {
  /** `--timeout` as given, in seconds: for messages. */
  readonly seconds: number;
  /** Milliseconds left; 0 or less once it has passed. */
  readonly remainingMs: () => number;
}

/** A deadline `seconds` from now, on the command's clock. */
export function startDeadline(now: () => number, seconds: number): Deadline {
  const endsAt = now() + seconds * 1000;
  return { seconds, remainingMs: () => endsAt - now() };
}

/** `--timeout SECONDS`, checked: a number from 0 to an hour; the default when not given. */
export function parseTimeoutOption(value: string | undefined, defaultSeconds: number): number {
  if (value === undefined) return defaultSeconds;
  const seconds = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(seconds >= 0 && seconds <= MAX_TIMEOUT_SECONDS)) {
    throw new UsageError(`--timeout: got ${JSON.stringify(value)}; expected a number of seconds from 0 to ${MAX_TIMEOUT_SECONDS}, such as ${defaultSeconds}.`);
  }
  return seconds;
}
