/**
 * `review --plan`: what a saved terraform plan will actually change, connector by connector. The two
 * sides of the plan are read as the review reads two synthesized stacks (settings old -> new, the same
 * findings), and what only the plan knows is added: terraform's action on each resource (an update in
 * place, a replacement, an import, a move), its counts, and the drift it found while refreshing.
 */
import { formatCounts, type PlanCounts } from "../shared/terraform/diagnostics";
import { diffSummaries, settingChanges } from "./diff";
import { isConnectorPart, sideDocument } from "./plan-documents";
import type { ResourceChange, TerraformPlan } from "./plan-json";
import type { ConnectorChange, ConnectorReview, Finding, ReviewDiff, ReviewSummary, SettingChange } from "./review-model";
import { summarize } from "./summarize";

/** What terraform does to one resource, in words. */
export interface ResourceAction {
  readonly address: string;
  /** `create`, `update`, `replace`, `delete`, `no-op`, `read`. */
  readonly action: string;
  readonly importingId?: string;
  readonly previousAddress?: string;
  readonly reason?: string;
}

/** Something changed outside terraform since the last apply, as refresh found it. */
export interface DriftReview {
  readonly address: string;
  /** The settings that drifted, the old value as state had it, the new one as read. */
  readonly changes: readonly SettingChange[];
  /** Whether this plan sets it back (the resource is updated or replaced) or leaves it. */
  readonly reverted: boolean;
}

/** A plan, reviewed. */
export interface PlanReview {
  /** A label for the plan (its file name), used as the stack's name. */
  readonly label: string;
  readonly terraformVersion?: string;
  /** As terraform counts them: `Plan: 1 to import, 3 to add, 0 to change, 0 to destroy.` */
  readonly counts: PlanCounts;
  readonly errored: boolean;
  /** Per connector, with terraform's actions and the plan's own findings added. */
  readonly diff: ReviewDiff;
  /** Every connector as planned. */
  readonly head: ReviewSummary;
  /** Each connector's resources and what terraform does to them, by the connector's address. */
  readonly actions: Readonly<Record<string, readonly ResourceAction[]>>;
  readonly drift: readonly DriftReview[];
  /** Changes to resources that are no part of a connector (other types, modules, count/for_each). */
  readonly other: readonly ResourceAction[];
}

/** Reviews a plan. `label` names it in the output (the plan file's name). */
export function reviewPlan(plan: TerraformPlan, label: string): PlanReview {
  const before = summarize([{ name: label, document: sideDocument(plan, plan.changes, "before") }], { stackFindings: false });
  const head = summarize([{ name: label, document: sideDocument(plan, plan.changes, "after") }]);
  const raw = diffSummaries(before, head);
  // Looked up by address, never searched: a plan of thousands of connectors stays linear.
  const byAddress = firstBy(plan.changes, (c) => c.address);
  const byPreviousAddress = firstBy(plan.changes, (c) => c.previousAddress);
  const connectors = firstBy([...head.stacks[0].connectors, ...before.stacks[0].connectors], (c) => c.address);
  const actions: Record<string, ResourceAction[]> = {};
  const claimed = new Set<string>();

  const actionsOf = (connector: ConnectorReview | undefined, address: string): ResourceAction[] => {
    const addresses = [address, connector?.configAddress, connector?.credential.managedHere ? connector.credential.address : undefined];
    return addresses.flatMap((a) => {
      const change = a === undefined ? undefined : (byAddress.get(a) ?? byPreviousAddress.get(a));
      if (!change || claimed.has(change.address)) return [];
      claimed.add(change.address);
      return [resourceAction(change)];
    });
  };
  const find = (address: string) => connectors.get(address);

  const changes: ConnectorChange[] = raw.changes.map((change) => {
    const own = actionsOf(find(change.address), change.address);
    if (change.baseAddress) own.push(...actionsOf(find(change.baseAddress), change.baseAddress));
    actions[change.address] = own;
    return asImported({ ...change, changes: change.changes.map(sayHiddenChange), findings: [...change.findings, ...planFindings(own)] }, own);
  });
  const unchanged = raw.unchanged.map((u) => {
    actions[u.address] = actionsOf(find(u.address), u.address);
    return u;
  });
  // A connector whose settings read the same may still be touched by terraform (replaced, imported): it is a change then.
  const touched = new Set(unchanged.filter((u) => actions[u.address].some((a) => a.action !== "no-op" || a.importingId || a.previousAddress)));
  for (const u of touched) {
    const connector = find(u.address)!;
    const own = actions[u.address];
    changes.push(
      asImported(
        {
          kind: "changed",
          stack: u.stack,
          integrationName: u.integrationName,
          address: u.address,
          constructPath: connector.constructPath,
          headline: "Every setting is the same; terraform still acts on its resources.",
          changes: [],
          findings: planFindings(own),
        },
        own,
      ),
    );
  }

  return {
    label,
    terraformVersion: plan.terraformVersion,
    counts: countChanges(plan.changes),
    errored: plan.errored,
    diff: {
      changes,
      unchanged: unchanged.filter((u) => !touched.has(u)),
      // A key written into a stack is risky whatever the plan does.
      stackFindings: head.stacks.filter((s) => s.findings.length > 0).map((s) => ({ stack: s.name, findings: s.findings })),
    },
    head,
    actions,
    drift: reviewDrift(plan, label),
    other: plan.changes.filter((c) => !claimed.has(c.address) && actionWord(c) !== "no-op").map(resourceAction),
  };
}

