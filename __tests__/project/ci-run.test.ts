/**
 * `.ci/run` refuses to run the suite where terraform is missing: the tests that need it would be
 * skipped, and CI would pass without them. Run here with a PATH that holds nothing but `dirname`, so
 * the script can never reach `npm ci` (there is no npm on that PATH either: it would fail with 127).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { tempDir } from "../support/helpers";

const ROOT = path.resolve(__dirname, "..", "..");

function which(name: string): string {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir !== "" && fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`no ${name} on PATH`);
}

test(".ci/run exits 1 before installing anything when no terraform is on PATH, and says why", () => {
  const bin = tempDir();
  fs.symlinkSync(which("dirname"), path.join(bin, "dirname"));
  const result = spawnSync(which("bash"), [path.join(ROOT, ".ci", "run")], { env: { PATH: bin }, encoding: "utf8" });
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(".ci/run: no terraform binary on PATH; the tests that run real terraform would be skipped. Install terraform (1.11 or later).\n");
});

test(".ci/run runs the README's commands: npm ci, npm test, then the packages as they ship and the Python and Go sources", () => {
  const commands = fs
    .readFileSync(path.join(ROOT, ".ci", "run"), "utf8")
    .split("\n")
    .filter((line) => /^npm\b/.test(line));
  expect(commands).toEqual(["npm ci", "npm test", "npm run test:packages", "npm run build:pacmak"]);
});
