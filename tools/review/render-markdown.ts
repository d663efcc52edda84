import { STANDALONE_CONFIG_ENV } from "../../lib/integration-config-mode";
import { capComment, GITHUB_COMMENT_LIMIT, mdCode, mdRow, mdText } from "../shared/text-escaping";
import { redactKeys } from "../../lib/shared";
import {
  type ConnectorChange,
  type ConnectorReview,
  countFindings,
  diffFindings,
  type Finding,
  type ReviewDiff,
  type ReviewSummary,
  summaryFindings,
} from "./review-model";

/** The first line of every comment: lets a CI job find and update its earlier comment. */
export const COMMENT_MARKER = "<!-- cartesia-genesys-review -->";

const SEVERITY_LABEL: Record<Finding["severity"], string> = { risky: "Risky", warning: "Warning", info: "Note" };

/**
 * The lines of a comment, each redacted as it is added, kept only while they can still be part of the
 * comment: past GitHub's limit the rest is cut anyway (`finish`), so a review of thousands of connectors
 * writes a comment's worth of lines, not all of them. Lines are added one by one, never spread into a
 * call, so no count of them can overflow the stack.
 */
export class CommentLines {
  readonly lines: string[] = [];
  private length = 0;

  /** Whether enough is written that whatever follows would be cut. */
  get full(): boolean {
    return this.length > GITHUB_COMMENT_LIMIT;
  }

  /** Adds a few lines. */
  push(...lines: string[]): void {
    this.append(lines);
  }

  /** Adds any number of lines, until the comment is full. */
  append(lines: Iterable<string>): void {
    for (const line of lines) {
      if (this.full) return;
      const safe = redactKeys(line);
      this.lines.push(safe);
      this.length += safe.length + 1;
    }
  }
}

/** The pull-request comment for a `cdktf.out` without a base: every connector, stack by stack. */
export function renderSummaryMarkdown(summary: ReviewSummary): string {
  const out = new CommentLines();
  out.push(COMMENT_MARKER, "## Cartesia TTS connectors", "", summaryCounts(summary), "");
  summaryBody(out, summary, "###");
  return finish(out);
}

/** The pull-request comment for a base/head pair: what changed per connector, then the head in full, folded. */
export function renderDiffMarkdown(diff: ReviewDiff, head: ReviewSummary): string {
  const kinds = (kind: ConnectorChange["kind"]) => diff.changes.filter((c) => c.kind === kind).length;
  const counts = countFindings(diffFindings(diff));
  const out = new CommentLines();
  out.push(
    COMMENT_MARKER,
    "## Cartesia TTS connectors: changes",
    "",
    `${kinds("changed")} changed, ${kinds("moved")} moved, ${kinds("replaced")} replaced, ${kinds("added")} added, ${kinds("imported") > 0 ? `${kinds("imported")} imported, ` : ""}${kinds("removed")} removed, ${diff.unchanged.length} unchanged: ` +
      `${counts.risky > 0 ? `**${plural(counts.risky, "risky change", "risky changes")}**` : "nothing risky"}, ${plural(counts.warning, "warning", "warnings")}.`,
    "",
  );
  for (const { stack, findings } of diff.stackFindings) {
    out.push(`### Stack ${mdCode(stack, false)}`, "");
    out.append(findingList(findings));
  }
  if (diff.changes.length === 0) out.push("No connector changed.", "");
  const inHead = new Map(head.stacks.flatMap((s) => s.connectors).map((c) => [`${c.stack}\n${c.address}`, c]));
  for (const change of diff.changes) {
    if (out.full) break;
    out.append(changeSection(change, inHead.get(`${change.stack}\n${change.address}`)));
  }
  if (diff.unchanged.length > 0)
    out.push(
      unchangedLine(diff.unchanged, (u) => `${mdCode(u.stack, false)} / ${mdText(u.integrationName ?? u.address, false)}`),
      "",
    );
  out.push("<details><summary>Every connector after this change</summary>", "", summaryCounts(head), "");
  summaryBody(out, head, "###");
  out.push("</details>");
  return finish(out);
}

/** `Unchanged: a, b, c.`: written only as far as a comment can hold. */
export function unchangedLine<T>(unchanged: readonly T[], name: (item: T) => string): string {
  let line = "Unchanged: ";
  for (const [i, u] of unchanged.entries()) {
    if (line.length > GITHUB_COMMENT_LIMIT) break;
    line += `${i > 0 ? ", " : ""}${name(u)}`;
  }
  return `${line}.`;
}

