import { type CartesiaModel, ModelKind } from "../cartesia-model";
import { describeValue } from "./describe-value";
import { KNOWN_ALIASES, KNOWN_SNAPSHOTS, SUNSET_MODELS } from "./model-catalog";
import { didYouMean as didYouMeanOneOf } from "./suggest";

/** `sonic`, then version or variant segments, then the snapshot's date: `sonic-3.5-2026-05-04`. */
const SNAPSHOT_PATTERN = /^sonic(?:-[a-z0-9]+(?:\.[0-9]+)?)*-\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** What checking a model found: errors stop the synth, warnings become annotations. */
export interface ModelVerdict {
  readonly errors: string[];
  readonly warnings: string[];
}

/**
 * Checks a model against Cartesia's catalogue as of `today` (YYYY-MM-DD): shape, sunset, and whether
 * an alias moves. A malformed id or unknown alias one edit from a known id is an error that names the
 * id that was probably meant; a well-formed snapshot one edit from a known one is accepted (any dated
 * snapshot is) with a warning that names it.
 */
export function checkModel(model: CartesiaModel, today: string, prop = "model"): ModelVerdict {
  const errors: string[] = [];
  const warnings: string[] = [];
  const id: unknown = model.id;
  if (typeof id !== "string" || id.trim() === "") {
    errors.push(`${prop}: got ${describeValue(id)}; expected a model id such as "sonic-3-2026-01-12".`);
    return { errors, warnings };
  }
  const shown = describeValue(id);
  const sunset = SUNSET_MODELS.find((m) => m.id === id);
  if (sunset) {
    const when = sunset.sunsetDate <= today ? `was sunset on ${sunset.sunsetDate}` : `will be sunset on ${sunset.sunsetDate}`;
    const message = `${prop}: got "${id}", which Cartesia ${when}; use a current snapshot: ${KNOWN_SNAPSHOTS.join(", ")}.`;
    (sunset.sunsetDate <= today ? errors : warnings).push(message);
    return { errors, warnings };
  }
  if (model.kind === ModelKind.ALIAS) {
    if (!KNOWN_ALIASES.includes(id)) {
      const snapshotHint = isSnapshotId(id) ? ` (${shown} is a dated snapshot: use CartesiaModel.snapshot)` : didYouMean(id);
      errors.push(`${prop}: got alias ${shown}; known aliases: ${KNOWN_ALIASES.join(", ")}${snapshotHint}.`);
    } else {
      warnings.push(
        `${prop}: "${id}" is an alias that Cartesia moves to newer models without notice; pin a dated snapshot for production, e.g. CartesiaModel.snapshot("${KNOWN_SNAPSHOTS[0]}").`,
      );
    }
    return { errors, warnings };
  }
  if (!SNAPSHOT_PATTERN.test(id)) {
    const aliasHint = KNOWN_ALIASES.includes(id) ? ` ("${id}" is an alias: use CartesiaModel.alias)` : didYouMean(id);
    errors.push(`${prop}: got ${shown}, which is not a dated snapshot (sonic[-version]-YYYY-MM-DD, e.g. "${KNOWN_SNAPSHOTS[0]}")${aliasHint}.`);
  } else if (!isSnapshotId(id)) {
    errors.push(`${prop}: got ${shown}, whose date ${id.slice(-10)} does not exist; a snapshot is named after a real day (YYYY-MM-DD)${didYouMean(id)}.`);
  } else if (!KNOWN_SNAPSHOTS.includes(id)) {
    // Any well-formed snapshot is accepted (Cartesia ships new ones); a near miss is only worth a word.
    const hint = didYouMean(id);
    if (hint) warnings.push(`${prop}: ${shown} is not a snapshot this library knows${hint}`);
  }
  return { errors, warnings };
}

/** Whether an id is a dated snapshot: the pattern, and a day that exists. */
export function isSnapshotId(id: string): boolean {
  if (!SNAPSHOT_PATTERN.test(id)) return false;
  const day = id.slice(-10);
  return new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
}

/** Every model id this library knows, current or sunset. */
const KNOWN_IDS: readonly string[] = [...KNOWN_SNAPSHOTS, ...KNOWN_ALIASES, ...SUNSET_MODELS.map((m) => m.id)];

function didYouMean(id: string): string {
  return didYouMeanOneOf(id, KNOWN_IDS);
}
