import type { CommandIo } from "../shared/cli/io";
import type { StdinLike } from "../shared/cli/context";
import { UsageError } from "../shared/cli/usage-error";
import { KEY_ENV } from "./args";
import { HOW_TO_GIVE_KEY, MAX_KEY_LENGTH } from "./check-input";

/** Where the key was read from, and the text as read (not yet checked). */
export interface ReadKey {
  readonly raw: string;
  /** `CARTESIA_API_KEY` or `standard input`: for messages. */
  readonly from: string;
}

/** Bytes read from a pipe at most: a key with its line ending fits many times over. */
const MAX_STDIN_BYTES = 4 * MAX_KEY_LENGTH;

/**
 * The key from `CARTESIA_API_KEY`, else from standard input with `--key-stdin` (a prompt that does not
 * echo when it is a terminal), within `waitMs`. Neither, or both, is bad usage.
 */
export async function readKey(
  env: Readonly<Record<string, string | undefined>>,
  keyStdin: boolean,
  stdin: StdinLike | undefined,
  io: CommandIo,
  waitMs: number,
): Promise<ReadKey> {
  const fromEnv = env[KEY_ENV];
  if (fromEnv !== undefined && fromEnv !== "") {
    if (keyStdin) throw new UsageError(`${KEY_ENV} is set and --key-stdin is given: give the key one way (unset ${KEY_ENV}, or leave out --key-stdin).`);
    return { raw: fromEnv, from: KEY_ENV };
  }
  if (!keyStdin) throw new UsageError(`no Cartesia API key: ${HOW_TO_GIVE_KEY} (a key is never read from an argument).`);
  if (stdin === undefined) throw new UsageError("--key-stdin: there is no standard input to read the key from.");
  const reading = stdin.isTTY === true && typeof stdin.setRawMode === "function" ? promptHidden(stdin, io) : readPipe(stdin);
  return { raw: await within(reading, waitMs, stdin), from: "standard input" };
}

/** The pipe's text, up to its end, bounded in size. */
async function readPipe(stdin: StdinLike): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    size += bytes.length;
    if (size > MAX_STDIN_BYTES) throw new UsageError(`--key-stdin: standard input holds more than ${MAX_STDIN_BYTES} bytes; pipe the key alone.`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Asks for the key on the terminal with its echo off (raw mode): Enter ends it, Backspace takes back a
 * character, Ctrl-C and Ctrl-D give up. Raw mode is undone however it ends.
 */
async function promptHidden(stdin: StdinLike, io: CommandIo): Promise<string> {
  await io.err("Cartesia API key (typing is not shown; Enter to finish):");
  stdin.setRawMode!(true);
  let typed = "";
  try {
    for await (const chunk of stdin) {
      for (const char of typeof chunk === "string" ? chunk : chunk.toString("utf8")) {
        if (char === "\r" || char === "\n") return typed;
        if (char === "\u0003" || char === "\u0004") throw new UsageError("no Cartesia API key: the prompt was cancelled.");
        if (char === "\u007f" || char === "\b") typed = typed.slice(0, -1);
        else if (typed.length < MAX_KEY_LENGTH * 2) typed += char;
      }
    }
    return typed;
  } finally {
    stdin.setRawMode!(false);
    stdin.pause?.();
  }
}

/** The reading, or a usage error once `waitMs` has passed; a referenced timer, cleared either way. */
async function within(reading: Promise<string>, waitMs: number, stdin: StdinLike): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => {
        stdin.pause?.();
        reject(new UsageError(`--key-stdin: no key on standard input before --timeout ran out; ${HOW_TO_GIVE_KEY}.`));
      },
      Math.max(0, waitMs),
    );
  });
  // The reading may fail after the race is lost: that is no longer anyone's concern.
  reading.catch(() => undefined);
  try {
    return await Promise.race([reading, expired]);
  } finally {
    clearTimeout(timer);
  }
}
