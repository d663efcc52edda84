import * as fs from "node:fs";
import * as path from "node:path";

/** The name the command is published under; its package.json says the version. */
const PACKAGE = "cartesia-genesys";

/**
 * The command's version, from its package's package.json: the folder above `dist/` when installed from
 * npm, `packages/cartesia-genesys/` when run from this repository's source (`npm run <command>`).
 */
export function commandVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    for (const file of [path.join(dir, "package.json"), path.join(dir, "packages", PACKAGE, "package.json")]) {
      const manifest = readManifest(file);
      if (manifest?.name === PACKAGE && typeof manifest.version === "string") return manifest.version;
    }
    if (path.dirname(dir) === dir) throw new Error(`no package.json of ${PACKAGE} above ${from}`);
  }
}

function readManifest(file: string): { name?: unknown; version?: unknown } | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as { name?: unknown; version?: unknown };
  } catch {
    return undefined;
  }
}
