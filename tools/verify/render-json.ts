import { connectorPassed, type VerifyReport } from "./report";

/**
 * The report for machines. `schemas` holds the keys of the type's config schemas as the organization
 * answered them: what confirms or refutes the property keys we write (send them to us).
 */
export function renderJson(report: VerifyReport): string {
  return JSON.stringify(
    {
      command: "verify",
      ok: report.connectors.every(connectorPassed),
      api: report.api,
      requests: report.requests,
      connectors: report.connectors.map((connector) => ({ ...connector, ok: connectorPassed(connector) })),
    },
    null,
    2,
  );
}
