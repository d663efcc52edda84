import * as fs from "node:fs";
import * as path from "node:path";

/**
 * The terraform binary on `PATH`, or undefined when there is none. Only PATH is searched: the binary
 * that runs is the one the user's own shell would run.
 */
export function findTerraform(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  return findExecutable(platform === "win32" ? "terraform.exe" : "terraform", env);
}

/** The first executable file of that name in a folder of `PATH`, or undefined. */
export function findExecutable(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    if (dir === "") continue;
    const candidate = path.join(dir, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
