import type { PlanReview } from "./plan-review";
import { diffFindings, type Finding } from "./review-model";

/**
 * Every finding of a plan review, those that decide `--fail-on risky`: the connectors' (with what only
 * the plan says: a replacement, an import) and one warning per drifted resource.
 */
export function planFindings(review: PlanReview): Finding[] {
  return [
    ...diffFindings(review.diff),
    ...review.drift.map((d): Finding => ({
      severity: "warning",
      code: "drift",
      message: `${d.address} was changed outside terraform since the last apply${d.changes.length > 0 ? ` (${d.changes.map((c) => c.label).join(", ")})` : ""}; ${d.reverted ? "this plan sets it back" : "the configuration already agrees"}.`,
    })),
  ];
}
