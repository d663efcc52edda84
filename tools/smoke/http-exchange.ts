import type { FetchLike } from "../shared/cli/context";
import { MAX_RESPONSE_BYTES, readBoundedBody, withDeadline } from "../shared/http-body";
import type { HttpRequestSpec } from "./render-requests";

/** A response read to its end, with when each part arrived. */
export interface Exchange {
  readonly status: number;
  readonly statusText: string;
  readonly contentType?: string;
  readonly body: Buffer;
  /** Milliseconds from sending to the response headers. */
  readonly headersMs: number;
  /** Milliseconds from sending to the first byte of the body; undefined for an empty body. */
  readonly firstByteMs?: number;
  /** Milliseconds from sending to the end of the body. */
  readonly totalMs: number;
  /** The body went on past `maxBytes`: reading stopped there, and `body` holds what came before. */
  readonly truncated?: boolean;
}

export { MAX_RESPONSE_BYTES } from "../shared/http-body";

/** Options of `exchange`. */
export interface ExchangeOptions {
  /** @default globalThis.fetch */
  readonly fetch?: FetchLike;
  /** Give up after this long. @default 30000 (Genesys waits far less before falling back) */
  readonly timeoutMs?: number;
  /** A monotonic clock in milliseconds. @default performance.now */
  readonly now?: () => number;
  /** Stop reading an answer after this many bytes. @default MAX_RESPONSE_BYTES */
  readonly maxBytes?: number;
}

/**
 * Sends one request and reads the whole response, timing the first body byte separately from the
 * headers: for speech, the first audio byte is what a caller waits for.
 */
export async function exchange(request: HttpRequestSpec, options: ExchangeOptions = {}): Promise<Exchange> {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const now = options.now ?? (() => performance.now());
  const timeoutMs = options.timeoutMs ?? 30000;
  const started = now();
  return withDeadline(
    timeoutMs,
    () => new AnswerTimeoutError(timeoutMs),
    async (signal) => {
      const response = await doFetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        redirect: "manual", // a redirect would carry the key to wherever it points
        signal,
      });
      const headersMs = now() - started;
      let firstByteMs: number | undefined;
      const { bytes, truncated } = await readBoundedBody(response, options.maxBytes ?? MAX_RESPONSE_BYTES, () => (firstByteMs = now() - started));
      return {
        status: response.status,
        statusText: response.statusText,
        contentType: response.headers.get("content-type") ?? undefined,
        body: bytes,
        headersMs,
        firstByteMs,
        totalMs: now() - started,
        ...(truncated ? { truncated } : {}),
      };
    },
  );
}

/** No whole answer, headers and body, within the timeout. */
export class AnswerTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs / 1000} s`);
    this.name = "AnswerTimeoutError";
  }
}
