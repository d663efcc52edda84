/**
 * Runs `make` with no stack trace captured inside it, and returns what it made.
 *
 * cdktf captures a stack trace of unlimited depth for every token it mints (a resource's `.id`, a
 * variable's value, the nested attribute object of a generated binding), and formats it frame by frame
 * (under a source-mapped runner such as tsx, mapping every frame through its source map), only to show
 * it if that token one day fails to resolve. The tokens the library mints for its own wiring (a
 * credential's id in its config, an integration's id, a key variable's value) are cdktf's own, cross-stack
 * references included; only their `creationStack` is empty. Those traces were most of what a connector
 * cost over the same resources written by hand, which pay for them (bench/README.md).
 *
 * V8 captures no trace while `Error.stackTraceLimit` is not a number; cdktf sets it to the largest
 * integer around each capture, so for the call it is an accessor that reads as nothing and ignores
 * writes. The property is put back however `make` ends; nothing asynchronous runs inside, so no other
 * code sees it. An error thrown inside gets its stack where it leaves, since it got none where it was made.
 */
export function untraced<T>(make: () => T): T {
  const limit = Object.getOwnPropertyDescriptor(Error, "stackTraceLimit");
  Object.defineProperty(Error, "stackTraceLimit", { configurable: true, enumerable: limit?.enumerable ?? true, get: noLimit, set: ignore });
  let made: T;
  try {
    made = make();
  } catch (error) {
    restore(limit);
    if (error instanceof Error && error.stack === undefined) (Error as V8ErrorConstructor).captureStackTrace?.(error, untraced);
    throw error;
  }
  restore(limit);
  return made;
}

/** V8's own part of `Error`, declared here: the library is type-checked in apps without Node's types. */
type V8ErrorConstructor = ErrorConstructor & { captureStackTrace?: (target: object, below?: unknown) => void };

function restore(limit: PropertyDescriptor | undefined): void {
  if (limit) Object.defineProperty(Error, "stackTraceLimit", limit);
  else delete (Error as { stackTraceLimit?: number }).stackTraceLimit;
}

function noLimit(): undefined {
  return undefined;
}

function ignore(): void {}
