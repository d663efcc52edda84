import { ModelKind } from "../cartesia-model";
import { CATALOG_READ_ON, MODEL_CATALOG } from "./model-catalog";
import { editDistance } from "./suggest";

/** `sonic`, a version, then suffixes (`sonic-4`, `sonic-turbo`, `sonic-3.6-latest`): the form of every alias. */
export const ALIAS_PATTERN = /^sonic(?:-\d+(?:\.\d+)?)?(?:-[a-z][a-z0-9]*)*$/;
/** An alias's form followed by the snapshot's date (`sonic-3.5-2026-05-04`, `sonic-turbo-2025-06-04`). */
const DATED_PATTERN = /^sonic(?:-\d+(?:\.\d+)?)?(?:-[a-z][a-z0-9]*)*-\d{4}-\d{2}-\d{2}$/;
/** How many known models a warning names. */
const NEAREST_SHOWN = 3;

/** What every model message ends with: how old the library's knowledge of Cartesia's models is. */
export const AS_READ = `Cartesia's models as this library read them on ${CATALOG_READ_ON}`;

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

/** Every model id the catalog holds. */
export const KNOWN_IDS: readonly string[] = MODEL_CATALOG.map((m) => m.id);
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
