/**
 * Reading TypeScript as text with the compiler's parser: the literals of our own sources (to prove a fact
 * is written in one file), and the string-literal unions of a vendor SDK's declarations (to prove a list of
 * constants follows the installed SDK).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

export const ROOT = path.join(__dirname, "..", "..");

/** Cartesia's SDK as installed, and its TTS declarations. */
export const CARTESIA_SDK_DIR = path.join(ROOT, "node_modules", "@cartesia", "cartesia-js");
export const CARTESIA_TTS_DTS = path.join(CARTESIA_SDK_DIR, "resources", "tts.d.ts");

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
}

/** Every string and template literal piece of a TypeScript file, comments aside. */
export function literals(file: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(parse(file));
  return found;
}

/** Every identifier a TypeScript file names, comments and literals aside. */
export function identifiers(file: string): Set<string> {
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) found.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(parse(file));
  return found;
}

/** The `.ts` files under a folder of the repository, as paths relative to its root. */
export function sources(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

/** The string-literal members of a type alias's union, in order; a `string & {}` member says nothing and is left out. */
export function unionMembers(file: string, typeName: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTypeAliasDeclaration(node) && node.name.text === typeName && ts.isUnionTypeNode(node.type)) {
      for (const member of node.type.types) if (ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal)) found.push(member.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(file));
  return found;
}
