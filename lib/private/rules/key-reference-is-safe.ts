import {
  TerraformDataSource,
  type TerraformElement,
  TerraformLocal,
  TerraformRemoteState,
  TerraformResource,
  type TerraformStack,
  TerraformVariable,
} from "cdktf";
import { describeValue } from "../describe-value";
import { describeFoundKey, findKeyLike, type FoundKey, maskSecret } from "../key-hygiene";
import { templateSequence } from "../terraform-text";
import { errorsOnly, type Verdict } from "../verdict";

/** `var.x`, `local.x`, `data.<type>.<name>` or `<type>.<name>` inside a resolved expression. */
const REFERENCE = /(?<![\w.-])(?:(?:var|local)\.[A-Za-z_][\w-]*|data\.[A-Za-z][\w-]*\.[A-Za-z_][\w-]*|[A-Za-z][A-Za-z0-9-]*_[\w-]*\.[A-Za-z_][\w-]*)/g;
/** Locals that refer to locals: followed this far, no further. */
const MAX_STEPS = 4;

const KEEP_IT_OUT =
  'Pass the key with CartesiaApiKey.fromVariable(stack, "cartesia_api_key") and set TF_VAR_cartesia_api_key at deploy time, or keep the key out of cdktf.out altogether (a secret store read by a data source, a remote state output).';

/**
 * A key token is a reference, but what it refers to may still be written into cdktf.out: a variable
 * with a `default`, a local that holds a literal, a remote state whose `defaults` hold a key. Follows the
 * references of the resolved key, in its own stack, one step (and local to local a few more).
 */
export function keyReferenceIsSafe(resolvedKey: string, stack: TerraformStack, resolve: (value: unknown) => unknown, prop = "apiKey"): Verdict {
  return errorsOnly(errors(resolvedKey, stack, resolve, prop));
}

function errors(resolvedKey: string, stack: TerraformStack, resolve: (value: unknown) => unknown, prop: string): string[] {
  const find = elementFinder(stack);
  const problems: string[] = [];
  const seen = new Set<string>();
  const follow = (text: string, step: number) => {
    for (const [address] of text.matchAll(REFERENCE)) {
      const element = find(address);
      if (element === undefined || seen.has(address)) continue;
      seen.add(address);
      problems.push(...referenceProblems(address, element, resolve, prop, (inner) => step < MAX_STEPS && follow(inner, step + 1)));
    }
  };
  follow(resolvedKey, 1);
  return problems;
}

function referenceProblems(
  address: string,
  element: TerraformElement,
  resolve: (value: unknown) => unknown,
  prop: string,
  followInside: (text: string) => void,
): string[] {
  if (element instanceof TerraformVariable) {
    const name = address.slice("var.".length);
    const value: unknown = resolve(element.default);
    if (value !== undefined && value !== null) {
      return [
        `${prop}: the token refers to variable ${name}, whose default (${typeof value === "string" ? maskSecret(value) : describeValue(value)}) is written into cdktf.out as it is. Remove the default and set TF_VAR_${name} at deploy time, or pass CartesiaApiKey.fromVariable(stack, "cartesia_api_key").`,
      ];
    }
    return keyIn(address, resolve(element.toTerraform()), prop);
  }
  if (element instanceof TerraformLocal) {
    const name = address.slice("local.".length);
    // Its value as written: the `expression` getter reads back a reference to the local itself.
    const value: unknown = (resolve(element.toTerraform()) as { locals?: Record<string, unknown> }).locals?.[element.friendlyUniqueId];
    const key = findKeyIn(value);
    if (key)
      return [
        `${prop}: the token refers to local value ${name}, which holds what looks like a Cartesia API key (${describeFoundKey(key)}), written into cdktf.out. ${KEEP_IT_OUT}`,
      ];
    if (typeof value !== "string" || templateSequence(value) === undefined) {
      return [
        `${prop}: the token refers to local value ${name}, which holds a literal (${typeof value === "string" ? maskSecret(value) : describeValue(value)}), written into cdktf.out as it is. ${KEEP_IT_OUT}`,
      ];
    }
    followInside(value);
    return [];
  }
  return keyIn(address, resolve(element.toTerraform()), prop);
}

function keyIn(address: string, resolved: unknown, prop: string): string[] {
  const key = findKeyIn(resolved);
  return key
    ? [
        `${prop}: the token refers to ${address}, whose configuration holds what looks like a Cartesia API key (${describeFoundKey(key)}), written into cdktf.out. ${KEEP_IT_OUT}`,
      ]
    : [];
}

/** The first key in any string (or object key) of a resolved value. */
function findKeyIn(value: unknown, depth = 0): FoundKey | undefined {
  if (typeof value === "string") return findKeyLike(value);
  if (value === null || typeof value !== "object" || depth > 32) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = findKeyLike(key) ?? findKeyIn(item, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * Finds an element by the address an expression uses for it: the stack's own children directly (their
 * name is their id), anything else (an element in a nested scope, a renamed one) by one walk of the tree,
 * made only when such an address comes up.
 */
function elementFinder(stack: TerraformStack): (address: string) => TerraformElement | undefined {
  let all: Map<string, TerraformElement> | undefined;
  return (address) => {
    const child = stack.node.tryFindChild(address.slice(address.lastIndexOf(".") + 1));
    if (child !== undefined && addressOf(child) === address) return child as TerraformElement;
    all ??= elementsByAddress(stack);
    return all.get(address);
  };
}

/** The address an expression uses for an element, or undefined for anything else. */
function addressOf(child: unknown): string | undefined {
  if (child instanceof TerraformVariable) return `var.${child.friendlyUniqueId}`;
  if (child instanceof TerraformLocal) return `local.${child.friendlyUniqueId}`;
  if (child instanceof TerraformRemoteState) return `data.terraform_remote_state.${child.friendlyUniqueId}`;
  if (child instanceof TerraformDataSource) return `data.${child.terraformResourceType}.${child.friendlyUniqueId}`;
  if (child instanceof TerraformResource) return `${child.terraformResourceType}.${child.friendlyUniqueId}`;
  return undefined;
}

/** The stack's elements by the address an expression uses for them. */
function elementsByAddress(stack: TerraformStack): Map<string, TerraformElement> {
  const elements = new Map<string, TerraformElement>();
  for (const child of stack.node.findAll()) {
    const address = addressOf(child);
    if (address !== undefined) elements.set(address, child as TerraformElement);
  }
  return elements;
}
