import { createIo, PROCESS_SINK, type CommandIo } from "./io";

/** `fetch` as Node provides it; passed in so tests can refuse anything but loopback. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Everything a command reads from or writes to the world, passed in: tests run commands in-process and hermetically. */
export interface CommandContext {
  readonly io: CommandIo;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Relative paths resolve against it. */
  readonly cwd: string;
  readonly fetch: FetchLike;
  /** A monotonic clock in milliseconds. */
  readonly now: () => number;
  /** Waits; tests pass one that does not. */
  readonly sleep: (ms: number) => Promise<void>;
  /** Standard input, for the one command that reads a secret from it (`credential put --key-stdin`); none when absent. */
  readonly stdin?: StdinLike;
}

/** What a command reads standard input through: a stream, and on a terminal the switch that stops its echo. */
export interface StdinLike extends AsyncIterable<string | Buffer> {
  readonly isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
  pause?(): unknown;
}

/** The context of a real run: the process's streams, environment, directory and clock. */
export function processContext(): CommandContext {
  return {
    io: createIo(PROCESS_SINK),
    env: process.env,
    cwd: process.cwd(),
    fetch: (input, init) => fetch(input, init),
    now: () => performance.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    stdin: process.stdin,
  };
}
