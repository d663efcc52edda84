import { CartesiaModel, ModelKind } from "../../lib/cartesia-model";
import { modelIsServed } from "../../lib/shared";
import { modelKindOf } from "../../lib/shared";
import { findModel, MODEL_CATALOG, onlyThirdParty, RECOMMENDED_MODEL } from "../../lib/shared";

/** What the review says about a `model_id` found in a synthesized config. */
export interface ModelStatus {
  readonly kind: "snapshot" | "alias" | "sunset" | "unrecognized" | "missing";
  /** For `sunset`: the day Cartesia sunsetted it, or announced it will. */
  readonly sunsetDate?: string;
  /** For `sunset`: whether Cartesia stopped serving it already, or announced it will (the catalog's status). */
  readonly sunset?: "sunsetted" | "announced";
  /** For a snapshot or alias Cartesia sunsetted for some languages: the day, and the languages it still serves. */
  readonly partly?: { readonly since: string; readonly serves: readonly string[] };
  /** For `unrecognized`: why, in the library's words. */
  readonly problem?: string;
}

/**
 * Classifies a model id with the library's catalog. The synthesized JSON does not say whether the code
 * declared a snapshot or an alias, so the id's form decides. The verdict comes from the catalog alone,
 * never from today's date, so a review is reproducible: a model Cartesia sunsetted, or announced it will,
 * is `sunset` with its date; a partly sunsetted one is still served and is classified by its form.
 */
export function classifyModel(id: unknown): ModelStatus {
  if (typeof id !== "string" || id === "") return { kind: "missing" };
  const status = findModel(id)?.status;
  if (status?.kind === "sunsetted") return { kind: "sunset", sunsetDate: status.since, sunset: "sunsetted" };
  if (status?.kind === "announced") return { kind: "sunset", sunsetDate: status.sunsetOn, sunset: "announced" };
  const kind = modelKindOf(id);
  const model = kind === ModelKind.ALIAS ? CartesiaModel.alias(id) : CartesiaModel.snapshot(id);
  const verdict = modelIsServed(model);
  if (verdict.errors.length > 0) return { kind: "unrecognized", problem: verdict.errors.join(" ") };
  const partly = status?.kind === "partly-sunsetted" ? { since: status.since, serves: findModel(id)?.languages ?? [] } : undefined;
  return { kind: kind === ModelKind.ALIAS ? "alias" : "snapshot", ...(partly ? { partly } : {}) };
}

/** What Cartesia did to a `sunset` model, as a clause: "Cartesia sunsetted on …" or "Cartesia stops serving after …". */
export function sunsetClause(status: ModelStatus): string {
  return status.sunset === "sunsetted"
    ? `Cartesia sunsetted on ${status.sunsetDate} (its requests fail with error_code model_sunsetted)`
    : `Cartesia stops serving after ${status.sunsetDate} (announced sunset)`;
}

/** The advice a reviewer needs next to a model that should not ship: Cartesia's current snapshots, the recommended one first. */
export function currentSnapshots(): string {
  const current = MODEL_CATALOG.filter((m) => m.status.kind === "current" && modelKindOf(m.id) === ModelKind.SNAPSHOT && !onlyThirdParty(m));
  return [RECOMMENDED_MODEL, ...current.filter((m) => m !== RECOMMENDED_MODEL)].map((m) => m.id).join(", ");
}
