/**
 * Values for the variables a plan needs and nothing provides: every variable without a default. Each
 * gets a placeholder of its type. A string is "placeholder-<variable name>": never shaped like a key,
 * it satisfies the key variable's own validation (not empty, not an admin key), and two variables
 * differ, so a plan still shows a key moving from one variable to another.
 */
import { byKey, containsKeyLike } from "../../../lib/shared";

/** The text every placeholder string starts with. */
export const PLACEHOLDER_TEXT = "placeholder";

/** The placeholder string of a variable. */
export function placeholderString(name: string): string {
  const text = `${PLACEHOLDER_TEXT}-${name}`;
  // A variable may be named like a key; its placeholder must not look like one.
  return containsKeyLike(text) ? PLACEHOLDER_TEXT : text;
}

/** Variable name -> placeholder value, for the variables of a `cdk.tf.json` without a default. */
export function placeholderVariables(document: { readonly variable?: unknown }): Record<string, unknown> {
  const variables = document.variable;
  if (variables === null || typeof variables !== "object" || Array.isArray(variables)) return {};
  const values: Record<string, unknown> = {};
  for (const [name, declaration] of Object.entries(variables as Record<string, unknown>).sort(byKey)) {
    const decl = declaration !== null && typeof declaration === "object" ? (declaration as Record<string, unknown>) : {};
    if ("default" in decl) continue;
    values[name] = placeholderOf(typeof decl.type === "string" ? decl.type : "any", name);
  }
  return values;
}

/** A placeholder for a type constraint as cdktf writes it (`string`, `${list(string)}`, ...). */
function placeholderOf(constraint: string, name: string): unknown {
  const type = constraint
    .trim()
    .replace(/^\$\{(.*)\}$/s, "$1")
    .trim();
  if (type === "number") return 0;
  if (type === "bool") return false;
  if (/^(list|set|tuple)\b/.test(type)) return [];
  if (/^(map|object)\b/.test(type)) return {};
  return placeholderString(name);
}
