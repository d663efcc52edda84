import { classifyModel, currentSnapshots, sunsetClause } from "./classify-model";
import { isSecretFieldName } from "./redact";
import type { ConnectorChange, ConnectorReview, Finding, ReviewDiff, ReviewSummary, SettingChange } from "./review-model";

/**
 * Findings of the head that the explicit change rules below already explain better; every other
 * warning or risk that is new in the head is carried into the diff as it is.
 */
const EXPLAINED_BY_CHANGE_RULES = new Set(["model-alias", "model-sunset", "integration-type", "disabled", "standalone-config", "embedded-config"]);

/**
 * Compares two summaries connector by connector. A head connector matches the base connector of the
 * same stack and Terraform address, else the one its `moved` block names, else the one with the same
 * construct path; what is left and shares stack and integration name is the same integration at a
 * new address; the rest is added or removed. A new address is `moved` when a `moved` block carries
 * the state over, `replaced` otherwise.
 */
export function diffSummaries(base: ReviewSummary, head: ReviewSummary): ReviewDiff {
  const baseAll = base.stacks.flatMap((s) => s.connectors);
  const headAll = head.stacks.flatMap((s) => s.connectors);
  const pairs: [ConnectorReview, ConnectorReview][] = [];
  const headLeft: ConnectorReview[] = [];

  // The base connectors not yet matched, found by key rather than searched: thousands of renamed connectors
  // stay linear. `take` gives the first one left, in the base's order, with that stack and that value.
  const taken = new Set<ConnectorReview>();
  const byKey = new Map<string, ConnectorReview[]>();
  const keyOf = (kind: string, stack: string, value: string) => JSON.stringify([kind, stack, value]);
  for (const c of baseAll) {
    const keys = [keyOf("address", c.stack, c.address)];
    if (c.constructPath !== undefined) keys.push(keyOf("path", c.stack, c.constructPath));
    if (c.integrationName !== undefined) keys.push(keyOf("name", c.stack, c.integrationName));
    for (const key of keys) byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  const take = (kind: "address" | "path" | "name", stack: string, value: string | undefined): ConnectorReview | undefined => {
    if (value === undefined) return undefined;
    const found = byKey.get(keyOf(kind, stack, value))?.find((c) => !taken.has(c));
    if (found) taken.add(found);
    return found;
  };
  for (const h of headAll) {
    const b = take("address", h.stack, h.address);
    if (b) pairs.push([b, h]);
    else headLeft.push(h);
  }
  const unmatched: ConnectorReview[] = [];
  for (const h of headLeft) {
    const b = take("address", h.stack, h.movedFrom) ?? take("path", h.stack, h.constructPath);
    if (b) pairs.push([b, h]);
    else unmatched.push(h);
  }

  const changes: ConnectorChange[] = [];
  const unchanged: ReviewDiff["unchanged"][number][] = [];
  for (const [b, h] of pairs) {
    const change = compareConnectors(b, h, addressKind(b, h));
    if (change.changes.length === 0 && change.kind === "changed") unchanged.push({ stack: h.stack, integrationName: h.integrationName, address: h.address });
    else changes.push(change);
  }
  for (const h of unmatched) {
    const b = take("name", h.stack, h.integrationName);
    changes.push(b ? compareConnectors(b, h, addressKind(b, h)) : added(h));
  }
  for (const b of baseAll) if (!taken.has(b)) changes.push(removed(b));

  const order = (x: { stack: string; integrationName?: string; address: string }) => [x.stack, x.integrationName ?? "", x.address];
  const byOrder = (x: { stack: string; integrationName?: string; address: string }, y: typeof x) => {
    const [a, c] = [order(x), order(y)];
    for (let i = 0; i < a.length; i++) if (a[i] !== c[i]) return a[i] < c[i] ? -1 : 1;
    return 0;
  };
  const stackFindings = head.stacks.filter((s) => s.findings.length > 0).map((s) => ({ stack: s.name, findings: s.findings }));
  return { changes: changes.sort(byOrder), unchanged: unchanged.sort(byOrder), stackFindings };
}

/** Same address, an address a `moved` block carries over, or a new address terraform recreates. */
function addressKind(base: ConnectorReview, head: ConnectorReview): "changed" | "moved" | "replaced" {
  if (base.address === head.address) return "changed";
  return head.movedFrom === base.address ? "moved" : "replaced";
}

/** The settings that differ, in the head's order, then settings only the base had. */
export function settingChanges(base: ConnectorReview, head: ConnectorReview): SettingChange[] {
  const before = new Map(base.settings.map((s) => [s.key, s]));
  const after = new Map(head.settings.map((s) => [s.key, s]));
  const keys = [...head.settings.map((s) => s.key), ...base.settings.map((s) => s.key).filter((k) => !after.has(k))];
  const changes: SettingChange[] = [];
  for (const key of keys) {
    const b = before.get(key);
    const a = after.get(key);
    if (b?.compare === a?.compare) continue;
    const shown = (a ?? b)!;
    changes.push({ key, label: shown.label, category: shown.category, style: shown.style, before: b?.display, after: a?.display });
  }
  return changes;
}

/** Who follows a new integration id: flows of the same stack do, flows built in Architect do not. */
function newIdNote(connector: ConnectorReview): string {
  return connector.flows.length > 0
    ? ` Flows in this stack (${connector.flows.join(", ")}) get the new id on the next apply; flows built in Architect keep the old one.`
    : " No flow in this stack refers to it; flows built in Architect keep the old id.";
}

/** Which flows of the stack are affected, when there are any. */
function flowsUsing(connector: ConnectorReview): string {
  return connector.flows.length > 0 ? ` Flows in this stack that use it: ${connector.flows.join(", ")}.` : "";
}

/** A credential of the connector's own stack: its address follows the connector's construct id. */
const OWN_CREDENTIAL = "credential genesyscloud_integration_credential.";

function compareConnectors(base: ConnectorReview, head: ConnectorReview, kind: "changed" | "moved" | "replaced"): ConnectorChange {
  // A connector's own credential changes address with it; the address change already says so.
  const changes = settingChanges(base, head).filter(
    (c) => !(kind !== "changed" && c.key.startsWith("credentials.") && c.before?.startsWith(OWN_CREDENTIAL) && c.after?.startsWith(OWN_CREDENTIAL)),
  );
  const findings: Finding[] = [];
  const risky = (code: string, message: string) => findings.push({ severity: "risky", code, message });

  if (kind === "replaced") {
    risky(
      "address-changed",
      `The Terraform address changes from ${base.address} to ${head.address}: terraform destroys the integration and creates a new one, so its id and its TTS engine id (connector-<integration id>) change. Keep the construct id, or add a moved block (docs/determinism.md).${newIdNote(head)}`,
    );
  }
  if (kind === "moved") {
    findings.push({
      severity: "info",
      code: "address-moved",
      message: `A moved block carries the state from ${base.address} to ${head.address}: terraform keeps the integration and its id. Keep the block until every workspace has applied it.`,
    });
  }
  if (base.integrationType !== head.integrationType) {
    risky(
      "integration-type-changed",
      `integration_type changes from ${JSON.stringify(base.integrationType ?? null)} to ${JSON.stringify(head.integrationType ?? null)}: the provider cannot change it in place, so terraform shows this diff on every plan and never converges. Recreate the integration instead (a new construct id) if the type really changed.`,
    );
  }
  if (base.integrationName !== head.integrationName) {
    risky(
      "renamed",
      `The integration is renamed from ${JSON.stringify(base.integrationName ?? null)} to ${JSON.stringify(head.integrationName ?? null)}: Architect shows the TTS engine by this name, and the people who edit flows pick it by name.`,
    );
  }
  if (base.intendedState === "ENABLED" && head.intendedState !== "ENABLED") {
    risky(
      "disabled-now",
      `The integration is disabled (ENABLED -> ${head.intendedState}): calls that use this TTS engine no longer reach Cartesia.${flowsUsing(head)}`,
    );
  }
  findings.push(...modelFindings(base.model, head));
  if (base.provider !== head.provider || base.region !== head.region) {
    risky(
      "provider-changed",
      `The connector moves from provider ${base.provider} (region: ${base.region}) to ${head.provider} (region: ${head.region}): if that is another organization, terraform looks for the integration there and creates a new one, leaving the old one behind.`,
    );
  }
  if (base.keyHosts.join(" ") !== head.keyHosts.join(" ")) {
    const hosts = (list: readonly string[]) => (list.length === 0 ? "no host" : list.join(", "));
    risky(
      "key-host-changed",
      `The key goes to another host: ${hosts(base.keyHosts)} -> ${hosts(head.keyHosts)}. Genesys sends the credential's fields, the key among them, to every URI of the properties; make sure each host is Cartesia's (api.cartesia.ai) or a proxy you run.`,
    );
  }
  if (base.configStyle !== head.configStyle) {
    risky(
      "config-style-changed",
      `The config style changes from ${base.configStyle} to ${head.configStyle}: the provider manages one style per run (ENABLE_STANDALONE_INTEGRATION_CONFIG), and deleting a standalone config clears the integration's config. Plan the switch as two applies.`,
    );
  }
  findings.push(...newHeadFindings(base, head));
  return {
    kind,
    stack: head.stack,
    integrationName: head.integrationName,
    address: head.address,
    baseAddress: kind === "changed" ? undefined : base.address,
    constructPath: head.constructPath,
    headline: headline(kind, changes),
    changes,
    findings,
  };
}

/** A model that moves to an alias or a sunset model is risky; `baseModel` is undefined for a new connector. */
function modelFindings(baseModel: string | undefined, head: ConnectorReview): Finding[] {
  if (head.model === undefined || head.model === baseModel) return [];
  const status = classifyModel(head.model);
  const from = baseModel === undefined ? "Model is" : `Model moves from ${JSON.stringify(baseModel)} to`;
  if (status.kind === "alias") {
    return [
      {
        severity: "risky",
        code: "model-to-alias",
        message: `${from} the alias ${JSON.stringify(head.model)}, which Cartesia moves to newer models without notice; pin a dated snapshot (${currentSnapshots()}).`,
      },
    ];
  }
  if (status.kind === "sunset") {
    return [
      {
        severity: "risky",
        code: "model-to-sunset",
        message: `${from} ${JSON.stringify(head.model)}, which ${sunsetClause(status)}; pin a current snapshot (${currentSnapshots()}).`,
      },
    ];
  }
  return [];
}

/** Warnings and risks of the head that the base did not have, unless a change rule explains them. */
function newHeadFindings(base: ConnectorReview | undefined, head: ConnectorReview): Finding[] {
  const known = new Set(base?.findings.map((f) => `${f.code}\n${f.message}`));
  return head.findings.filter((f) => f.severity !== "info" && !EXPLAINED_BY_CHANGE_RULES.has(f.code) && !known.has(`${f.code}\n${f.message}`));
}

function headline(kind: "changed" | "moved" | "replaced", changes: readonly SettingChange[]): string {
  const moved =
    kind === "replaced"
      ? "New Terraform address: terraform replaces the connector's resources. "
      : kind === "moved"
        ? "New Terraform address, carried over by a moved block. "
        : "";
  if (changes.length === 0) return `${moved}Every setting is the same.`;
  const credential = changes.some((c) => c.category === "credential");
  const integration = changes.some((c) => c.category === "integration");
  if (credential && !integration) {
    // Any secret field counts: a connector may carry the key as Authorization rather than X-Api-Key.
    const keyMoved = changes.some(
      (c) => c.key.startsWith("credentials.") || (c.key.startsWith("credential.fields.") && isSecretFieldName(c.key.slice("credential.fields.".length))),
    );
    return keyMoved
      ? `${moved}Credential only (key rotation): the API key's source changes; the integration and its config are untouched.`
      : `${moved}Credential only: the integration and its config are untouched.`;
  }
  if (integration && !credential) return `${moved}Integration config change; the credential is untouched.`;
  return `${moved}Integration config and credential change.`;
}

function added(head: ConnectorReview): ConnectorChange {
  const imported = head.imported;
  return {
    kind: imported ? "imported" : "added",
    stack: head.stack,
    integrationName: head.integrationName,
    address: head.address,
    constructPath: head.constructPath,
    headline: imported
      ? `Imported: terraform adopts the existing integration ${imported.integrationId} and updates it in place to these settings; it creates ${head.credential.managedHere && imported.credentialId === undefined ? "only a new credential" : "nothing"}.`
      : "New connector: terraform creates the integration, its config and, unless it links an existing one, its credential.",
    changes: head.settings.map((s) => ({ key: s.key, label: s.label, category: s.category, style: s.style, after: s.display })),
    findings: [...modelFindings(undefined, head), ...newHeadFindings(undefined, head)],
  };
}

function removed(base: ConnectorReview): ConnectorChange {
  return {
    kind: "removed",
    stack: base.stack,
    integrationName: base.integrationName,
    address: base.address,
    constructPath: base.constructPath,
    headline: "Removed: terraform deletes the integration, its config and the credential it created.",
    changes: [],
    findings: [
      {
        severity: "risky",
        code: "removed",
        message: `The integration ${JSON.stringify(base.integrationName ?? base.address)} is deleted: flows that use its TTS engine lose it, and the engine id does not come back if it is created again.${flowsUsing(base)}`,
      },
    ],
  };
}
