/**
 * Cartesia's text-to-speech models, as data: every model id the library knows is written here and
 * nowhere else. What a model's status is comes from this table alone, never from today's date: the
 * same app gives the same verdicts on any day, and the table changes only with a release of the
 * library. docs/cartesia-models.md says where each row comes from, in prose.
 */

/** The day Cartesia's pages below were read: the age of everything this table says about them. */
export const CATALOG_READ_ON = "2026-12-05";

/** Where a row comes from. */
export type ModelSource =
  /** A string-literal member of `TTSModel` in Cartesia's SDK (`@cartesia/cartesia-js`, resources/tts.d.ts). */
  | { readonly kind: "sdk"; readonly package: "@cartesia/cartesia-js"; readonly version: string }
  /** A page of Cartesia's documentation, read on `read`. */
  | { readonly kind: "docs"; readonly url: string; readonly read: string }
  /** Third-party code only: no Cartesia SDK or page names the model. */
  | { readonly kind: "third-party"; readonly note: string };

/** What Cartesia says about a model. */
export type ModelStatus =
  /** Served. */
  | { readonly kind: "current" }
  /** Served until `sunsetOn`, as Cartesia announced. */
  | { readonly kind: "announced"; readonly sunsetOn: string }
  /** No longer served since `since`: requests fail with `error_code` `model_sunsetted`. */
  | { readonly kind: "sunsetted"; readonly since: string }
  /** Since `since`, served only for the entry's `languages`; `dropped` were sunsetted. */
  | { readonly kind: "partly-sunsetted"; readonly since: string; readonly dropped: readonly string[] };

/** One model id. */
export interface ModelEntry {
  /** As sent in `model_id`. */
  readonly id: string;
  readonly status: ModelStatus;
  /** The ISO 639-1 languages Cartesia lists for it today; undefined when no Cartesia source lists them. */
  readonly languages?: readonly string[];
  readonly sources: readonly ModelSource[];
}

const SDK: ModelSource = { kind: "sdk", package: "@cartesia/cartesia-js", version: "4.2.0" };
const API_CHANGES: ModelSource = { kind: "docs", url: "https://docs.cartesia.ai/build-with-cartesia/tts-models/api-changes", read: CATALOG_READ_ON };
const OLDER_MODELS: ModelSource = { kind: "docs", url: "https://docs.cartesia.ai/build-with-cartesia/tts-models/older-models", read: CATALOG_READ_ON };
const CHANGELOG_2025: ModelSource = { kind: "docs", url: "https://docs.cartesia.ai/changelog/2025", read: CATALOG_READ_ON };
const THIRD_PARTY: ModelSource = {
  kind: "third-party",
  note: "named by about ten independent third-party codebases and a generated C# SDK; not in Cartesia's SDKs or pages",
};

/**
 * The 42 languages of the sonic-3 family: the older-models page's sonic-3 snapshot table, the same list
 * as the `language` enum of the API reference for Cartesia-Version 2026-03-01; the API Changes page
 * gives sonic-3.5 and sonic-3 "42 languages".
 */
const SONIC_3_LANGUAGES: readonly string[] = [
  ..."en de es fr ja pt zh hi ko it nl pl ru sv tr tl bg ro ar cs el fi hr ms sk da ta uk hu no vi bn th he ka id te gu kn ml mr pa".split(" "),
];
/** The day the API Changes page gives for every sunset it lists. */
const JUNE_2026 = "2026-06-01";
/** sonic-2 snapshots after 2025-03-07: what they still serve, and what they dropped (API Changes page). */
const SONIC_2_SERVES: readonly string[] = ["en", "de", "es", "fr", "ja", "ko", "pt", "zh"];
const SONIC_2_PARTLY: ModelStatus = { kind: "partly-sunsetted", since: JUNE_2026, dropped: ["it", "nl", "pl", "ru", "sv", "tr", "hi"] };
/** sonic-turbo-2025-06-04: the same, and Hindi (API Changes page). */
const SONIC_TURBO_SERVES: readonly string[] = [...SONIC_2_SERVES, "hi"];
const SONIC_TURBO_PARTLY: ModelStatus = { kind: "partly-sunsetted", since: JUNE_2026, dropped: ["it", "nl", "pl", "ru", "sv", "tr"] };
const CURRENT: ModelStatus = { kind: "current" };
const SUNSETTED: ModelStatus = { kind: "sunsetted", since: JUNE_2026 };

function entry(id: string, status: ModelStatus, languages: readonly string[] | undefined, ...sources: ModelSource[]): ModelEntry {
  return Object.freeze({ id, status, ...(languages ? { languages: Object.freeze([...languages]) } : {}), sources: Object.freeze(sources) });
}

