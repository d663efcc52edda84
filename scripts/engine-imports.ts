/**
 * Rewrites which engine a TypeScript file imports: `cdktf` (and `cdktf/...`) module specifiers become
 * `cdktn`, and nothing else changes, comments and strings included. It edits the specifiers that
 * TypeScript's own parser finds, so a word "cdktf" in a message or a comment is never touched.
 */
import * as ts from "typescript";

/** A string literal that names a module: import/export from, import x = require, import("..."), require("..."), import types, declare module. */
function isModuleSpecifier(node: ts.Node): node is ts.StringLiteral {
  if (!ts.isStringLiteral(node)) return false;
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return parent.moduleSpecifier === node;
  if (ts.isExternalModuleReference(parent) || ts.isModuleDeclaration(parent)) return true;
  if (ts.isLiteralTypeNode(parent)) return ts.isImportTypeNode(parent.parent);
  if (ts.isCallExpression(parent)) {
    const callee = parent.expression;
    return parent.arguments[0] === node && (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === "require"));
  }
  return false;
}

/** `source` with every module specifier `from` or `from/...` changed to `to` or `to/...`. */
export function replaceEngineImports(source: string, fileName: string, from: string, to: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const edits: { start: number; end: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (isModuleSpecifier(node) && (node.text === from || node.text.startsWith(`${from}/`))) {
      // Inside the quotes: the opening quote is the literal's first character.
      const start = node.getStart(file) + 1;
      if (source.slice(start, start + from.length) !== from) throw new Error(`${fileName}: write the module name "${node.text}" without escapes`);
      edits.push({ start, end: start + from.length });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = source;
  for (const { start, end } of edits.reverse()) result = result.slice(0, start) + to + result.slice(end);
  return result;
}
