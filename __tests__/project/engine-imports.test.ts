/**
 * The cdktn package's build (scripts/stage-package.ts cdktn) changes which engine lib/ imports and
 * nothing else: these pin down what `replaceEngineImports` rewrites and what it leaves alone.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { replaceEngineImports } from "../../scripts/engine-imports";

const rewrite = (source: string) => replaceEngineImports(source, "probe.ts", "cdktf", "cdktn");

test("rewrites every form of module specifier that names cdktf or a path inside it", () => {
  const source = [
    'import { App } from "cdktf";',
    "import { type TerraformProvider } from 'cdktf';",
    'import type { IResolvable } from "cdktf";',
    'export { Token } from "cdktf";',
    'export * from "cdktf/lib/tokens";',
    'import cdktf = require("cdktf");',
    'const lazy = require("cdktf");',
    'const later = import("cdktf");',
    'type Stack = import("cdktf").TerraformStack;',
    'declare module "cdktf" {}',
    "",
  ].join("\n");
  expect(rewrite(source)).toBe(source.replace(/(["'])cdktf(["'/])/g, "$1cdktn$2"));
  expect(rewrite(source).match(/cdktn/g)).toHaveLength(10);
});

test("leaves alone what only looks like it: other packages, relative paths, strings, comments, identifiers", () => {
  const source = [
    '// Built on cdktf: see "cdktf" in the README.',
    'import { CodeMaker } from "@cdktf/commons";',
    'import cli from "cdktf-cli";',
    'import { Integration } from "../.gen/providers/genesyscloud/integration";',
    'import { local } from "./cdktf";',
    'const message = "run cdktf synth";',
    'const name = "cdktf";',
    'const call = resolve("cdktf");',
    "export const cdktf = 1;",
    "",
  ].join("\n");
  expect(rewrite(source)).toBe(source);
});

test("refuses a specifier written with escapes, which it could not rewrite in place", () => {
  expect(() => rewrite('import { App } from "cdk\\x74f";')).toThrow('probe.ts: write the module name "cdktf" without escapes');
});

test("on the library itself: only the engine specifiers change, and every lib file that imports cdktf gets cdktn", () => {
  const lib = path.resolve(__dirname, "..", "..", "lib");
  let rewritten = 0;
  for (const entry of fs.readdirSync(lib, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".ts")) continue;
    const source = fs.readFileSync(path.join(entry.parentPath, entry.name), "utf8");
    const result = replaceEngineImports(source, entry.name, "cdktf", "cdktn");
    expect(result.replace(/ from "cdktn";/g, ' from "cdktf";')).toBe(source);
    expect(result).not.toMatch(/from "cdktf"/);
    if (result !== source) rewritten++;
  }
  expect(rewritten).toBeGreaterThanOrEqual(5);
});
