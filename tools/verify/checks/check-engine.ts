import { PROPERTY_LABELS } from "../../../lib/connector-config";
import { closestName } from "../../../lib/shared";
import type { Models } from "../../shared/genesys/sdk";
import { failed, passed, type CheckResult } from "../report";
import { describeFailure, isNotFound } from "./describe-failure";

/** The TTS engine Architect flows select for an integration. */
export function engineIdOf(integrationId: string): string {
  return `connector-${integrationId}`;
}

/**
 * Check 6: the TTS engine `connector-<integration id>` exists and lists voices (Genesys fetched them from
 * Cartesia through the voice attributes); with `voice`, that one is among them, by name, since Genesys
 * rewrites voice ids to its own.
 */
export function checkEngine(engineId: string, answer: Models.TtsEngineEntity | Error, voice?: string): CheckResult {
  if (answer instanceof Error) {
    if (isNotFound(answer)) return failed("engine", `no TTS engine ${engineId}: Genesys makes it once the integration is active.`);
    return failed("engine", `could not read TTS engine ${engineId}: ${describeFailure(answer)}`);
  }
  const voices = answer.voices ?? [];
  if (voices.length === 0) {
    return failed("engine", `${engineId} lists no voices: Genesys got none from the ${PROPERTY_LABELS.voicesUri}.`, [
      `The voice list is read through the properties "${PROPERTY_LABELS.voicesAttribute}" (data), "${PROPERTY_LABELS.voiceNameAttribute}" (name) and "${PROPERTY_LABELS.voiceIdAttribute}" (id): run smoke to see what Cartesia answers.`,
    ]);
  }
  const languages = [...new Set(voices.map((v) => v.language).filter(Boolean))].sort();
  const listing = `${engineId} lists ${voices.length} voice${voices.length === 1 ? "" : "s"} (${languages.length > 0 ? languages.join(", ") : "no languages"})`;
  if (voice === undefined) return passed("engine", `${listing}.`);
  const names = voices.map((v) => v.name ?? "");
  if (names.includes(voice)) return passed("engine", `${listing}, among them ${JSON.stringify(voice)}.`);
  const near = closestName(voice, names);
  return failed("engine", `${listing}, but none named ${JSON.stringify(voice)}${near ? ` (did you mean ${JSON.stringify(near)}?)` : ""}.`);
}
