import type { ValidationReport } from "./report";

/** Options of `formatReport`. */
export interface FormatOptions {
  /** Accept types no schema describes: list them, but do not fail on them. */
  readonly allowUnchecked?: boolean;
}

/**
 * A report as lines for a terminal: a headline per stack, then one line per problem
 * (`  $.path: message`) and per unchecked declaration.
 */
export function formatReport(label: string, report: ValidationReport, options: FormatOptions = {}): string[] {
  const { resources, dataSources, providers } = report.checked;
  const counts = `${plural(resources, "resource")}, ${plural(dataSources, "data source")}, ${plural(providers, "provider configuration")} checked`;
  const failsOnUnchecked = report.notChecked.length > 0 && options.allowUnchecked !== true;
  const headline =
    report.problems.length === 0 && !failsOnUnchecked
      ? `${label}: ok (${counts}${report.notChecked.length > 0 ? `; ${report.notChecked.length} not checked` : ""})`
      : `${label}: ${plural(report.problems.length, "problem")}, ${report.notChecked.length} not checked (${counts})`;
  return [
    headline,
    ...report.problems.map((p) => `  ${p.path}: ${p.message}`),
    ...report.notChecked.map((n) => `  not checked: ${n.path} (${n.kind} ${n.type}): ${n.reason}`),
  ];
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
