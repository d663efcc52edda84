/** What is retried and how long it waits: pure, so no test waits for real backoff. */
import { isRetryableStatus, RETRY_POLICY, retryAfterMs, retryDelayMs } from "../../../tools/shared/genesys/retry";

test("429 and 5xx are retried; other errors are answers", () => {
  expect([429, 500, 502, 503, 504, 599].every((status) => isRetryableStatus(status))).toBe(true);
  expect([400, 401, 403, 404, 409, 600].some((status) => isRetryableStatus(status))).toBe(false);
});

test("a request that creates is retried on 429 only: after a 5xx the object may already exist", () => {
  expect(isRetryableStatus(429, true)).toBe(true);
  expect([500, 502, 503, 504].some((status) => isRetryableStatus(status, true))).toBe(false);
});

test("Retry-After: seconds, or an HTTP date against the answer's own Date header", () => {
  expect(retryAfterMs("7", undefined)).toBe(7000);
  expect(retryAfterMs(" 0 ", undefined)).toBe(0);
  expect(retryAfterMs("Tue, 01 Dec 2026 12:00:30 GMT", "Tue, 01 Dec 2026 12:00:00 GMT")).toBe(30_000);
  expect(retryAfterMs("Tue, 01 Dec 2026 11:59:00 GMT", "Tue, 01 Dec 2026 12:00:00 GMT")).toBe(0);
  expect(retryAfterMs("Tue, 01 Dec 2026 12:00:30 GMT", undefined)).toBeUndefined();
  expect(retryAfterMs("soon", "Tue, 01 Dec 2026 12:00:00 GMT")).toBeUndefined();
  expect(retryAfterMs(undefined, undefined)).toBeUndefined();
});

test("without Retry-After: 1 s, 2 s, 4 s; with it, what the server asked", () => {
  expect([1, 2, 3].map((retry) => retryDelayMs(retry, undefined))).toEqual([1000, 2000, 4000]);
  expect(retryDelayMs(2, 7000)).toBe(7000);
  expect(RETRY_POLICY.attempts).toBe(4);
});
