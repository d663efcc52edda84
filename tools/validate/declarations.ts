import { checkBlock } from "./block";
import { describeJson, entriesOf, formatPath, isJsonObject } from "./json-path";
import { checkMetaArguments, DATA_META_ARGUMENTS, RESOURCE_META_ARGUMENTS } from "./meta-arguments";
import { providerValidatorProblems } from "./provider-validators";
import { type NotChecked, problem, type ValidationProblem } from "./report";
import { type SchemaIndex, type TypeKind } from "./schema-index";
import { closestName } from "../../lib/shared";

/** Problems, unchecked declarations and how many were checked, for one section of the document. */
export interface SectionResult {
  readonly problems: ValidationProblem[];
  readonly notChecked: NotChecked[];
  readonly checked: number;
}

/** Terraform's rule for resource, data-source and provider names. */
export const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * A type this close to a known one (in edits) is a typo, not a type the pinned schema lacks. Kept
 * small: the pinned schema is a subset, and real types it lacks must come out "not checked".
 */
/**
 * Checks the `resource` or `data` section: each type is known to the schema (else it is reported
 * "not checked", or as a typo of a known type), each body has the type's attributes and blocks,
 * and Terraform's meta-arguments are well formed.
 */
export function checkDeclarations(section: unknown, kind: TypeKind, index: SchemaIndex): SectionResult {
  const root = kind === "resource" ? "resource" : "data";
  const result: SectionResult = { problems: [], notChecked: [], checked: 0 };
  if (section === undefined) return result;
  if (!isJsonObject(section)) {
    result.problems.push(problem([root], `wrong type: "${root}" must be an object of ${kind} types, got ${describeJson(section)}`));
    return result;
  }
  let checked = 0;
  for (const [type, byName] of entriesOf(section)) {
    if (!isJsonObject(byName)) {
      result.problems.push(problem([root, type], `wrong type: "${type}" must be an object of named ${kind}s, got ${describeJson(byName)}`));
      continue;
    }
    const found = index.findType(kind, type);
    const typo = found ? undefined : closestName(type, index.typeNames(kind));
    if (typo !== undefined) result.problems.push(problem([root, type], `unknown ${kind} type "${type}"; did you mean "${typo}"?`));
    for (const [name, body] of entriesOf(byName)) {
      const path = [root, type, name];
      if (!NAME_PATTERN.test(name)) {
        result.problems.push(
          problem(path, `invalid ${kind} name "${name}": a name starts with a letter or underscore and holds only letters, digits, underscores and dashes`),
        );
      }
      if (!isJsonObject(body)) {
        result.problems.push(problem(path, `wrong type: ${type}.${name} must be a block (an object), got ${describeJson(body)}`));
        continue;
      }
      result.problems.push(...checkMetaArguments(body, path));
      if (found) {
        checked++;
        const ownedElsewhere = kind === "resource" ? RESOURCE_META_ARGUMENTS : DATA_META_ARGUMENTS;
        result.problems.push(...checkBlock(body, found.schema.block ?? {}, path, { subject: type, ownedElsewhere }));
        if (kind === "resource") result.problems.push(...providerValidatorProblems(type, body, path));
      } else if (typo === undefined) {
        result.notChecked.push({ path: formatPath(path), kind, type, reason: `the pinned provider schema has no ${kind} type "${type}"` });
      }
    }
  }
  return { ...result, checked };
}
