import { showJson } from "../shared/json-diff";
import type { FirstApplyChange } from "./adopt-integration";
import { integrationLabel, shownId, type AdoptReport } from "./report";

/** The listing for people: each integration with its state and credential, what adopting it changes, then the code. */
export function renderText(report: AdoptReport): string[] {
  const lines: string[] = [];
  for (const listed of report.integrations) {
    const state = [listed.intendedState, listed.reportedState].filter(Boolean).join(", ");
    const credential = listed.credential
      ? `credential ${listed.credential.name === undefined ? "" : `${JSON.stringify(listed.credential.name)} `}(${shownId(listed.credential.id)}), ${listed.credential.type ?? "type unknown"}`
      : "no credential";
    const { adoption } = listed;
    if (adoption.kind !== "cartesia") {
      lines.push(`${integrationLabel(listed)}: ${state}; ${adoption.reason}: not adopted`);
      continue;
    }
    lines.push(`${integrationLabel(listed)}: Cartesia, ${state}; ${credential}`);
    lines.push(`  adopted as ${JSON.stringify(adoption.adopted.constructId)}; the first apply changes:`);
    for (const change of adoption.adopted.changes) lines.push(`    ${changeLine(change)}`);
    for (const note of adoption.adopted.notes) lines.push(`  note: ${note}`);
  }
  const adopted = report.integrations.filter((i) => i.adoption.kind === "cartesia").length;
  if (report.code !== undefined) {
    lines.push(
      "",
      `Code that adopts ${adopted === 1 ? "this connector" : `these ${adopted} connectors`} (paste it into your stack):`,
      "",
      ...report.code.split("\n"),
      "",
    );
  }
  const total = report.integrations.length;
  lines.push(
    total === 0
      ? `adopt: no ${report.integrationType} integration in the organization (${report.api})`
      : `adopt: ${total} ${report.integrationType} integration${total === 1 ? "" : "s"}, ${adopted} of them Cartesia's${adopted > 0 ? "; paste the code and run cdktf deploy: the plan imports each and updates it in place" : ""} (${report.api}, ${report.requests} requests)`,
  );
  return lines;
}

/** `advanced.synthesizeBody.model_id: "<old>" -> "<recommended>" (why)`; a value-less change is its reason. */
export function changeLine(change: FirstApplyChange): string {
  if (change.from === undefined && change.to === undefined) return `${change.path}: ${change.why ?? ""}`;
  return `${change.path}: ${showJson(change.from)} -> ${showJson(change.to)}${change.why ? ` (${change.why})` : ""}`;
}
