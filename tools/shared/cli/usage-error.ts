/**
 * Bad usage: what the user typed or pointed at cannot be acted on. Every command answers it the same
 * way, with `<command>: <message>` and exit code 2, never a stack trace; the message names the flag or
 * the path, the value received and what is allowed.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
