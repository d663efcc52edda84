import { findModel, RECOMMENDED_MODEL } from "../model-catalog";
import { AS_READ } from "../model-id";
import { NO_PROBLEMS, type Verdict } from "../verdict";

/**
 * A `language` against the model's languages: an error only when Cartesia sunsetted that
 * language for the model (the message names the languages it still serves), a warning when the
 * language is not among those Cartesia lists for it. A model without a known list is not checked.
 */
export function modelServesLanguage(modelId: string, language: string, prop = "language"): Verdict {
  const known = findModel(modelId);
  if (known?.languages === undefined || known.languages.includes(language)) return NO_PROBLEMS;
  if (known.status.kind === "partly-sunsetted" && known.status.dropped.includes(language)) {
    return {
      errors: [
        `${prop}: got "${language}", which Cartesia stopped serving with "${modelId}" on ${known.status.since}; it still serves ${known.languages.join(", ")}. For "${language}", use "${RECOMMENDED_MODEL.id}" (${AS_READ}).`,
      ],
      warnings: [],
    };
  }
  return {
    errors: [],
    warnings: [`${prop}: "${language}" is not among the languages Cartesia lists for "${modelId}": ${known.languages.join(", ")} (${AS_READ}).`],
  };
}
