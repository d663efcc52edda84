import { describeJson, entriesOf, isJsonObject, own, type JsonPath } from "./json-path";
import { problem, type ValidationProblem } from "./report";
import type { AttributeSchema, BlockSchema, NestedBlockSchema } from "./schema-types";
import { didYouMean } from "../../lib/shared";
import { checkValue } from "./value-types";

/** What a block is, for messages, and which of its keys other checks own. */
export interface BlockContext {
  /** `genesyscloud_integration`, `provider genesyscloud`, `block "config" of genesyscloud_integration`. */
  readonly subject: string;
  /** Keys checked elsewhere, such as Terraform's meta-arguments (`provider`, `count`, `depends_on`). */
  readonly ownedElsewhere?: ReadonlySet<string>;
}

/**
 * Checks a block body against its schema: every key is an attribute or nested block of the schema,
 * values have the attribute's type, required attributes and blocks are present, computed-only
 * attributes are not set, and nested blocks respect their nesting mode and item limits.
 */
export function checkBlock(body: unknown, block: BlockSchema, path: JsonPath, context: BlockContext): ValidationProblem[] {
  if (!isJsonObject(body)) return [problem(path, `wrong type: ${context.subject} must be a block (an object), got ${describeJson(body)}`)];
  const attributes = block.attributes ?? {};
  const blockTypes = block.block_types ?? {};
  const problems: ValidationProblem[] = [];
  // Own members only: an attribute named `constructor` or `toString` is unknown, not Object's.
  for (const [key, value] of entriesOf(body)) {
    if (context.ownedElsewhere?.has(key)) continue;
    if (Object.hasOwn(attributes, key)) problems.push(...checkAttribute(key, value, attributes[key], [...path, key], context.subject));
    else if (Object.hasOwn(blockTypes, key)) problems.push(...checkNestedBlocks(key, value, blockTypes[key], [...path, key], context.subject));
    else if (key === "dynamic") problems.push(...checkDynamicBlocks(value, blockTypes, [...path, key], context.subject));
    else {
      const names = [...Object.keys(attributes), ...Object.keys(blockTypes)];
      problems.push(problem([...path, key], `unknown attribute or block "${key}" in ${context.subject}${didYouMean(key, names)}`));
    }
  }
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.required && (own(body, name) === undefined || own(body, name) === null)) {
      problems.push(problem(path, `missing required attribute "${name}" in ${context.subject}`));
    }
  }
  for (const [name, nested] of Object.entries(blockTypes)) {
    if ((nested.min_items ?? 0) > 0 && own(body, name) === undefined && !isJsonObject(own(body, "dynamic"))) {
      problems.push(problem(path, `missing required block "${name}" in ${context.subject}`));
    }
  }
  return problems;
}

function checkAttribute(name: string, value: unknown, attribute: AttributeSchema, path: JsonPath, subject: string): ValidationProblem[] {
  if (attribute.computed && !attribute.optional && !attribute.required) {
    return [problem(path, `"${name}" is read-only in ${subject}: the provider computes it, so it cannot be set`)];
  }
  // Protocol-6 nested attributes have no `type`; their shape is not checked beyond being set.
  return attribute.type === undefined ? [] : checkValue(value, attribute.type, path);
}

function checkNestedBlocks(name: string, value: unknown, nested: NestedBlockSchema, path: JsonPath, subject: string): ValidationProblem[] {
  const context: BlockContext = { subject: `block "${name}" of ${subject}` };
  switch (nested.nesting_mode) {
    case "single":
    case "group":
      return isJsonObject(value)
        ? checkBlock(value, nested.block, path, context)
        : [problem(path, `wrong type: block "${name}" of ${subject} takes one object, got ${describeJson(value)}`)];
    case "map":
      return isJsonObject(value)
        ? entriesOf(value).flatMap(([label, item]) => checkBlock(item, nested.block, [...path, label], context))
        : [problem(path, `wrong type: block "${name}" of ${subject} takes an object of labelled blocks, got ${describeJson(value)}`)];
    case "list":
    case "set": {
      // Terraform's JSON syntax takes one block as an object (cdktf writes max_items=1 blocks so) or several as a list.
      const items: [unknown, JsonPath][] = isJsonObject(value)
        ? [[value, path]]
        : Array.isArray(value)
          ? value.map((item, index): [unknown, JsonPath] => [item, [...path, index]])
          : [];
      if (!isJsonObject(value) && !Array.isArray(value)) {
        return [problem(path, `wrong type: block "${name}" of ${subject} takes an object or a list of objects, got ${describeJson(value)}`)];
      }
      const problems = items.flatMap(([item, itemPath]) => checkBlock(item, nested.block, itemPath, context));
      if (nested.max_items !== undefined && items.length > nested.max_items) {
        problems.unshift(problem(path, `too many "${name}" blocks in ${subject}: at most ${nested.max_items} allowed, got ${items.length}`));
      }
      if (nested.min_items !== undefined && items.length < nested.min_items) {
        problems.unshift(problem(path, `too few "${name}" blocks in ${subject}: at least ${nested.min_items} required, got ${items.length}`));
      }
      return problems;
    }
  }
}

/** `"dynamic": {"<block>": {"for_each": ..., "content": {...}}}`: generated blocks of a known type. */
function checkDynamicBlocks(value: unknown, blockTypes: Readonly<Record<string, NestedBlockSchema>>, path: JsonPath, subject: string): ValidationProblem[] {
  if (!isJsonObject(value)) return [problem(path, `wrong type: "dynamic" in ${subject} takes an object of block names, got ${describeJson(value)}`)];
  return entriesOf(value).flatMap(([name, generator]) => {
    const nested = Object.hasOwn(blockTypes, name) ? blockTypes[name] : undefined;
    if (nested === undefined) {
      return [problem([...path, name], `unknown block "${name}" in dynamic of ${subject}${didYouMean(name, Object.keys(blockTypes))}`)];
    }
    if (!isJsonObject(generator) || generator.for_each === undefined || generator.content === undefined) {
      return [problem([...path, name], `dynamic block "${name}" of ${subject} needs "for_each" and "content"`)];
    }
    return checkBlock(generator.content, nested.block, [...path, name, "content"], { subject: `block "${name}" of ${subject}` });
  });
}
