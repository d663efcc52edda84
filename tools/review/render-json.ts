import { redactKeys } from "../../lib/shared";
import { JsonList, jsonPieces } from "./json-pieces";
import { planFindings } from "./plan-findings";
import type { PlanReview } from "./plan-review";
import { type ConnectorChange, type ConnectorReview, countFindings, diffFindings, type ReviewDiff, type ReviewSummary, summaryFindings } from "./review-model";

/** Version of the JSON shape; bumped when a field changes meaning or disappears. */
export const JSON_FORMAT_VERSION = 1;

/**
 * The review for machines. `counts` are the findings that decide `--fail-on`: the summary's without a
 * base, the diff's with one. Fields are listed explicitly so that nothing internal (such as the
 * fingerprints the diff compares) is ever written.
 */
export function renderJson(head: ReviewSummary, diff?: ReviewDiff): string {
  return [...redacted(reviewJsonPieces(head, diff))].join("");
}

/**
 * `renderJson` in pieces that each end a line, for a review too large to hold as one text. Not redacted:
 * the command prints each piece through its output layer, which redacts everything it writes.
 */
export function reviewJsonPieces(head: ReviewSummary, diff?: ReviewDiff): Generator<string> {
  const counts = countFindings(diff ? diffFindings(diff) : summaryFindings(head));
  const document = {
    tool: "cartesia-genesys review",
    formatVersion: JSON_FORMAT_VERSION,
    mode: diff ? "diff" : "summary",
    counts,
    changes: diff && new JsonList(diff.changes, changeJson),
    unchanged: diff?.unchanged,
    stackFindings: diff?.stackFindings,
    stacks: head.stacks.map((s) => ({ name: s.name, findings: s.findings, connectors: new JsonList(s.connectors, connectorJson) })),
  };
  return jsonPieces(document);
}

/**
 * A plan's review for machines: terraform's counts, each connector's changes with terraform's action on
 * each of its resources, the drift, other resources, and every connector as planned.
 */
export function renderPlanJson(review: PlanReview): string {
  return [...redacted(planJsonPieces(review))].join("");
}

/** `renderPlanJson` in pieces that each end a line; not redacted, as `reviewJsonPieces`. */
export function planJsonPieces(review: PlanReview): Generator<string> {
  const document = {
    tool: "cartesia-genesys review",
    formatVersion: JSON_FORMAT_VERSION,
    mode: "plan",
    plan: { label: review.label, terraformVersion: review.terraformVersion, counts: review.counts, errored: review.errored },
    counts: countFindings(planFindings(review)),
    changes: new JsonList(review.diff.changes, (c) => ({ ...changeJson(c), terraform: review.actions[c.address] ?? [] })),
    unchanged: new JsonList(review.diff.unchanged, (u) => ({ ...u, terraform: review.actions[u.address] ?? [] })),
    drift: review.drift.map((d) => ({
      address: d.address,
      reverted: d.reverted,
      changes: d.changes.map((s) => ({ key: s.key, label: s.label, category: s.category, before: s.before, after: s.after })),
    })),
    other: review.other,
    stacks: review.head.stacks.map((s) => ({ name: s.name, connectors: new JsonList(s.connectors, connectorJson) })),
  };
  return jsonPieces(document);
}

/** Each piece redacted on its own: a piece ends a line, and no key spans a line of JSON. */
function* redacted(pieces: Iterable<string>): Generator<string> {
  for (const piece of pieces) yield redactKeys(piece);
}

function changeJson(c: ConnectorChange) {
  return {
    kind: c.kind,
    stack: c.stack,
    integrationName: c.integrationName,
    address: c.address,
    baseAddress: c.baseAddress,
    constructPath: c.constructPath,
    headline: c.headline,
    changes: c.changes.map((s) => ({ key: s.key, label: s.label, category: s.category, before: s.before, after: s.after })),
    findings: c.findings,
  };
}

function connectorJson(c: ConnectorReview) {
  return {
    stack: c.stack,
    address: c.address,
    constructPath: c.constructPath,
    movedFrom: c.movedFrom,
    integrationName: c.integrationName,
    integrationType: c.integrationType,
    intendedState: c.intendedState,
    model: c.model,
    modelStatus: c.modelStatus,
    outputFormat: c.outputFormat,
    telephonySafe: c.telephonySafe,
    language: c.language,
    cartesiaVersion: c.cartesiaVersion,
    voicesUri: c.voicesUri,
    synthesizeUri: c.synthesizeUri,
    synthesizeMethod: c.synthesizeMethod,
    keyHosts: c.keyHosts,
    pciCompliant: c.pciCompliant,
    notes: c.notes,
    configStyle: c.configStyle,
    configAddress: c.configAddress,
    provider: c.provider,
    region: c.region,
    credential: c.credential,
    flows: c.flows,
    settings: c.settings.map((s) => ({ key: s.key, label: s.label, category: s.category, value: s.display })),
    findings: c.findings,
    imported: c.imported,
  };
}
