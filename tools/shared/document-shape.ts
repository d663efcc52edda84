import { formatPath, isJsonObject, type JsonPath } from "./json-path";

/** What a JSON value is, in a word, never what it holds. */
export function jsonKind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value === "boolean" ? "bool" : typeof value}`;
}

/**
 * The parts of a `cdk.tf.json` that review and smoke read, checked for shape before they are read: a
 * section, a type or a block that is `null`, a list or a string where an object belongs is named by its
 * JSON path. Names are only names, whatever they are (`__proto__`, `constructor`).
 */
export function documentShapeProblems(document: unknown): string[] {
  if (!isJsonObject(document)) return [`$: expected an object (a Terraform JSON document), got ${jsonKind(document)}`];
  const problems: string[] = [];
  const expectObject = (value: unknown, path: JsonPath, what: string): value is Record<string, unknown> => {
    if (isJsonObject(value)) return true;
    problems.push(`${formatPath(path)}: expected ${what}, got ${jsonKind(value)}`);
    return false;
  };
  const blocksByName = (section: unknown, path: JsonPath, what: string) => {
    if (!expectObject(section, path, `an object of ${what}s by name`)) return;
    for (const [name, body] of Object.entries(section)) if (name !== "//") expectObject(body, [...path, name], `a ${what} block (an object)`);
  };
  for (const root of ["resource", "data"] as const) {
    const section = document[root];
    if (section === undefined || !expectObject(section, [root], `an object of ${root === "data" ? "data source" : "resource"} types`)) continue;
    for (const [type, byName] of Object.entries(section)) if (type !== "//") blocksByName(byName, [root, type], root === "data" ? "data source" : "resource");
  }
  if (document.variable !== undefined) blocksByName(document.variable, ["variable"], "variable");
  if (document.output !== undefined) blocksByName(document.output, ["output"], "output");
  if (document.locals !== undefined) expectObject(document.locals, ["locals"], "an object of local values");
  if (document.provider !== undefined && expectObject(document.provider, ["provider"], "an object of provider configurations by name")) {
    for (const [name, configs] of Object.entries(document.provider)) {
      const list = Array.isArray(configs) ? configs : [configs];
      list.forEach((config, i) =>
        expectObject(config, Array.isArray(configs) ? ["provider", name, i] : ["provider", name], "a provider configuration (an object)"),
      );
    }
  }
  if (document.moved !== undefined) {
    if (Array.isArray(document.moved)) document.moved.forEach((block, i) => expectObject(block, ["moved", i], "a moved block (an object)"));
    else expectObject(document.moved, ["moved"], "a list of moved blocks");
  }
  return problems;
}
