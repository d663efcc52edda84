/**
 * Runs `make` with every stack trace captured inside it formatted as nothing, and returns what it made.
 *
 * cdktf captures a stack trace of unlimited depth for every token it mints (a resource's `.id`, a
 * variable's value, the nested attribute object of a generated binding), and formats it frame by frame
 * (under a source-mapped runner such as tsx, mapping every frame through its source map), only to show
 * it if that token one day fails to resolve. The tokens the library mints for its own wiring (a
 * credential's id in its config, an integration's id, a key variable's value) are cdktf's own, cross-stack
 * references included; only their `creationStack` is empty. Those traces were most of what a connector
 * cost over the same resources written by hand, which pay for them (bench/README.md).
 *
 * `Error.prepareStackTrace` is V8's hook for formatting a trace, which Node honours; it is restored
 * however `make` ends. Nothing asynchronous runs inside, so no other code sees the swap.
 */
export function untraced<T>(make: () => T): T {
  const errorConstructor = Error as { prepareStackTrace?: unknown };
  const hadOwn = Object.prototype.hasOwnProperty.call(errorConstructor, "prepareStackTrace");
  const previous = errorConstructor.prepareStackTrace;
  errorConstructor.prepareStackTrace = noTrace;
  try {
    return make();
  } finally {
    if (hadOwn) errorConstructor.prepareStackTrace = previous;
    else delete errorConstructor.prepareStackTrace;
  }
}

/** cdktf keeps no trace for an empty one (`creationStack` is `[]`). */
function noTrace(): string {
  return "";
}
