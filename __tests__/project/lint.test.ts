/**
 * `npm run lint` is what makes CI fail on style and on promise misuse: these tests write files that
 * break each rule into the tree, run the same commands on them, and expect the failure.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
// Inside the tree (and so inside tsconfig's include), as type-aware linting needs; ignored by git.
const PROBES = path.join(ROOT, "__tests__", "lint-probe.tmp");

/** As `npm run lint` calls it: only .prettierignore (Prettier would otherwise also skip what git ignores, the probes included). */
const PRETTIER_IGNORE = ["--ignore-path", ".prettierignore"];

function run(bin: string, args: string[]) {
  return spawnSync(path.join(ROOT, "node_modules", ".bin", bin), args, { cwd: ROOT, encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
}

function probe(name: string, text: string, dir = PROBES): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return path.relative(ROOT, file);
}

// A probe where the command's rules apply (tools/**); ignored by git too.
const TOOLS_PROBES = path.join(ROOT, "tools", "lint-probe.tmp");

afterAll(() => {
  fs.rmSync(PROBES, { recursive: true, force: true });
  fs.rmSync(TOOLS_PROBES, { recursive: true, force: true });
});

/** The probes eslint judges, by their paths from the root. */
const ESLINT_PROBES = {
  promises: "",
  imports: "",
  privateImport: "",
};
/** eslint's report of each probe, by absolute path. */
const reports = new Map<string, { ruleId: string | null; message: string }[]>();

// One eslint run for every probe: each run builds the whole type-aware program (seconds), however few files it lints.
beforeAll(() => {
  ESLINT_PROBES.promises = probe(
    "promises.ts",
    [
      "export function poll(): Promise<number> {",
      "  return Promise.resolve(1);",
      "}",
      "export async function main(): Promise<void> {",
      "  poll();",
      "  [1, 2].forEach(async () => {",
      "    await poll();",
      "  });",
      "  await 3;",
      "}",
      "",
    ].join("\n"),
  );
  ESLINT_PROBES.imports = probe(
    "imports.ts",
    ['import { Stats } from "node:fs";', "export function size(stats: Stats): number {", "  const unused = 1;", "  return stats.size;", "}", ""].join("\n"),
  );
  ESLINT_PROBES.privateImport = probe(
    "private-import.ts",
    [
      'import { closestName } from "../../lib/private/suggest";',
      'import { didYouMean } from "../../lib/shared";',
      "export const both = [closestName, didYouMean];",
      "",
    ].join("\n"),
    TOOLS_PROBES,
  );
  const result = run("eslint", ["--format", "json", ...Object.values(ESLINT_PROBES)]);
  if (result.error !== undefined || result.stdout === "") throw new Error(`eslint did not report: ${result.error?.message ?? result.stderr}`);
  for (const report of JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string | null; message: string }[] }[]) {
    reports.set(report.filePath, report.messages);
  }
}, 60_000);

/** The rule ids eslint reported for a probe. */
function ruleIds(file: string): string[] {
  const messages = reports.get(path.join(ROOT, file));
  if (messages === undefined) throw new Error(`eslint reported nothing for ${file}`);
  return messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

test("a floating promise, a promise where a void callback belongs and an await of a non-promise fail the lint", () => {
  expect(ruleIds(ESLINT_PROBES.promises)).toEqual([
    "@typescript-eslint/no-floating-promises",
    "@typescript-eslint/no-misused-promises",
    "@typescript-eslint/await-thenable",
  ]);
});

test("an unused variable and a value import used only as a type fail the lint", () => {
  expect(ruleIds(ESLINT_PROBES.imports)).toEqual(["@typescript-eslint/consistent-type-imports", "@typescript-eslint/no-unused-vars"]);
});

test("a file Prettier would change fails the format check, and the same file formatted passes", () => {
  const file = probe("format.ts", "export const  answer = { a:1 }\n");
  const before = run("prettier", ["--check", ...PRETTIER_IGNORE, file]);
  expect(before.status).toBe(1);
  expect(before.stdout + before.stderr).toContain("format.ts");
  expect(run("prettier", ["--write", ...PRETTIER_IGNORE, file]).status).toBe(0);
  expect(fs.readFileSync(path.join(ROOT, file), "utf8")).toBe("export const answer = { a: 1 };\n");
  expect(run("prettier", ["--check", ...PRETTIER_IGNORE, file]).status).toBe(0);
});

test("the command importing a private file of the library fails the lint; the shared module passes", () => {
  expect(ruleIds(ESLINT_PROBES.privateImport)).toEqual(["no-restricted-imports"]);
});