/** One changed connector; an added one is shown in full, as the summary shows it. */
export function changeSection(change: ConnectorChange, head: ConnectorReview | undefined): string[] {
  const name = change.integrationName === undefined ? mdCode(change.address, false) : mdText(change.integrationName, false);
  const lines = [`### ${mdCode(change.stack, false)} / ${name}: ${change.kind}`, "", mdText(change.headline, false), ""];
  const where = change.baseAddress ? `${mdCode(change.baseAddress, false)} -> ${mdCode(change.address, false)}` : mdCode(change.address, false);
  lines.push(`Terraform: ${where}${change.constructPath ? `, construct ${mdCode(change.constructPath, false)}` : ""}.`, "");
  if ((change.kind === "added" || change.kind === "imported") && head) {
    for (const line of connectorTable(head)) lines.push(line);
    lines.push("");
  } else if (change.changes.length > 0) {
    lines.push(mdRow(["Setting", "Before", "After"]), mdRow(["---", "---", "---"]));
    for (const c of change.changes) lines.push(mdRow([mdText(c.label), value(c.before, c.style), value(c.after, c.style)]));
    lines.push("");
  }
  for (const line of findingList(change.findings)) lines.push(line);
  return lines;
}

function value(display: string | undefined, style: "code" | "text"): string {
  if (display === undefined) return "(absent)";
  return style === "code" ? mdCode(display) : mdText(display);
}

export function summaryCounts(summary: ReviewSummary): string {
  const connectors = summary.stacks.reduce((n, s) => n + s.connectors.length, 0);
  const counts = countFindings(summaryFindings(summary));
  return (
    `${plural(connectors, "connector", "connectors")} in ${plural(summary.stacks.length, "stack", "stacks")}: ` +
    `${counts.risky > 0 ? `**${counts.risky} risky**` : "0 risky"}, ${plural(counts.warning, "warning", "warnings")}, ${plural(counts.info, "note", "notes")}.`
  );
}

/** Every connector, stack by stack, as far as the comment holds. */
export function summaryBody(out: CommentLines, summary: ReviewSummary, heading: string): void {
  for (const stack of summary.stacks) {
    out.push(`${heading} Stack ${mdCode(stack.name, false)}`, "");
    out.append(findingList(stack.findings));
    if (stack.connectors.length === 0) out.push("No Cartesia TTS connector in this stack.", "");
    for (const connector of stack.connectors) {
      if (out.full) return;
      out.append(connectorSection(connector, `${heading}#`));
    }
  }
}

function connectorSection(c: ConnectorReview, heading: string): string[] {
  return [
    `${heading} ${c.integrationName === undefined ? mdCode(c.address, false) : mdText(c.integrationName, false)}`,
    "",
    ...connectorTable(c),
    "",
    ...findingList(c.findings),
  ];
}

/** The connector's settings as a reviewer reads them, one row each. */
function connectorTable(c: ConnectorReview): string[] {
  const rows: [string, string][] = [
    ["Integration name", c.integrationName === undefined ? "(not set)" : mdText(c.integrationName)],
    ["Integration type", c.integrationType === undefined ? "(not set)" : mdCode(c.integrationType)],
    ["Intended state", mdText(c.intendedState)],
    ["Model", c.model === undefined ? "(not set)" : `${mdCode(c.model)} (${modelNote(c)})`],
  ];
  if (c.language !== undefined) rows.push(["Language", mdCode(c.language)]);
  rows.push(
    [
      "Output format",
      c.outputFormat === undefined ? "(not set)" : `${mdText(c.outputFormat)} (${c.telephonySafe ? "8 kHz PCM, fit for telephony" : "**not 8 kHz PCM**"})`,
    ],
    ["Cartesia version", c.cartesiaVersion === undefined ? "(not visible here)" : source(c.cartesiaVersion)],
    ["Voice-list URI", c.voicesUri === undefined ? "(not set)" : mdCode(c.voicesUri)],
    [
      "Synthesis URI",
      c.synthesizeUri === undefined ? "(not set)" : `${mdCode(c.synthesizeUri)}${c.synthesizeMethod ? ` (${mdText(c.synthesizeMethod.toUpperCase())})` : ""}`,
    ],
  );
  if (c.pciCompliant !== undefined) rows.push(["PCI compliant", mdCode(c.pciCompliant)]);
  rows.push(["Credential", credentialCell(c)]);
  if (c.credential.fields.length > 0) {
    rows.push(["Credential fields", c.credential.fields.map((f) => `${mdCode(f.name)}: ${source(f.source)}`).join("; ")]);
  }
  rows.push(
    ["Config style", configStyleCell(c)],
    ["Provider", c.provider === "genesyscloud" ? `default (${mdCode("genesyscloud")})` : mdCode(c.provider)],
    ["Organization region", mdText(c.region)],
  );
  if (c.notes !== undefined) rows.push(["Notes", mdText(c.notes)]);
  if (c.flows.length > 0) rows.push(["Architect flows in this stack", c.flows.map((f) => mdCode(f)).join(", ")]);
  if (c.imported) rows.push(["Imported", importedCell(c.imported)]);
  rows.push(["Terraform", `${mdCode(c.address)}${c.constructPath ? `, construct ${mdCode(c.constructPath)}` : ""}`]);

  return [mdRow(["Setting", "Value"]), mdRow(["---", "---"]), ...rows.map(([label, cell]) => mdRow([label, cell]))];
}

