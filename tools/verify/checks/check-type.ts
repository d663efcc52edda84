import type { Models } from "../../shared/genesys/sdk";
import { GenesysApiError } from "../../shared/genesys/api-error";
import { failed, passed, type CheckResult } from "../report";
import type { ExpectedConnector } from "../expected";
import { describeFailure, VIEW_PERMISSION } from "./describe-failure";

/**
 * Check 1: the organization has the integration type, and its credential slot takes the credential
 * type we create. The slot and type come from one third-party source (Telnyx's TTS Connector installer,
 * team-telnyx/telnyx-genesys-integrations-shared): this is the organization's
 * own word on them. A 404 is a type the organization does not have; a 403 is a permission the OAuth
 * client lacks, whatever the type.
 */
export function checkType(expected: ExpectedConnector, answer: Models.IntegrationType | Error): CheckResult {
  const typeId = expected.integrationType;
  if (answer instanceof Error) {
    if (answer instanceof GenesysApiError && answer.status === 403) {
      return failed("type", `Genesys refused to show integration type ${typeId} (403): a missing permission, not a missing type.`, [
        `Give the OAuth client (or the token's user) a role with ${VIEW_PERMISSION}; then run verify again.`,
        `Genesys said: ${answer.message}`,
      ]);
    }
    if (answer instanceof GenesysApiError && answer.status === 404) {
      return failed("type", `the organization has no integration type ${typeId} (${answer.status}): the Genesys TTS Connector is not enabled for it.`, [
        "Install the Genesys TTS Connector integration (Menu > IT and Integrations > Integrations), or ask Genesys to enable it for the organization.",
        `If Genesys names the type otherwise, set the construct's connectorType.integrationType. Genesys said: ${answer.message}`,
      ]);
    }
    return failed("type", `could not read integration type ${typeId}: ${describeFailure(answer)}`);
  }
  const slot = expected.credentialSlot;
  if (slot === undefined) return failed("type", `${typeId} is available, but the synthesized config links no credential.`);
  const slots = answer.credentials ?? {};
  const spec = slots[slot];
  if (spec === undefined) {
    const known = Object.keys(slots);
    return failed("type", `${typeId} has no credential slot ${slot}; its slots: ${known.length > 0 ? known.join(", ") : "none"}.`, [
      "Set the construct's connectorType.credentialSlot to the slot Genesys names, and tell us: our fact comes from one third-party source.",
    ]);
  }
  const accepted = spec.credentialTypes ?? [];
  if (!accepted.includes(expected.credentialType)) {
    return failed(
      "type",
      `${typeId}'s credential slot ${slot} does not take ${expected.credentialType}; it takes ${accepted.join(", ") || "nothing listed"}.`,
      ["Set the construct's connectorType.credentialType to the type Genesys names, and tell us: our fact comes from one third-party source."],
    );
  }
  return passed("type", `${typeId} is available in the organization; its credential slot ${slot} takes ${expected.credentialType}.`);
}
