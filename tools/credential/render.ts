import { quotedName } from "../shared/text-escaping";
import type { PutReport } from "./report";

/** The report for people: what was done (or would be), the id, and what to run next. */
export function renderText(report: PutReport): string[] {
  const name = quotedName(report.name);
  const fields = `type ${report.credentialType}; fields X-Api-Key and Cartesia-Version ${report.cartesiaVersion}`;
  const lines: string[] = [];
  if (report.dryRun) {
    lines.push(
      report.action === "create"
        ? `would create credential ${name} (${fields}): no credential of that name in the organization. Nothing was written.`
        : `would update credential ${name} in place: id ${report.id} (${fields}). Nothing was written.`,
    );
  } else {
    lines.push(
      report.action === "create"
        ? `created credential ${name}: id ${report.id} (${fields}).`
        : `updated credential ${name} in place: id ${report.id} (${fields}; the key replaced).`,
    );
  }
  lines.push(`The stack links it with CartesiaApiKey.fromCredentialName(stack, ${name}). After a rotation, run cartesia-genesys verify.`);
  return lines;
}

/** The report for machines: one JSON document. */
export function renderJson(report: PutReport): string {
  return JSON.stringify(report, null, 2);
}
