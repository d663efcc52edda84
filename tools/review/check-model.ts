import { CartesiaModel } from "../../lib/cartesia-model";
import { checkModel } from "../../lib/private/check-model";
import { KNOWN_ALIASES, KNOWN_SNAPSHOTS, SUNSET_MODELS } from "../../lib/private/model-catalog";

/** What the review says about a `model_id` found in a synthesized config. */
export interface ModelStatus {
  readonly kind: "snapshot" | "alias" | "sunset" | "unrecognized" | "missing";
  /** For `sunset`: the day Cartesia announced. */
  readonly sunsetDate?: string;
  /** For `unrecognized`: why, in the library's words. */
  readonly problem?: string;
}

/**
 * Classifies a model id with the library's catalogue. The synthesized JSON does not say whether the
 * code declared a snapshot or an alias, so a known alias id counts as an alias and anything else is
 * checked as a snapshot. The verdict does not depend on today's date, so a review is reproducible:
 * a sunset model is reported with its announced date whether that day has passed or not.
 */
export function classifyModel(id: unknown): ModelStatus {
  if (typeof id !== "string" || id === "") return { kind: "missing" };
  const sunset = SUNSET_MODELS.find((m) => m.id === id);
  if (sunset) return { kind: "sunset", sunsetDate: sunset.sunsetDate };
  if (KNOWN_ALIASES.includes(id)) return { kind: "alias" };
  // Sunsets are handled above, so the date passed to checkModel changes nothing here.
  const verdict = checkModel(CartesiaModel.snapshot(id), "1970-01-01");
  if (verdict.errors.length > 0) return { kind: "unrecognized", problem: verdict.errors.join(" ") };
  return { kind: "snapshot" };
}

/** The advice a reviewer needs next to a model that should not ship. */
export function currentSnapshots(): string {
  return KNOWN_SNAPSHOTS.join(", ");
}
