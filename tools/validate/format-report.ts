import { redactKeys } from "../../lib/shared";
import { terminalText } from "../shared/text-escaping";
import type { ValidationReport } from "./report";

/** Options of `formatReport`. */
export interface FormatOptions {
  /** Accept types no schema describes: list them, but do not fail on them. */
  readonly allowUnchecked?: boolean;
}

/**
 * A report as lines for a terminal: a headline per stack, then one line per problem
 * (`  $.path: message`) and per unchecked declaration. Whatever the document named (a stack, a type, a
 * key quoted in a message) has its control characters spelled out, so each line stays one line.
 */
export function formatReport(label: string, report: ValidationReport, options: FormatOptions = {}): string[] {
  return lines(terminalText(label), report, options).map((line) => redactKeys(line));
}

function lines(label: string, report: ValidationReport, options: FormatOptions): string[] {
  const { resources, dataSources, providers } = report.checked;
  const counts = `${plural(resources, "resource")}, ${plural(dataSources, "data source")}, ${plural(providers, "provider configuration")} checked`;
  const failsOnUnchecked = report.notChecked.length > 0 && options.allowUnchecked !== true;
  const headline =
    report.problems.length === 0 && !failsOnUnchecked
      ? `${label}: ok (${counts}${report.notChecked.length > 0 ? `; ${report.notChecked.length} not checked` : ""})`
      : `${label}: ${plural(report.problems.length, "problem")}, ${report.notChecked.length} not checked (${counts})`;
  return [
    headline,
    ...report.problems.map((p) => `  ${p.path}: ${terminalText(p.message)}`),
    ...report.notChecked.map((n) => `  not checked: ${n.path} (${n.kind} ${terminalText(n.type)}): ${terminalText(n.reason)}`),
  ];
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
