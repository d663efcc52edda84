/** The most of an answer a command reads: minutes of 48 kHz float audio, and no server can make a command exhaust memory. */
export const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** An answer's body as far as it was read. */
export interface BoundedBody {
  readonly bytes: Buffer;
  /** The body went on past the bound: reading stopped there, and the rest was never fetched. */
  readonly truncated: boolean;
}

/**
 * Reads an answer's body up to `maxBytes`, then cancels the stream. `onFirstByte` is told when the first
 * byte arrives (time to first byte is what a caller waits for, for speech). Every command that reads a
 * server's answer reads it through here.
 */
export async function readBoundedBody(response: Response, maxBytes = MAX_RESPONSE_BYTES, onFirstByte?: () => void): Promise<BoundedBody> {
  const chunks: Buffer[] = [];
  let length = 0;
  if (!response.body) return { bytes: Buffer.alloc(0), truncated: false };
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value.byteLength > 0 && length === 0) onFirstByte?.();
    if (length + value.byteLength > maxBytes) {
      chunks.push(Buffer.from(value.subarray(0, maxBytes - length)));
      await reader.cancel();
      return { bytes: Buffer.concat(chunks), truncated: true };
    }
    chunks.push(Buffer.from(value));
    length += value.byteLength;
  }
  return { bytes: Buffer.concat(chunks), truncated: false };
}

/**
 * Runs an exchange, headers and body, under a deadline of its own: a referenced timer aborts the signal
 * and rejects the race with `expired()`, whatever `fetch` does with the signal and whatever the garbage
 * collector does with it (`AbortSignal.timeout` uses an unreferenced timer that can be collected with its
 * signal while a stalled body is read, and then the request never ends). Every command that asks a server
 * asks through here.
 */
export async function withDeadline<T>(ms: number, expired: () => Error, exchange: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = expired();
      controller.abort(error);
      reject(error);
    }, ms);
  });
  try {
    return await Promise.race([exchange(controller.signal), deadline]);
  } catch (error) {
    // An abort surfaces from fetch as its own error: the deadline's says what happened.
    throw controller.signal.aborted ? (controller.signal.reason as Error) : error;
  } finally {
    clearTimeout(timer);
    deadline.catch(() => undefined);
  }
}
