/**
 * Every command's exit codes: one table, so that a script or a CI step can rely on them whichever
 * command it runs. Each command's `--help` says what 0 and 1 mean for it.
 */
export const EXIT = {
  /** Everything checked passed. */
  OK: 0,
  /** A check failed, or (review) a risky change was found and asked to fail on. */
  FAILED: 1,
  /** Bad usage: an unknown or malformed flag, a folder that is not a cdktf.out, a missing setting. */
  USAGE: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
