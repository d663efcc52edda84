import { runCli } from "../../tools/commands";
import type { CommandContext } from "../../tools/shared/cli/context";
import { bufferSink, createIo } from "../../tools/shared/cli/io";

/** What a command printed and returned. */
export interface ToolResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Standard output, line by line, without the final newline. */
  readonly lines: string[];
}

/** Everything a test may set about the world the command sees; the rest is hermetic. */
export type ToolWorld = Partial<Omit<CommandContext, "io">> & { readonly isTerminal?: boolean };

/** Refuses anything but loopback, so no command under test can reach the network by mistake. */
export const loopbackOnlyFetch: CommandContext["fetch"] = (url, init) => {
  const host = new URL(url).hostname;
  if (host !== "127.0.0.1") return Promise.reject(new Error(`a test tried to reach ${host}`));
  return fetch(url, init);
};

/**
 * Runs `cartesia-genesys <argv...>` in-process, as the CLI does, with an empty environment, no network
 * but loopback, and output kept.
 */
export async function runTool(argv: readonly string[], world: ToolWorld = {}): Promise<ToolResult> {
  const sink = bufferSink(world.isTerminal ?? false);
  const context: CommandContext = {
    io: createIo(sink),
    env: world.env ?? {},
    cwd: world.cwd ?? process.cwd(),
    fetch: world.fetch ?? loopbackOnlyFetch,
    now: world.now ?? (() => performance.now()),
    sleep: world.sleep ?? (() => Promise.resolve()),
    stdin: world.stdin,
  };
  const code = await runCli(argv, context);
  const stdout = sink.stdout();
  return { code, stdout, stderr: sink.stderr(), lines: stdout === "" ? [] : stdout.replace(/\n$/, "").split("\n") };
}
