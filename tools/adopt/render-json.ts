import { connectorCode } from "./render-code";
import { integrationLabel, type AdoptReport } from "./report";

/** The listing for machines: every integration with its config, and for each adopted one its props, changes and code. */
export function renderJson(report: AdoptReport): string {
  return JSON.stringify(
    {
      command: "adopt",
      api: report.api,
      requests: report.requests,
      integrations: report.integrations.map((listed) => ({
        ...listed,
        adoption:
          listed.adoption.kind === "cartesia"
            ? { ...listed.adoption, code: connectorCode(listed.adoption.adopted, integrationLabel(listed)).join("\n") }
            : listed.adoption,
      })),
      code: report.code,
    },
    null,
    2,
  );
}
