import { type CartesiaModel, ModelKind } from "../cartesia-model";
import { describeValue } from "./describe-value";
import { CATALOG_READ_ON, findModel, MODEL_CATALOG, MODEL_CONSTANTS, onlyThirdParty, RECOMMENDED_MODEL } from "./model-catalog";
import { didYouMean, editDistance } from "./suggest";
import { NO_PROBLEMS, type Verdict } from "./verdict";

/** `sonic`, a version, then suffixes (`sonic-4`, `sonic-turbo`, `sonic-3.6-latest`): the form of every alias. */
const ALIAS_PATTERN = /^sonic(?:-\d+(?:\.\d+)?)?(?:-[a-z][a-z0-9]*)*$/;
/** An alias's form followed by the snapshot's date (`sonic-3.5-2026-05-04`, `sonic-turbo-2025-06-04`). */
const DATED_PATTERN = /^sonic(?:-\d+(?:\.\d+)?)?(?:-[a-z][a-z0-9]*)*-\d{4}-\d{2}-\d{2}$/;
/** How many known models a warning names. */
const NEAREST_SHOWN = 3;

/** What every model message ends with: how old the library's knowledge of Cartesia's models is. */
const AS_READ = `Cartesia's models as this library read them on ${CATALOG_READ_ON}`;

/** Whether an id has a snapshot's form: the alias form, then a date (which may not exist). */
export function isDatedId(id: string): boolean {
  return DATED_PATTERN.test(id);
}

/** Whether an id is a dated snapshot: the form, and a day that exists. */
export function isSnapshotId(id: string): boolean {
  if (!DATED_PATTERN.test(id)) return false;
  const day = id.slice(-10);
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

/**
 * Checks a model against the catalog (pure: the verdict never depends on the day it runs). Errors only
 * for what Cartesia says no longer works (a sunsetted model) or what is no model id at all; whatever
 * the library is unsure of (an unknown alias or snapshot, an announced sunset, a model only third
 * parties name) is a warning naming the nearest known models. `languageSet` says whether the connector
 * sends a `language`: a partly sunsetted model without one gets a warning naming what it still serves.
 */
export function checkModel(model: CartesiaModel, prop = "model", languageSet = false): Verdict {
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

/**
 * Checks a `language` against the model's languages: an error only when Cartesia sunsetted that
 * language for the model (the message names the languages it still serves), a warning when the
 * language is not among those Cartesia lists for it. A model without a known list is not checked.
 */
export function checkModelLanguage(modelId: string, language: string, prop = "language"): Verdict {
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

/** Every model id the catalog holds. */
const KNOWN_IDS: readonly string[] = MODEL_CATALOG.map((m) => m.id);
/** The ids worth suggesting: not sunsetted. */
const SERVED_IDS: readonly string[] = MODEL_CATALOG.filter((m) => m.status.kind !== "sunsetted").map((m) => m.id);

/** The known models nearest to an id (fewest edits; the catalog's order breaks ties), at most three. */
export function nearestModels(id: string): string[] {
  return SERVED_IDS.map((known, order) => ({ known, order, distance: editDistance(id, known) }))
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, NEAREST_SHOWN)
    .map((m) => m.known);
}

/** What an id is by its form: a dated snapshot, or an alias. */
export function modelKindOf(id: string): ModelKind {
  return isDatedId(id) ? ModelKind.SNAPSHOT : ModelKind.ALIAS;
}
