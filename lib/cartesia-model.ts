import { describeValue } from "./errors";

/** A Cartesia model whose retirement Cartesia has announced. */
export interface SunsetModel {
  /** The model id as sent in `model_id`. */
  readonly id: string;
  /** The day (YYYY-MM-DD) after which Cartesia stops serving it. */
  readonly sunsetDate: string;
}

/** Dated snapshots Cartesia documents. A snapshot never changes, which is why production should pin one. */
export const KNOWN_SNAPSHOTS: readonly string[] = ["sonic-3.5-2026-05-04", "sonic-3-2026-01-12", "sonic-3.6-2026-08-27"];

/** Aliases that move to newer snapshots without notice. */
export const KNOWN_ALIASES: readonly string[] = ["sonic-latest", "sonic-3.5", "sonic-3"];

/** Retired or retiring models with the date Cartesia announced. */
export const SUNSET_MODELS: readonly SunsetModel[] = [
  ...["sonic-3-2025-10-27", "sonic-2", "sonic-2-2025-06-11", "sonic-2-2025-05-08", "sonic-2-2025-04-16", "sonic-turbo", "sonic-turbo-2025-06-04"].map((id) => ({
    id,
    sunsetDate: "2026-10-20",
  })),
  ...["sonic", "sonic-2024-12-12", "sonic-2024-10-19", "sonic-english", "sonic-multilingual", "sonic-2-2025-03-07", "sonic-turbo-2025-03-07"].map((id) => ({
    id,
    sunsetDate: "2026-06-01",
  })),
];

/** `sonic`, then version or variant segments, then the snapshot's date: `sonic-3.5-2026-05-04`. */
const SNAPSHOT_PATTERN = /^sonic(?:-[a-z0-9]+(?:\.[0-9]+)?)*-\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** Whether the model is pinned to a dated snapshot or follows an alias. */
export enum ModelKind {
  SNAPSHOT = "snapshot",
  ALIAS = "alias",
}

/**
 * The Cartesia model the connector asks for (`model_id`).
 *
 * Pin a dated snapshot in production (`CartesiaModel.snapshot(...)` or a constant); an alias such as
 * `sonic-latest` changes under you, so using one is a synth-time warning.
 */
export class CartesiaModel {
  /** Sonic 3.6, snapshot of 2026-08-27 (reported by one third-party source only). */
  public static readonly SONIC_3_6_2026_08_27 = CartesiaModel.snapshot("sonic-3.6-2026-08-27");
  /** Sonic 3.5, snapshot of 2026-05-04. */
  public static readonly SONIC_3_5_2026_05_04 = CartesiaModel.snapshot("sonic-3.5-2026-05-04");
  /** Sonic 3, snapshot of 2026-01-12. */
  public static readonly SONIC_3_2026_01_12 = CartesiaModel.snapshot("sonic-3-2026-01-12");
  /** The newest Sonic model, whatever it is on the day of the call: what the guide starts with. */
  public static readonly SONIC_LATEST = CartesiaModel.alias("sonic-latest");

  /** A dated snapshot such as `sonic-3-2026-01-12`. Any id of that shape is accepted, known or not. */
  public static snapshot(id: string): CartesiaModel {
    return new CartesiaModel(id, ModelKind.SNAPSHOT);
  }

  /** A moving alias: one of `sonic-latest`, `sonic-3.5`, `sonic-3`. Allowed, with a warning. */
  public static alias(id: string): CartesiaModel {
    return new CartesiaModel(id, ModelKind.ALIAS);
  }

  private constructor(
    /** The id sent as `model_id`. */
    public readonly id: string,
    /** How the id was declared. */
    public readonly kind: ModelKind,
  ) {}
}

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

/**
 * `; did you mean "x"?` when exactly one known id is one edit away (an insertion, deletion,
 * substitution or swap of neighbours) or differs only in case and surrounding spaces, else nothing.
 */
function didYouMean(id: string): string {
  const loose = id.trim().toLowerCase();
  const near = KNOWN_IDS.filter((k) => k !== id && (k === loose || isOneEditApart(k, id)));
  return near.length === 1 ? `; did you mean "${near[0]}"?` : "";
}

/**
 * Whether two different strings are exactly one edit apart (`editDistance(a, b) === 1`), in one pass:
 * it runs against every known id for each unknown one.
 */
export function isOneEditApart(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length - b.length > 1 || a === b) return false;
  let i = 0;
  while (i < b.length && a[i] === b[i]) i++;
  if (a.length > b.length) return a.slice(i + 1) === b.slice(i);
  // Same length: one substitution, or a swap of neighbours.
  return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
}

/**
 * Edit distance counting a swap of two neighbouring characters as one edit (optimal string
 * alignment). Three rolling rows: it runs for every unknown id, so it should not allocate a table.
 */
export function editDistance(a: string, b: string): number {
  let before = new Int32Array(b.length + 1);
  let previous = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length];
}
