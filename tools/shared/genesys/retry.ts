/**
 * How often and how long a call to Genesys is retried: 429 (rate limit) and 5xx only, a bounded number
 * of times, waiting what `Retry-After` asks (or 1 s, 2 s, 4 s without it). Under a command's `--timeout`
 * a wait is taken when it fits in the time left; without one, a wait longer than `maxDelayMs` is not worth a
 * command line's time: the call fails and says what Genesys asked for.
 */
export const RETRY_POLICY = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 60_000 } as const;

/**
 * Whether an answer with this status may succeed when asked again. A request that creates something
 * (`creates`) is retried on 429 only: a 429 was refused before any work, while after a 5xx the object may
 * exist, and sending the create again could make a second one.
 */
export function isRetryableStatus(status: number, creates = false): boolean {
  return status === 429 || (!creates && status >= 500 && status <= 599);
}

/**
 * `Retry-After` in milliseconds: delay-seconds, or an HTTP date measured against the answer's own
 * `Date` header (so no clock of ours is involved). Undefined when absent or unreadable.
 */
export function retryAfterMs(retryAfter: string | undefined, responseDate: string | undefined): number | undefined {
  if (retryAfter === undefined) return undefined;
  const text = retryAfter.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  const now = responseDate === undefined ? NaN : Date.parse(responseDate);
  if (Number.isNaN(at) || Number.isNaN(now)) return undefined;
  return Math.max(0, at - now);
}

/** The wait before retry number `retry` (1 for the first retry): what the server asked, else exponential. */
export function retryDelayMs(retry: number, askedMs: number | undefined): number {
  return askedMs ?? RETRY_POLICY.baseDelayMs * 2 ** (retry - 1);
}
