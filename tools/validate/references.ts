import type { Catalog } from "./catalog";
import { hasTemplate, isIndexStep, templateExpressions, type Traversal, traversals } from "./expressions";
import { describeJson, entriesOf, isJsonObject, walkStrings } from "./json-path";
import { PROVIDER_REFERENCE } from "./meta-arguments";
import { problem, type ValidationProblem } from "./report";
import type { SchemaIndex, TypeKind } from "./schema-index";
import { didYouMean } from "../../lib/shared";

/** Roots that name Terraform's own objects, never a declaration of the document. */
const BUILTIN_ROOTS = new Set(["count", "each", "path", "terraform", "self"]);

/**
 * Resolves every reference in the document: `${...}` traversals in any string, `provider`
 * meta-arguments, `depends_on` entries and module `providers` maps. Each reference must name a
 * declaration of the document, and an attribute after a resource or data source must exist in its
 * type's schema (when the schema knows the type).
 */
export function checkReferences(doc: Record<string, unknown>, catalog: Catalog, index: SchemaIndex): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  walkStrings(doc, [], (value, path) => {
    if (!hasTemplate(value)) return;
    const { expressions, unterminated } = templateExpressions(value);
    if (unterminated) problems.push(problem(path, `unterminated template in ${describeJson(value)}: a "\${" or "%{" is never closed`));
    for (const expression of expressions) {
      for (const traversal of traversals(expression)) {
        const message = resolveTraversal(traversal, catalog, index);
        if (message) problems.push(problem(path, message));
      }
    }
  });
  for (const [section, declarations] of [
    ["resource", catalog.resources],
    ["data", catalog.dataSources],
  ] as const) {
    for (const { type, name, body } of declarations.values()) {
      const path = [section, type, name];
      if (typeof body.provider === "string" && PROVIDER_REFERENCE.test(body.provider)) {
        const message = resolveProviderReference(body.provider, catalog);
        if (message) problems.push(problem([...path, "provider"], message));
      }
      if (Array.isArray(body.depends_on)) {
        body.depends_on.forEach((item, i) => {
          if (typeof item !== "string" || hasTemplate(item)) return;
          const message = resolveDependency(item, catalog, index);
          if (message) problems.push(problem([...path, "depends_on", i], message));
        });
      }
    }
  }
  for (const [name, module] of entriesOf(isJsonObject(doc.module) ? doc.module : {})) {
    const providers = isJsonObject(module) && isJsonObject(module.providers) ? module.providers : {};
    for (const [inner, reference] of entriesOf(providers)) {
      const message = typeof reference === "string" ? resolveProviderReference(reference, catalog) : undefined;
      if (message) problems.push(problem(["module", name, "providers", inner], message));
    }
  }
  return problems;
}

/** What is wrong with one traversal, or undefined when it resolves (or is not a reference we can judge). */
export function resolveTraversal(traversal: Traversal, catalog: Catalog, index: SchemaIndex, assumeResource = false): string | undefined {
  const { root, steps } = traversal;
  const [first, second] = steps;
  if (isIndexStep(first)) return undefined;
  switch (root) {
    case "var":
      return catalog.variables.has(first) ? undefined : `reference to undeclared variable var.${first}${didYouMean(first, catalog.variables.keys())}`;
    case "local":
      return catalog.locals.has(first) ? undefined : `reference to undeclared local value local.${first}${didYouMean(first, catalog.locals)}`;
    case "module":
      return catalog.modules.has(first) ? undefined : `reference to undeclared module module.${first}`;
    case "data":
      if (second === undefined || isIndexStep(second)) return `incomplete reference "${traversal.text}": expected data.<type>.<name>`;
      if (!catalog.dataSources.has(`${first}.${second}`)) return `reference to undeclared data source data.${first}.${second}`;
      return attributeProblem("data source", first, `data.${first}.${second}`, steps.slice(2), index);
  }
  if (BUILTIN_ROOTS.has(root)) return undefined;
  // A resource type holds an underscore (`<provider>_<name>`); other bare names are for-expression
  // variables or object keys, which only terraform can judge.
  if (!assumeResource && !root.includes("_") && ![...catalog.resources.values()].some((d) => d.type === root)) return undefined;
  if (!catalog.resources.has(`${root}.${first}`)) return `reference to undeclared resource ${root}.${first}`;
  return attributeProblem("resource", root, `${root}.${first}`, steps.slice(1), index);
}

/** An attribute read from a declaration must exist in its type's schema. */
function attributeProblem(kind: TypeKind, type: string, address: string, rest: readonly string[], index: SchemaIndex): string | undefined {
  const attribute = rest.find((step) => !isIndexStep(step)); // skip count / for_each instance keys
  const block = index.findType(kind, type)?.schema.block;
  if (attribute === undefined || block === undefined) return undefined;
  const names = [...Object.keys(block.attributes ?? {}), ...Object.keys(block.block_types ?? {})];
  if (names.includes(attribute)) return undefined;
  return `reference to ${address}.${attribute}: ${kind} type ${type} has no attribute "${attribute}"${didYouMean(attribute, names)}`;
}

/** `genesyscloud.alias` must be a declared provider configuration; `genesyscloud` alone may be implicit. */
export function resolveProviderReference(reference: string, catalog: Catalog): string | undefined {
  if (!reference.includes(".") || catalog.providerConfigs.has(reference)) return undefined;
  const [localName, alias] = reference.split(".");
  const declared = [...catalog.providerConfigs].sort();
  return (
    `provider configuration "${reference}" is not declared; add a provider "${localName}" block with "alias": "${alias}"` +
    (declared.length > 0 ? ` (declared: ${declared.join(", ")})` : "")
  );
}

/** A `depends_on` entry: a resource, data source or module address. */
function resolveDependency(address: string, catalog: Catalog, index: SchemaIndex): string | undefined {
  const [traversal] = traversals(address);
  if (traversal === undefined || traversal.text !== address.trim()) {
    return `"depends_on" entry ${describeJson(address)} is not an address such as "genesyscloud_integration.x"`;
  }
  return resolveTraversal(traversal, catalog, index, true);
}