/**
 * A connector whose integration terraform imports is `imported`: the plan read what exists, so its
 * rows are what the first apply changes in it, not every setting.
 */
function asImported(change: ConnectorChange, actions: readonly ResourceAction[]): ConnectorChange {
  const integration = actions.find((a) => a.address.startsWith("genesyscloud_integration.") && a.importingId !== undefined);
  if (integration === undefined || (change.kind !== "changed" && change.kind !== "imported")) return change;
  const created = actions.filter((a) => a.action === "create").map((a) => a.address);
  return {
    ...change,
    kind: "imported",
    headline:
      `Imported: terraform adopts the existing integration ${integration.importingId}` +
      `${change.changes.length > 0 ? " and updates it in place where it differs" : ", whose settings already match"}` +
      `; it creates ${created.length > 0 ? created.join(", ") : "nothing"}.`,
  };
}

/** A sensitive value that changed reads the same on both sides (hidden): say that it changed. */
function sayHiddenChange(change: SettingChange): SettingChange {
  return change.before !== undefined && change.before === change.after ? { ...change, after: "another value (sensitive, hidden)" } : change;
}

/** Terraform's counts: a replacement is one to add and one to destroy; an import is counted apart. */
export function countChanges(changes: readonly ResourceChange[]): PlanCounts {
  const counts = { add: 0, change: 0, destroy: 0, import: 0 };
  for (const c of changes.filter((c) => c.mode === "managed")) {
    if (c.importingId !== undefined) counts.import++;
    if (c.actions.includes("create")) counts.add++;
    if (c.actions.includes("delete")) counts.destroy++;
    if (c.actions.includes("update")) counts.change++;
  }
  return counts;
}

/** The counts as the review's first line says them. */
export function countsLine(review: PlanReview): string {
  return `Plan: ${formatCounts(review.counts)}.`;
}

function resourceAction(change: ResourceChange): ResourceAction {
  return {
    address: change.address,
    action: actionWord(change),
    ...(change.importingId !== undefined ? { importingId: change.importingId } : {}),
    ...(change.previousAddress !== undefined ? { previousAddress: change.previousAddress } : {}),
    ...(change.actionReason !== undefined ? { reason: change.actionReason } : {}),
  };
}

function actionWord(change: ResourceChange): string {
  const a = change.actions;
  if (a.includes("create") && a.includes("delete")) return "replace";
  return a.length === 1 ? a[0] : a.join("+");
}

/** What only the plan says: a replacement, an import, a move. */
function planFindings(actions: readonly ResourceAction[]): Finding[] {
  const findings: Finding[] = [];
  for (const a of actions) {
    const type = a.address.slice(0, a.address.indexOf("."));
    if (a.action === "replace" && type === "genesyscloud_integration") {
      findings.push({
        severity: "risky",
        code: "integration-replaced",
        message: `Terraform replaces ${a.address} (destroys it, then creates it${a.reason ? `: ${a.reason}` : ""}): the integration gets a new id, and with it a new TTS engine id (connector-<integration id>); flows built in Architect keep the old one.`,
      });
    } else if (a.action === "replace") {
      findings.push({
        severity: "warning",
        code: "resource-replaced",
        message: `Terraform replaces ${a.address} (destroys it, then creates it${a.reason ? `: ${a.reason}` : ""}): between the two steps the connector has no ${type === "genesyscloud_integration_config" ? "config" : "credential"}.`,
      });
    }
    if (a.importingId !== undefined) {
      findings.push({
        severity: "info",
        code: "imported",
        message: `Terraform imports the existing ${type} ${JSON.stringify(a.importingId)} into its state (an import block).`,
      });
    }
  }
  return findings;
}

/**
 * Every drifted connector resource: what refresh found changed, and whether the plan sets it back. The
 * state before refresh and the refreshed state are read whole, so a drifted config is read inside its
 * connector even when its integration did not drift.
 */
function reviewDrift(plan: TerraformPlan, label: string): DriftReview[] {
  const drifted = new Map(plan.drift.filter(isConnectorPart).map((d) => [d.address, d]));
  if (drifted.size === 0) return [];
  const stale = plan.changes.map((c) => {
    const d = drifted.get(c.address);
    return d ? { ...c, before: d.before, beforeSensitive: d.beforeSensitive } : c;
  });
  const before = summarize([{ name: label, document: sideDocument(plan, stale, "before") }], { stackFindings: false }).stacks[0].connectors;
  const after = summarize([{ name: label, document: sideDocument(plan, plan.changes, "before") }], { stackFindings: false }).stacks[0].connectors;
  const planned = firstBy(plan.changes, (c) => c.address);
  const owners = (side: readonly ConnectorReview[]) => {
    const byPart = new Map<string, ConnectorReview>();
    for (const c of side) {
      for (const part of [c.address, c.configAddress, c.credential.managedHere ? c.credential.address : undefined]) {
        if (part !== undefined && !byPart.has(part)) byPart.set(part, c);
      }
    }
    return byPart;
  };
  const [beforeOwners, afterOwners] = [owners(before), owners(after)];
  return [...drifted.values()].map((drift) => {
    const reverted = planned.get(drift.address)?.actions.some((a) => a === "update" || a === "create") === true;
    const b = beforeOwners.get(drift.address);
    const a = afterOwners.get(drift.address);
    return { address: drift.address, changes: b && a ? settingChanges(b, a).map(sayHiddenChange) : [], reverted };
  });
}

/** The first item of each key, as `Array.prototype.find` would return it, by key; items without a key are left out. */
function firstBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined && !map.has(k)) map.set(k, item);
  }
  return map;
}
