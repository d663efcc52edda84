import { isMadeConstruct } from "../made-construct";
import { describeValue } from "../describe-value";
import { Token } from "cdktf";
import { containsKeyLike, describeFoundKey, findKeyLike } from "../key-hygiene";
import { errorsOnly, type Verdict } from "../verdict";

/** Why a key has no place in the variable's description. */
export const DESCRIPTION_IS_WRITTEN = "the description is written into cdktf.out. Remove it.";

/** What Terraform accepts as a variable name; cdktf would otherwise rename the variable silently. */
export const TERRAFORM_VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Names terraform refuses for a variable, "reserved due to its special meaning inside module blocks"
 * (terraform 1.11, found by planning generated stacks with real terraform).
 */
export const RESERVED_VARIABLE_NAMES: readonly string[] = [
  "_",
  "count",
  "depends_on",
  "for_each",
  "lifecycle",
  "locals",
  "provider",
  "providers",
  "source",
  "version",
];

/** The arguments of `fromVariable`, checked before the variable is declared. */
export function keyVariableIsValid(scope: unknown, id: unknown, options: unknown): Verdict {
  return errorsOnly(errors(scope, id, options));
}

function errors(scope: unknown, id: unknown, options: unknown): string[] {
  const problems: string[] = [];
  if (!isMadeConstruct(scope)) {
    problems.push(`scope: got ${describeValue(scope)}; expected the stack (or a construct in it) to declare the variable in.`);
  } else {
    const key = findKeyLike(scope.node.path);
    // cdktf names a variable in a nested scope after the scope's path: the path is written into cdktf.out.
    if (key) {
      problems.push(
        `scope: its path holds what looks like a Cartesia API key (${describeFoundKey(key)}); the variable is named after the path in cdktf.out. Declare the variable in a scope whose path holds no key.`,
      );
    }
  }
  if (typeof id !== "string" || containsKeyLike(id) || !TERRAFORM_VARIABLE_NAME.test(id)) {
    const keyNote =
      typeof id === "string" && containsKeyLike(id)
        ? " It looks like the key itself: the id becomes the variable's name in cdktf.out; the key is set at deploy time."
        : "";
    problems.push(
      `id: got ${describeValue(id)}; expected a Terraform variable name (a letter or underscore, then letters, digits, underscores or dashes), such as "cartesia_api_key".${keyNote}`,
    );
  }
  if (typeof id === "string" && RESERVED_VARIABLE_NAMES.includes(id)) {
    problems.push(
      `id: got ${describeValue(id)}, a name terraform reserves (${RESERVED_VARIABLE_NAMES.join(", ")}); choose another, such as "cartesia_api_key".`,
    );
  }
  if (isMadeConstruct(scope) && typeof id === "string" && scope.node.tryFindChild(id) !== undefined) {
    problems.push(`id: ${describeValue(id)} is already used by another construct in ${scope.node.path}; choose another variable name.`);
  }
  if (options !== undefined && (options === null || typeof options !== "object")) {
    problems.push(`options: got ${describeValue(options)}; expected { description?: string }.`);
    return problems;
  }
  // Typed loosely on purpose: the options arrive from any caller, JavaScript included (ApiKeyVariableOptions's shape).
  const description: unknown = (options as { readonly description?: unknown } | undefined)?.description;
  if (description !== undefined) {
    if (typeof description !== "string") {
      problems.push(`options.description: got ${describeValue(description)}; expected a string.`);
    } else if (!Token.isUnresolved(description) && findKeyLike(description)) {
      problems.push(
        `options.description: contains what looks like a Cartesia API key (${describeFoundKey(findKeyLike(description)!)}); ${DESCRIPTION_IS_WRITTEN}`,
      );
    }
  }
  return problems;
}
