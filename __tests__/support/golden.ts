import * as fs from "node:fs";
import * as path from "node:path";

/**
 * Compares text with `__tests__/golden/<name>` exactly. `UPDATE_GOLDEN=1` rewrites the file instead:
 * read the new file before committing it.
 */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(__dirname, "..", "golden", name);
  if (process.env.UPDATE_GOLDEN === "1") {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  if (!fs.existsSync(file)) {
    throw new Error(`__tests__/golden/${name} is missing: run UPDATE_GOLDEN=1 npx jest __tests__/tools/review, read the new file, commit it.`);
  }
  expect(actual).toBe(fs.readFileSync(file, "utf8"));
}
