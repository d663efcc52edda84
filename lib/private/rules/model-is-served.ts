import { type CartesiaModel, ModelKind } from "../../cartesia-model";
import { describeValue } from "../describe-value";
import { findModel, MODEL_CONSTANTS, onlyThirdParty, RECOMMENDED_MODEL } from "../model-catalog";
import { ALIAS_PATTERN, AS_READ, isDatedId, isSnapshotId, KNOWN_IDS, nearestModels } from "../model-id";
import { didYouMean } from "../suggest";
import { NO_PROBLEMS, type Verdict } from "../verdict";

/**
 * A model against the catalog (pure: the verdict never depends on the day it runs). Errors only
 * for what Cartesia says no longer works (a sunsetted model) or what is no model id at all; whatever
 * the library is unsure of (an unknown alias or snapshot, an announced sunset, a model only third
 * parties name) is a warning naming the nearest known models. `languageSet` says whether the connector
 * sends a `language`: a partly sunsetted model without one gets a warning naming what it still serves.
 */
export function modelIsServed(model: CartesiaModel, prop = "model", languageSet = false): Verdict {
  const id: unknown = model.id;
  if (typeof id !== "string" || id.trim() === "") {
    return { errors: [`${prop}: got ${describeValue(id)}; expected a model id such as "${RECOMMENDED_MODEL.id}".`], warnings: [] };
  }
  const dated = isDatedId(id);
  if (!dated && !ALIAS_PATTERN.test(id)) {
    return {
      errors: [
        `${prop}: got ${describeValue(id)}, which is not a Cartesia model id (an alias such as "${MODEL_CONSTANTS.SONIC_LATEST.id}", or a dated snapshot sonic[-version]-YYYY-MM-DD such as "${RECOMMENDED_MODEL.id}")${didYouMean(id, KNOWN_IDS)}.`,
      ],
      warnings: [],
    };
  }
  if (dated && !isSnapshotId(id)) {
    return {
      errors: [
        `${prop}: got "${id}", whose date ${id.slice(-10)} does not exist; a snapshot is named after a real day (YYYY-MM-DD)${didYouMean(id, KNOWN_IDS)}.`,
      ],
      warnings: [],
    };
  }
  const known = findModel(id);
  if (known?.status.kind === "sunsetted") {
    return {
      errors: [
        `${prop}: got "${id}", which Cartesia sunsetted on ${known.status.since} (its requests fail with error_code model_sunsetted); use a current model such as "${RECOMMENDED_MODEL.id}" (${AS_READ}).`,
      ],
      warnings: [],
    };
  }
  const warnings: string[] = [];
  const declaredAs = model.kind === ModelKind.ALIAS ? "alias" : "snapshot";
  if (dated && declaredAs === "alias") warnings.push(`${prop}: "${id}" is a dated snapshot, not an alias: declare it with CartesiaModel.snapshot("${id}").`);
  if (!dated) {
    const declare = declaredAs === "snapshot" ? ` (declare it with CartesiaModel.alias("${id}"), not CartesiaModel.snapshot)` : "";
    warnings.push(
      `${prop}: "${id}" is an alias that Cartesia moves to newer models without notice${declare}; pin a dated snapshot for production, e.g. CartesiaModel.snapshot("${RECOMMENDED_MODEL.id}").`,
    );
  }
  if (known === undefined) {
    warnings.push(
      `${prop}: "${id}" is ${dated ? "a dated snapshot" : "an alias"} this library does not know; nearest known: ${nearestModels(id)
        .map((m) => `"${m}"`)
        .join(", ")}; recommended: "${RECOMMENDED_MODEL.id}" (${AS_READ}). Cartesia decides: if it serves "${id}", it works.`,
    );
    return { errors: [], warnings };
  }
  if (onlyThirdParty(known)) {
    warnings.push(
      `${prop}: "${id}" is named only by third-party code, not by Cartesia's SDK or pages; if Cartesia refuses it, use "${RECOMMENDED_MODEL.id}" (${AS_READ}).`,
    );
  }
  if (known.status.kind === "announced") {
    warnings.push(`${prop}: "${id}" is one Cartesia announced it will sunset on ${known.status.sunsetOn}; move to "${RECOMMENDED_MODEL.id}" (${AS_READ}).`);
  }
  if (known.status.kind === "partly-sunsetted" && !languageSet) {
    warnings.push(
      `${prop}: "${id}" serves only ${known.languages!.join(", ")} since ${known.status.since} (Cartesia sunsetted its other languages: ${known.status.dropped.join(", ")}); set language to one of them, or use "${RECOMMENDED_MODEL.id}" (${AS_READ}).`,
    );
  }
  return warnings.length === 0 ? NO_PROBLEMS : { errors: [], warnings };
}
