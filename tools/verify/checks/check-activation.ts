import type { Models } from "../../shared/genesys/sdk";
import { troubleshootingRowFor } from "../../shared/troubleshooting";
import { failed, passed, type CheckResult } from "../report";

/** What one look at the integration's reported state says: done (with the verdict), or keep waiting. */
export type ActivationStep = { readonly done: true; readonly result: CheckResult } | { readonly done: false; readonly code: string };

/**
 * Whether a reported state is a failure: the code `ERROR` (the one failure of Genesys's own code enum,
 * `IntegrationStatusInfo.CodeEnum` in its .NET SDK; the JS SDK types it as a free string), or, as Telnyx's
 * TTS Connector installer also reads it (team-telnyx/telnyx-genesys-integrations-shared), any code ending
 * in `_ERROR` or `effective` ERROR. See docs/provider-rules.md.
 */
export function isErrorState(state: Models.IntegrationStatusInfo): boolean {
  const code = typeof state.code === "string" ? state.code.toUpperCase() : "";
  const effective = typeof state.effective === "string" ? state.effective.toUpperCase() : "";
  return code === "ERROR" || code.endsWith("_ERROR") || effective === "ERROR";
}

/**
 * Check 4, one step: ACTIVE (INACTIVE for a disabled integration) passes; an error state (`isErrorState`)
 * fails at once with Genesys's message and the row of the guide's troubleshooting table it matches;
 * anything else is still on its way (ACTIVATING, DEACTIVATING, or the other state right after a change).
 */
export function activationStep(intendedState: string, integration: Models.Integration, waitedSeconds: number): ActivationStep {
  const state = integration.reportedState ?? {};
  const code = state.code ?? "(no reported state)";
  const target = intendedState === "DISABLED" ? "INACTIVE" : "ACTIVE";
  const after = waitedSeconds > 0 ? ` after ${waitedSeconds} s` : "";
  if (code === target) return { done: true, result: passed("activation", `reported state ${code}${after}.`) };
  if (isErrorState(state)) {
    const message = state.detail?.message ?? state.detail?.messageWithParams ?? state.effective ?? "(Genesys gave no message)";
    const row = troubleshootingRowFor(message);
    const guide = row
      ? [`The guide's troubleshooting table, row "${row.genesysShows}": ${row.meaning}.`, fixFor(row.id)]
      : ["No row of the guide's troubleshooting table matches this message; smoke sends the same requests to Cartesia and names what it refuses."];
    const shown = code.toUpperCase().endsWith("ERROR") ? code : `${code}, effective ${state.effective}`;
    return { done: true, result: failed("activation", `reported state ${shown}${after}: ${JSON.stringify(message)}`, guide) };
  }
  return { done: false, code };
}

/** Check 4 when the wait ran out. */
export function activationTimedOut(intendedState: string, lastCode: string, timeoutSeconds: number): CheckResult {
  const target = intendedState === "DISABLED" ? "INACTIVE" : "ACTIVE";
  return failed("activation", `still ${lastCode} after ${timeoutSeconds} s; expected ${target}.`, [
    "Genesys activates a connector by calling Cartesia: run verify again with a longer --timeout, or smoke to send those requests yourself.",
  ]);
}

function fixFor(row: string): string {
  switch (row) {
    case "api-key":
      return "Deploy a standard key (sk_car_..., not an admin key) from play.cartesia.ai/keys: TF_VAR_cartesia_api_key=... cdktf deploy.";
    case "cartesia-version":
      return 'Set the construct\'s cartesiaVersion to a version Cartesia documents, such as "2026-03-01", and deploy.';
    case "plan":
      return "Upgrade the Cartesia subscription at play.cartesia.ai/subscription.";
    default:
      return "Run smoke on the same cdktf.out: it sends the requests Genesys sends and names the field Cartesia refuses.";
  }
}
