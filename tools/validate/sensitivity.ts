import type { Catalog } from "./catalog";
import { hasTemplate, isIndexStep, templateExpressions, traversals } from "./expressions";
import type { SchemaIndex, TypeKind } from "./schema-index";
import { walkStrings } from "./json-path";

/**
 * The references in a value that carry sensitive data: sensitive variables, and sensitive attributes
 * (or whole objects holding one) of resources and data sources. Expressions that call
 * `nonsensitive(...)` are taken at their word.
 */
export function sensitiveReferences(value: unknown, catalog: Catalog, index: SchemaIndex): string[] {
  const found = new Set<string>();
  walkStrings(value, [], (text) => {
    if (!hasTemplate(text)) return;
    for (const expression of templateExpressions(text).expressions) {
      if (/\bnonsensitive\s*\(/.test(expression)) continue;
      for (const traversal of traversals(expression)) {
        const { root, steps } = traversal;
        if (root === "var" && catalog.variables.get(steps[0])?.sensitive === true) found.add(`var.${steps[0]}`);
        else if (root === "data" && steps.length >= 2 && isSensitiveRead("data source", steps[0], steps.slice(2), index)) found.add(traversal.text);
        else if (catalog.resources.has(`${root}.${steps[0]}`) && isSensitiveRead("resource", root, steps.slice(1), index)) found.add(traversal.text);
      }
    }
  });
  return [...found].sort();
}

/** Reading `rest` from an object of `type`: a sensitive attribute, or the whole object while it holds one. */
function isSensitiveRead(kind: TypeKind, type: string, rest: readonly string[], index: SchemaIndex): boolean {
  const attributes = index.findType(kind, type)?.schema.block?.attributes ?? {};
  const attribute = rest.find((step) => !isIndexStep(step));
  if (attribute === undefined) return Object.values(attributes).some((a) => a.sensitive === true);
  return Object.hasOwn(attributes, attribute) && attributes[attribute]?.sensitive === true;
}
