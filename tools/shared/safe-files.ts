import * as fs from "node:fs";
import * as path from "node:path";
import { UsageError } from "./cli/usage-error";
import { quotedName } from "./text-escaping";

/** The most a command reads of one file: far above any cdk.tf.json or provider schema, far below what would exhaust memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Where a file may be read from, and how much of it. */
export interface ReadLimits {
  /** The folder the file must stay in once symbolic links are followed (the cdktf.out). */
  readonly inside?: string;
  /** @default MAX_FILE_BYTES */
  readonly maxBytes?: number;
}

/**
 * Reads a text file that a folder or an argument points at, refusing what is not one: a symbolic link
 * that leads out of `inside`, a directory, a named pipe (opened without blocking, so it cannot hang the
 * command), a socket or a device, and a file larger than the limit. Throws a `UsageError` that names the
 * file and says what it is instead.
 */
export function readTextFile(file: string, limits: ReadLimits = {}): string {
  return readFileBytes(file, limits).toString("utf8");
}

/** `readTextFile`'s bytes, for a reader that parses only part of a large file (`review --plan`). */
export function readFileBytes(file: string, limits: ReadLimits = {}): Buffer {
  const maxBytes = limits.maxBytes ?? MAX_FILE_BYTES;
  const shown = quotedName(file);
  if (limits.inside !== undefined) {
    const root = realPath(limits.inside, quotedName(limits.inside));
    const real = realPath(file, shown);
    if (real !== root && !real.startsWith(root + path.sep)) {
      throw new UsageError(`${shown} leads out of ${quotedName(limits.inside)} (a symbolic link); only files inside the folder are read`);
    }
  }
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    throw new UsageError(`cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new UsageError(`${shown} is ${kindOf(stat)}, not a regular file`);
    if (stat.size > maxBytes)
      throw new UsageError(`${shown} is ${stat.size.toLocaleString("en-US")} bytes; at most ${maxBytes.toLocaleString("en-US")} are read`);
    // Into one buffer of the size the file has (chunks joined at the end held it twice), read to the end,
    // counting: a file that grows after the check is still cut off at the limit.
    let buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw new UsageError(`${shown} grew past ${maxBytes.toLocaleString("en-US")} bytes while it was read`);
        const larger = Buffer.allocUnsafe(Math.min(2 * buffer.length, maxBytes + 1));
        buffer.copy(larger);
        buffer = larger;
      }
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) throw new UsageError(`${shown} grew past ${maxBytes.toLocaleString("en-US")} bytes while it was read`);
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

/** What a path is when it is not a regular file. */
export function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a named pipe (FIFO)";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  return "not a regular file";
}

function realPath(file: string, shown: string): string {
  try {
    return fs.realpathSync(file);
  } catch (error) {
    throw new UsageError(`cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/**
 * Writes a file the command made (the smoke test's audio). With `inside`, the file and every folder on the
 * way must stay in that folder once links are followed, and the file must be a regular file if it exists:
 * a folder from elsewhere cannot point a write at another place with a symbolic link.
 */
export function writeFileInside(inside: string | undefined, file: string, data: Uint8Array): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  if (inside !== undefined) {
    const root = realPath(inside, quotedName(inside));
    const realDir = realPath(dir, quotedName(dir));
    if (realDir !== root && !realDir.startsWith(root + path.sep)) {
      throw new UsageError(`${quotedName(dir)} leads out of ${quotedName(inside)} (a symbolic link); nothing was written there`);
    }
    const existing = fs.lstatSync(file, { throwIfNoEntry: false });
    if (existing !== undefined && !existing.isFile()) {
      throw new UsageError(
        `${quotedName(file)} is ${existing.isSymbolicLink() ? "a symbolic link" : kindOf(existing)}, not a regular file; nothing was written there`,
      );
    }
  }
  fs.writeFileSync(file, data);
}