/** What the import blocks adopt: `integration <id>, config <id>/config, credential <id>`. */
function importedCell(imported: NonNullable<ConnectorReview["imported"]>): string {
  const parts = [`integration ${mdCode(imported.integrationId)}`];
  if (imported.configId !== undefined) parts.push(`config ${mdCode(imported.configId)}`);
  if (imported.credentialId !== undefined) parts.push(`credential ${mdCode(imported.credentialId)}`);
  return `${parts.join(", ")} (import blocks: updated in place, not created)`;
}

function modelNote(c: ConnectorReview): string {
  switch (c.modelStatus) {
    case "snapshot":
      return "dated snapshot";
    case "alias":
      return "**moving alias**";
    case "sunset":
      return "**sunset model**";
    default:
      return "**not recognized**";
  }
}

function credentialCell(c: ConnectorReview): string {
  const cred = c.credential;
  const slot = cred.slot === undefined ? "" : ` in slot ${mdCode(cred.slot)}`;
  const mode = `; ${mdText(cred.keyMode)}`;
  if (!cred.managedHere) return `${mdText(cred.link)}${slot}${mode}`;
  const details = [cred.name === undefined ? undefined : mdText(cred.name), cred.type === undefined ? undefined : `type ${mdCode(cred.type)}`].filter(Boolean);
  return `${mdCode(cred.address!)}${details.length > 0 ? ` (${details.join(", ")})` : ""}${slot}${mode}`;
}

function configStyleCell(c: ConnectorReview): string {
  switch (c.configStyle) {
    case "standalone":
      return `standalone ${mdCode(c.configAddress ?? "genesyscloud_integration_config")}: needs ${mdCode(`${STANDALONE_CONFIG_ENV}=true`)} wherever terraform runs`;
    case "embedded":
      return `embedded ${mdCode("config")} block: run terraform without ${mdCode(STANDALONE_CONFIG_ENV)}`;
    default:
      return "**none**";
  }
}

/** A literal (JSON-quoted) renders as code without its quotes, a described source as text. */
function source(description: string): string {
  return description.startsWith('"') ? mdCode(JSON.parse(description) as string) : mdText(description);
}

/** A list of findings, then a blank line; made lazily, so a list longer than a comment is not written whole. */
export function* findingList(findings: readonly Finding[]): Generator<string> {
  if (findings.length === 0) return;
  for (const f of findings) yield `- **${SEVERITY_LABEL[f.severity]}:** ${mdText(f.message, false)}`;
  yield "";
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Said at the end of a comment cut to fit: where the rest is. */
export const CUT_NOTE =
  "**Cut here:** the whole review would exceed GitHub's limit of 65,536 characters for a comment. Run `cartesia-genesys review --format json` for all of it.";

/** One trailing newline, no trailing blank lines, nothing key-shaped whatever slipped through, and short enough for GitHub. */
export function finish(out: CommentLines): string {
  const lines = out.lines;
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return capComment(redactKeys(`${lines.join("\n")}\n`), CUT_NOTE);
}
