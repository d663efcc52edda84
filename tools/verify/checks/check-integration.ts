import type { Models } from "../../shared/genesys/sdk";
import { failed, passed, type CheckResult } from "../report";
import type { ExpectedConnector } from "../expected";
import { describeFailure, isNotFound } from "./describe-failure";

/** Check 3: the integration exists, has our type and the intended state we asked for. */
export function checkIntegration(expected: ExpectedConnector, integrationId: string, answer: Models.Integration | Error): CheckResult {
  if (answer instanceof Error) {
    if (isNotFound(answer)) {
      return failed("integration", `no integration ${integrationId} in the organization: deleted since the deploy, or another organization or region?`);
    }
    return failed("integration", `could not read integration ${integrationId}: ${describeFailure(answer)}`);
  }
  const problems: string[] = [];
  const type = answer.integrationType?.id;
  if (type !== expected.integrationType) problems.push(`its type is ${type ?? "(none)"}, not ${expected.integrationType}`);
  if (answer.intendedState !== expected.intendedState) problems.push(`its intended state is ${answer.intendedState}, not ${expected.intendedState}`);
  const name = answer.name === undefined ? "" : `${JSON.stringify(answer.name)}, `;
  if (problems.length > 0) return failed("integration", `integration ${integrationId} (${name}${problems.join("; ")}).`);
  return passed("integration", `${name}type ${type}, intended state ${answer.intendedState}.`);
}