/** The newest snapshot in Cartesia's SDK: what the library recommends (README, default app, every warning). */
const SONIC_3_5_2026_05_04 = entry("sonic-3.5-2026-05-04", CURRENT, SONIC_3_LANGUAGES, SDK, API_CHANGES);
const SONIC_3_2026_01_12 = entry("sonic-3-2026-01-12", CURRENT, SONIC_3_LANGUAGES, SDK, OLDER_MODELS, API_CHANGES);
const SONIC_3_2025_10_27 = entry("sonic-3-2025-10-27", CURRENT, SONIC_3_LANGUAGES, SDK, OLDER_MODELS, API_CHANGES);
const SONIC_LATEST = entry("sonic-latest", CURRENT, SONIC_3_LANGUAGES, SDK);
/** Rests on third-party code only (see `THIRD_PARTY`): accepted, with a warning that says so. */
const SONIC_3_6_2026_08_27 = entry("sonic-3.6-2026-08-27", CURRENT, undefined, THIRD_PARTY);

/**
 * Every model id the library knows. Order: Cartesia's current models newest first, then the partly and
 * fully sunsetted ones, then what only third parties name. Nothing here is a default: the recommended
 * model has a name of its own (`RECOMMENDED_MODEL`).
 */
export const MODEL_CATALOG: readonly ModelEntry[] = Object.freeze([
  SONIC_3_5_2026_05_04,
  SONIC_3_2026_01_12,
  SONIC_3_2025_10_27,
  SONIC_LATEST,
  entry("sonic-3.5", CURRENT, SONIC_3_LANGUAGES, SDK, API_CHANGES),
  entry("sonic-3", CURRENT, SONIC_3_LANGUAGES, SDK, OLDER_MODELS, API_CHANGES),
  entry("sonic-3-latest", CURRENT, SONIC_3_LANGUAGES, CHANGELOG_2025),
  entry("sonic-2", SONIC_2_PARTLY, SONIC_2_SERVES, API_CHANGES),
  entry("sonic-2-2025-06-11", SONIC_2_PARTLY, SONIC_2_SERVES, API_CHANGES, OLDER_MODELS),
  entry("sonic-2-2025-05-08", SONIC_2_PARTLY, SONIC_2_SERVES, API_CHANGES, OLDER_MODELS),
  entry("sonic-2-2025-04-16", SONIC_2_PARTLY, SONIC_2_SERVES, API_CHANGES, OLDER_MODELS),
  entry("sonic-turbo", SONIC_TURBO_PARTLY, SONIC_TURBO_SERVES, API_CHANGES),
  entry("sonic-turbo-2025-06-04", SONIC_TURBO_PARTLY, SONIC_TURBO_SERVES, API_CHANGES),
  entry("sonic-2-2025-03-07", SUNSETTED, undefined, API_CHANGES),
  entry("sonic-turbo-2025-03-07", SUNSETTED, undefined, API_CHANGES),
  entry("sonic", SUNSETTED, undefined, API_CHANGES),
  entry("sonic-2024-12-12", SUNSETTED, undefined, API_CHANGES),
  entry("sonic-2024-10-19", SUNSETTED, undefined, API_CHANGES),
  entry("sonic-english", SUNSETTED, undefined, API_CHANGES),
  entry("sonic-multilingual", SUNSETTED, undefined, API_CHANGES),
  SONIC_3_6_2026_08_27,
  entry("sonic-3.6", CURRENT, undefined, THIRD_PARTY),
]);

/** The snapshot the library recommends wherever it names one: the README, the default app, warnings, `adopt`. */
export const RECOMMENDED_MODEL: ModelEntry = SONIC_3_5_2026_05_04;

/** The rows behind `CartesiaModel`'s constants, by constant name. */
export const MODEL_CONSTANTS = Object.freeze({ SONIC_3_6_2026_08_27, SONIC_3_5_2026_05_04, SONIC_3_2026_01_12, SONIC_3_2025_10_27, SONIC_LATEST });

const BY_ID: ReadonlyMap<string, ModelEntry> = new Map(MODEL_CATALOG.map((m) => [m.id, m]));

/** The row of a model id, if the library knows it. */
export function findModel(id: string): ModelEntry | undefined {
  return BY_ID.get(id);
}

/** Whether only third-party code names the model. */
export function onlyThirdParty(model: ModelEntry): boolean {
  return model.sources.every((s) => s.kind === "third-party");
}

/**
 * Whether the model is one the library knows to come before the sonic-3 family, for which Cartesia's
 * SDK says `generation_config` has "no effect" (`GenerationConfig` in resources/tts.d.ts). A model the
 * library does not know gets the benefit of the doubt.
 */
export function predatesSonic3(id: string): boolean {
  const model = findModel(id);
  return model !== undefined && !/^sonic-3(?:[.-]|$)/.test(model.id) && model !== SONIC_LATEST;
}
