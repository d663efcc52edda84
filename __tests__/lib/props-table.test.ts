/**
 * The props are listed once, in lib/private/connector-props.ts. The README's props table, the props'
 * TSDoc `@default` tags and the tests' recipes are each compared with it, so a new prop cannot be
 * forgotten by any of them, nor by the unknown-prop check (which reads the table).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { CONNECTOR_PROP_NAMES, CONNECTOR_PROPS } from "../../lib/private/connector-props";
import { unknownPropProblems } from "../../lib/private/validate-props";
import { RECIPE_PROPS } from "../support/prop-recipes";

const ROOT = path.join(__dirname, "..", "..");

/** `prop -> default cell` of the README's props table, backticks removed. */
function readmeDefaults(): Map<string, string> {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### Props"), readme.indexOf("A prop left out"));
  const rows = new Map<string, string>();
  for (const line of section.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    const prop = /^`(\w+)`$/.exec(cells[1] ?? "")?.[1];
    if (prop) rows.set(prop, cells[3].replace(/`/g, ""));
  }
  return rows;
}

/** `prop -> { optional, @default text }` of the props interface, read with the compiler. */
function tsdocDefaults(): Map<string, { optional: boolean; tag?: string }> {
  const file = path.join(ROOT, "lib", "cartesia-tts-connector-props.ts");
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const props = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === "CartesiaTtsConnectorProps");
  const members = new Map<string, { optional: boolean; tag?: string }>();
  for (const member of props?.members ?? []) {
    if (!ts.isPropertySignature(member)) continue;
    const tag = ts.getJSDocTags(member).find((t) => t.tagName.text === "default");
    const text = typeof tag?.comment === "string" ? tag.comment.replace(/^- /, "") : undefined;
    members.set(member.name.getText(source), { optional: member.questionToken !== undefined, tag: text });
  }
  return members;
}

test("the table has every prop of the interface, in the interface's order", () => {
  expect(CONNECTOR_PROP_NAMES).toEqual([...tsdocDefaults().keys()]);
});

test("each prop's TSDoc @default starts with the table's default; required props are the ones without", () => {
  for (const [prop, { optional, tag }] of tsdocDefaults()) {
    const entry = CONNECTOR_PROPS[prop as keyof typeof CONNECTOR_PROPS].default;
    if (entry === "required") expect([prop, optional, tag]).toEqual([prop, false, undefined]);
    else expect([prop, optional, tag?.startsWith(entry)]).toEqual([prop, true, true]);
  }
});

test("the README's props table lists every prop, each with the table's default", () => {
  const rows = readmeDefaults();
  expect([...rows.keys()]).toEqual(CONNECTOR_PROP_NAMES);
  for (const prop of CONNECTOR_PROP_NAMES) expect([prop, rows.get(prop)?.startsWith(CONNECTOR_PROPS[prop].default)]).toEqual([prop, true]);
});

test("the tests' recipes generate every prop", () => {
  expect([...RECIPE_PROPS].sort()).toEqual([...CONNECTOR_PROP_NAMES].sort());
});

test("the unknown-prop check knows exactly the table's props", () => {
  const every = Object.fromEntries(CONNECTOR_PROP_NAMES.map((name) => [name, 1]));
  expect(unknownPropProblems(every)).toEqual([]);
  expect(unknownPropProblems({ ...every, outputformat: 1 })).toEqual([
    `outputformat: not a prop of CartesiaTtsConnector (did you mean outputFormat?); its props are ${CONNECTOR_PROP_NAMES.join(", ")}.`,
  ]);
});
