import { redactKeys } from "../../lib/shared";
import { formatPath, type JsonPath } from "./json-path";

/** One thing terraform would reject, at a place in the document. */
export interface ValidationProblem {
  /** Where, as JSONPath: `$.resource.genesyscloud_integration.x.intended_state`. */
  readonly path: string;
  /** What is wrong and, where it helps, what is allowed. */
  readonly message: string;
}

/** What a declaration is, for "not checked" entries. */
export type DeclarationKind = "resource" | "data source" | "provider" | "module";

/** A declaration the validator could not check because no schema it has describes its type. */
export interface NotChecked {
  readonly path: string;
  readonly kind: DeclarationKind;
  /** The resource or data-source type, provider local name, or module source. */
  readonly type: string;
  readonly reason: string;
}

/** Counts of declarations that were checked against a schema. */
export interface CheckedCounts {
  readonly resources: number;
  readonly dataSources: number;
  readonly providers: number;
}

/** The outcome of validating one synthesized document. */
export interface ValidationReport {
  readonly problems: readonly ValidationProblem[];
  readonly notChecked: readonly NotChecked[];
  readonly checked: CheckedCounts;
}

/** Builds a problem at a path; whatever a message quotes from the document, a key in it is masked. */
export function problem(path: JsonPath, message: string): ValidationProblem {
  return { path: formatPath(path), message: redactKeys(message) };
}

/**
 * Whether a report passes: no problems, and nothing left unchecked unless the caller accepts that
 * (a stack that mixes in other providers' resources, whose schemas are not pinned here).
 */
export function isClean(report: ValidationReport, options: { readonly allowUnchecked?: boolean } = {}): boolean {
  return report.problems.length === 0 && (options.allowUnchecked === true || report.notChecked.length === 0);
}
