/**
 * How much memory and time terraform may take for one stack: the values of `--stack-memory` and
 * `--stack-timeout`, read and checked. Pure.
 */
import { UsageError } from "../cli/usage-error";

/** The bounds of one stack's terraform runs. */
export interface StackLimits {
  /** Address space of each terraform process, in bytes (`prlimit --as`). */
  readonly memoryBytes: number;
  /** All of a stack's terraform commands together, in milliseconds. */
  readonly timeoutMs: number;
}

const KIB = 1024;
const MIB = 1024 * KIB;
const GIB = 1024 * MIB;

/**
 * Terraform 1.11's Go runtime reserves its heap maps up front: `terraform version` under `prlimit --as`
 * fails at 512 and 768 MiB, runs at 0.9 to 1.15 GiB, fails again at 1.2 to 1.25 GiB (where the runtime
 * tries a larger reservation), and runs from 1.4 GiB on. 3 GiB leaves room for a large stack's plan and
 * still stops a runaway long before a runner's memory.
 */
export const DEFAULT_STACK_LIMITS: StackLimits = { memoryBytes: 3 * GIB, timeoutMs: 300_000 };

/** The least and most `--stack-memory` takes: below the least terraform cannot start. */
export const MEMORY_RANGE = { min: 1 * GIB, max: 64 * GIB } as const;
/** The least and most `--stack-timeout` takes. */
export const TIMEOUT_RANGE = { min: 1_000, max: 24 * 3_600_000 } as const;

const MEMORY_UNITS: Readonly<Record<string, number>> = { KiB: KIB, MiB: MIB, GiB: GIB, K: KIB, M: MIB, G: GIB };
const TIME_UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `--stack-memory`: a size such as `2GiB`, `1536MiB` (K, M, G are read as KiB, MiB, GiB). */
export function parseStackMemory(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(KiB|MiB|GiB|K|M|G)$/.exec(text.trim());
  const bytes = match ? Math.round(Number(match[1]) * MEMORY_UNITS[match[2]]) : NaN;
  if (!Number.isFinite(bytes) || bytes < MEMORY_RANGE.min || bytes > MEMORY_RANGE.max) {
    throw new UsageError(
      `--stack-memory: got ${JSON.stringify(text)}; expected a size from ${formatBytes(MEMORY_RANGE.min)} to ${formatBytes(MEMORY_RANGE.max)} with its unit (KiB, MiB or GiB), such as 2GiB (terraform needs about 1 GiB of address space to start)`,
    );
  }
  return bytes;
}

/** `--stack-timeout`: a duration such as `120s`, `5m`, `1h`, `500ms`; a bare number is seconds. */
export function parseStackTimeout(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(text.trim());
  const ms = match ? Math.round(Number(match[1]) * TIME_UNITS[match[2] ?? "s"]) : NaN;
  if (!Number.isFinite(ms) || ms < TIMEOUT_RANGE.min || ms > TIMEOUT_RANGE.max) {
    throw new UsageError(
      `--stack-timeout: got ${JSON.stringify(text)}; expected a duration from ${formatDuration(TIMEOUT_RANGE.min)} to ${formatDuration(TIMEOUT_RANGE.max)}, such as 120s, 5m or 1h`,
    );
  }
  return ms;
}

/** The limits from the flags, each defaulting on its own. */
export function stackLimits(flags: { readonly memory?: string; readonly timeout?: string }): StackLimits {
  return {
    memoryBytes: flags.memory === undefined ? DEFAULT_STACK_LIMITS.memoryBytes : parseStackMemory(flags.memory),
    timeoutMs: flags.timeout === undefined ? DEFAULT_STACK_LIMITS.timeoutMs : parseStackTimeout(flags.timeout),
  };
}

/** A size as the flags take it: `3 GiB`, `1536 MiB`. */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of [
    ["GiB", GIB],
    ["MiB", MIB],
    ["KiB", KIB],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return bytes >= MIB ? `${(bytes / MIB).toFixed(1)} MiB` : `${bytes} bytes`;
}

/** A duration as the flags take it: `300 s`, `1.5 s`, `500 ms`, `24 h`. */
export function formatDuration(ms: number): string {
  if (ms >= 3_600_000 && ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(3))} s`;
}
