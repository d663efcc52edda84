/** The machine a run measured on: figures mean little without it. */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";

/** What the report prints about the machine. */
export interface Machine {
  /** Logical CPUs this process may use (what `nproc` prints). */
  readonly nproc: number;
  /** `model name` from /proc/cpuinfo, else what Node reports. */
  readonly cpuModel: string;
  readonly memoryGiB: number;
  /** The version of the Node binary that runs the cases. */
  readonly node: string;
  /** That binary's path: under `npm run`, `node_modules/.bin` comes first on PATH. */
  readonly nodePath: string;
  readonly os: string;
  /** 1-minute load average when the run started, after each round, and when it ended: other work on a shared machine. */
  readonly loadAverage: { readonly start: number; readonly rounds?: readonly number[]; readonly end?: number };
}

/** Describes this machine now, and the Node binary at `nodePath` that will run the cases. */
export function describeMachine(nodePath: string = process.execPath): Machine {
  return {
    nproc: os.availableParallelism(),
    cpuModel: cpuModel(),
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: nodePath === process.execPath ? process.version : execFileSync(nodePath, ["--version"], { encoding: "utf8" }).trim(),
    nodePath,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: { start: round2(os.loadavg()[0]) },
  };
}

/** The current 1-minute load average, two decimals. */
export function currentLoad(): number {
  return round2(os.loadavg()[0]);
}

function cpuModel(): string {
  try {
    const line = fs
      .readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    if (line) return line.slice(line.indexOf(":") + 1).trim();
  } catch {
    // Not Linux: fall back to what Node knows.
  }
  return os.cpus()[0]?.model ?? "unknown";
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
