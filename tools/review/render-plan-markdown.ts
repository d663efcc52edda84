import { mdCode, mdRow, mdText } from "../shared/text-escaping";
import { type PlanReview, countsLine, type ResourceAction } from "./plan-review";
import { changeSection, COMMENT_MARKER, CommentLines, findingList, finish, plural, summaryBody, summaryCounts, unchangedLine } from "./render-markdown";
import { countFindings } from "./review-model";
import { planFindings } from "./plan-findings";

/** What terraform does, in a reviewer's words. */
const ACTION_WORDS: Readonly<Record<string, string>> = {
  create: "create",
  update: "update in place",
  replace: "**replace** (destroy, then create)",
  delete: "**destroy**",
  "no-op": "no change",
  read: "read",
};

/**
 * The pull-request comment for a saved plan: terraform's counts, then per connector what changes
 * (settings old -> new, the review's findings) and what terraform does to each of its resources,
 * the drift refresh found, other resources, and every connector as planned, folded.
 */
export function renderPlanMarkdown(review: PlanReview): string {
  const counts = countFindings(planFindings(review));
  const kinds = (kind: string) => review.diff.changes.filter((c) => c.kind === kind).length;
  const out = new CommentLines();
  out.push(
    COMMENT_MARKER,
    "## Cartesia TTS connectors: terraform plan",
    "",
    `${mdCode(review.label, false)}${review.terraformVersion ? ` (terraform ${mdText(review.terraformVersion, false)})` : ""}. ${countsLine(review)}`,
    "",
    `${kinds("changed")} changed, ${kinds("moved")} moved, ${kinds("replaced")} replaced, ${kinds("added")} added, ` +
      `${kinds("imported") > 0 ? `${kinds("imported")} imported, ` : ""}${kinds("removed")} removed, ${review.diff.unchanged.length} unchanged; ` +
      `${plural(review.drift.length, "resource", "resources")} changed outside terraform: ` +
      `${counts.risky > 0 ? `**${plural(counts.risky, "risky change", "risky changes")}**` : "nothing risky"}, ${plural(counts.warning, "warning", "warnings")}.`,
    "",
  );
  if (review.errored) out.push("**Terraform stopped with errors: this plan is incomplete, and applying it is refused.**", "");
  for (const { stack, findings } of review.diff.stackFindings) {
    out.push(`### Stack ${mdCode(stack, false)}`, "");
    out.append(findingList(findings));
  }
  if (review.diff.changes.length === 0) out.push("No connector changes.", "");
  for (const change of review.diff.changes) {
    if (out.full) break;
    const section = changeSection(change, undefined);
    // Terraform's actions go after the settings, before the findings.
    const findingsAt = section.findIndex((line) => line.startsWith("- **"));
    const at = findingsAt < 0 ? section.length : findingsAt;
    section.splice(at, 0, ...actionList(review.actions[change.address] ?? []));
    out.append(section);
  }
  if (review.drift.length > 0) {
    out.push("### Changed outside terraform (drift)", "");
    for (const d of review.drift) {
      if (out.full) break;
      const what = d.reverted ? "this plan sets it back" : "the configuration agrees, nothing to do";
      out.push(`${mdCode(d.address, false)}: ${what}.`, "");
      if (d.changes.length > 0) {
        out.push(mdRow(["Setting", "In state", "In Genesys Cloud now"]), mdRow(["---", "---", "---"]));
        out.append(d.changes.map((c) => mdRow([mdText(c.label), cell(c.before, c.style), cell(c.after, c.style)])));
        out.push("");
      }
    }
  }
  if (review.other.length > 0) {
    out.push("### Other resources", "");
    out.append(review.other.map((a) => `- ${actionLine(a)}`));
    out.push("");
  }
  if (review.diff.unchanged.length > 0)
    out.push(
      unchangedLine(review.diff.unchanged, (u) => mdText(u.integrationName ?? u.address, false)),
      "",
    );
  out.push("<details><summary>Every connector as planned</summary>", "", summaryCounts(review.head), "");
  summaryBody(out, review.head, "###");
  out.push("</details>");
  return finish(out);
}

function actionList(actions: readonly ResourceAction[]): string[] {
  if (actions.length === 0) return [];
  return ["What terraform does:", "", ...actions.map((a) => `- ${actionLine(a)}`), ""];
}

function actionLine(a: ResourceAction): string {
  const parts = [ACTION_WORDS[a.action] ?? mdText(a.action, false)];
  if (a.importingId !== undefined) parts.unshift(`import ${mdCode(a.importingId, false)}, then`);
  if (a.previousAddress !== undefined) parts.push(`(moved from ${mdCode(a.previousAddress, false)})`);
  if (a.reason !== undefined) parts.push(`(${mdText(a.reason, false)})`);
  return `${mdCode(a.address, false)}: ${parts.join(" ")}`;
}

function cell(display: string | undefined, style: "code" | "text"): string {
  if (display === undefined) return "(absent)";
  return style === "code" ? mdCode(display) : mdText(display);
}
