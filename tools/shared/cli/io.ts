import { redactKeys } from "../../../lib/shared";
import { escapeControls } from "../text-escaping";

/** Where a command's text goes: the process's streams, or a buffer in tests. */
export interface OutputSink {
  /** Resolves once the text is flushed: the CLI exits right after the last write. */
  readonly write: (stream: "out" | "err", text: string) => Promise<void>;
  /** Whether standard error is a terminal, where progress lines are shown. */
  readonly isTerminal: boolean;
}

/**
 * What a command prints through. Every text passes the one redaction (`redactKeys`) with every secret
 * the command has registered, so a key, an OAuth secret or a token echoed back by a server, a folder
 * or an argument never reaches the terminal or a CI log; then every control character but the line feed
 * is spelled out (`\u001b`), so nothing read from a folder or a server can move the cursor or recolour.
 */
export interface CommandIo {
  /** Prints to standard output; a newline is added unless the text ends with one. */
  readonly out: (text?: string) => Promise<void>;
  /** Prints to standard error; a newline is added unless the text ends with one. */
  readonly err: (text?: string) => Promise<void>;
  /** A status line that replaces the previous one, on a terminal only; `done` clears it. */
  readonly progress: (text: string) => Promise<void>;
  /** Clears the progress line, if one is shown. */
  readonly done: () => Promise<void>;
  /**
   * Values never to print, whatever they look like: masked in everything written from now on, and so is
   * each way a server could echo one back (`secretForms`). A `user:secret` pair registered here masks the
   * HTTP Basic credential it makes.
   */
  readonly addSecrets: (values: Iterable<string | undefined>) => void;
}

/** A `CommandIo` over a sink. */
export function createIo(sink: OutputSink): CommandIo {
  const secrets = new Set<string>();
  let progressShown = false;
  const safe = (text: string) => escapeControls(redactKeys(text, secrets));
  const line = (text: string) => (text.endsWith("\n") ? text : `${text}\n`);
  const clearProgress = async () => {
    if (!progressShown) return;
    progressShown = false;
    await sink.write("err", "\r\u001b[2K");
  };
  return {
    out: async (text = "") => {
      await clearProgress();
      await sink.write("out", safe(line(text)));
    },
    err: async (text = "") => {
      await clearProgress();
      await sink.write("err", safe(line(text)));
    },
    progress: async (text) => {
      if (!sink.isTerminal) return;
      progressShown = true;
      await sink.write("err", `\r\u001b[2K${safe(text)}`);
    },
    done: clearProgress,
    addSecrets: (values) => {
      for (const value of values) if (value) for (const form of secretForms(value)) secrets.add(form);
    },
  };
}

/**
 * A secret and the encodings in which a server echoes what it was sent: percent-encoded (a query or a
 * form), JSON-escaped, base64 and base64url with and without padding (an `Authorization: Basic` header
 * is `base64(id:secret)`), and the percent-encoded base64.
 */
export function secretForms(value: string): string[] {
  const base64 = Buffer.from(value, "utf8").toString("base64");
  const base64url = Buffer.from(value, "utf8").toString("base64url");
  const unpadded = base64.replace(/=+$/, "");
  return [...new Set([value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1), base64, unpadded, base64url, encodeURIComponent(base64)])];
}

/**
 * Writes to a process stream. A reader that stops early (`| head`) closes the pipe: what is left is
 * dropped instead of crashing on EPIPE, and the command still ends with its own exit code.
 */
function writeToProcess(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (closedStreams.has(stream)) return Promise.resolve();
  if (!watchedStreams.has(stream)) {
    watchedStreams.add(stream);
    stream.on("error", () => closedStreams.add(stream));
  }
  return new Promise<void>((resolve) =>
    stream.write(text, (error) => {
      if (error) closedStreams.add(stream);
      resolve();
    }),
  );
}
const closedStreams = new Set<NodeJS.WriteStream>();
const watchedStreams = new Set<NodeJS.WriteStream>();

/** The process's standard output and error. */
export const PROCESS_SINK: OutputSink = {
  write: (stream, text) => writeToProcess(stream === "out" ? process.stdout : process.stderr, text),
  get isTerminal() {
    return process.stderr.isTTY === true;
  },
};

/** A sink that keeps what is written, for tests and for callers that embed a command. */
export function bufferSink(isTerminal = false): OutputSink & { readonly stdout: () => string; readonly stderr: () => string } {
  let stdout = "";
  let stderr = "";
  return {
    isTerminal,
    write: (stream, text) => {
      if (stream === "out") stdout += text;
      else stderr += text;
      return Promise.resolve();
    },
    stdout: () => stdout,
    stderr: () => stderr,
  };
}
