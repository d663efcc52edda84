/**
 * The review model: what `cartesia-genesys review` knows about each connector, already made safe to
 * print. Every value in it is either a non-secret literal or a description of where a value comes
 * from; the renderers never see a secret because the model never holds one.
 */

/** How much a finding matters. Only `risky` counts for `--fail-on risky`. */
export type Severity = "risky" | "warning" | "info";

/** One thing the reviewer should know, with a stable code that tests and machines can match on. */
export interface Finding {
  readonly severity: Severity;
  /** Stable identifier, e.g. `model-sunset`. */
  readonly code: string;
  /** One or two sentences for a human. */
  readonly message: string;
}

/** Which part of a connector a setting belongs to: the diff tells credential-only changes apart with it. */
export type SettingCategory = "integration" | "credential";

/** One comparable setting of a connector, flattened from the resources and their JSON strings. */
export interface Setting {
  /** Stable path, e.g. `advanced.synthesizeBody.model_id` or `credential.fields.X-Api-Key`. */
  readonly key: string;
  /** What a reviewer calls it, e.g. `Model`. */
  readonly label: string;
  readonly category: SettingCategory;
  /** The value as shown: JSON for values parsed from the config, a description for sources. */
  readonly display: string;
  /** `code` when `display` is a literal value (JSON), `text` when it describes a source. */
  readonly style: "code" | "text";
  /**
   * What the diff compares. Equals `display`, except for a hidden literal secret, where it is a
   * short one-way fingerprint so that rotating one literal for another still shows as a change.
   * Renderers never print it.
   */
  readonly compare: string;
}

/** A credential field: its name and where its value comes from (never the value of a secret). */
export interface CredentialFieldReview {
  readonly name: string;
  /** e.g. `variable cartesia_api_key (sensitive)` or `"2026-03-01"` for a literal non-secret. */
  readonly source: string;
}

/** The credential a connector uses. */
export interface CredentialReview {
  /** Credential slot in the integration's `credentials` map, e.g. `basicAuth`. */
  readonly slot?: string;
  /** What the slot points at, described: a credential resource of this stack, or one managed elsewhere. */
  readonly link: string;
  /** True when the credential is a resource of the same stack, so its fields are visible. */
  readonly managedHere: boolean;
  readonly address?: string;
  readonly name?: string;
  readonly type?: string;
  readonly fields: readonly CredentialFieldReview[];
  /** Where the key lives: in Terraform state, or outside it (tools/shared/key-mode.ts). */
  readonly keyMode: string;
}

/** Everything the review reports about one connector. */
export interface ConnectorReview {
  readonly stack: string;
  /** `genesyscloud_integration.<logical id>`: with the stack, what matches base and head. */
  readonly address: string;
  /** Construct path of the connector, the fallback for matching. */
  readonly constructPath?: string;
  /** The address a `moved` block of the stack carries this integration's state from, if any. */
  readonly movedFrom?: string;
  readonly integrationName?: string;
  readonly integrationType?: string;
  readonly intendedState: string;
  readonly model?: string;
  /** `snapshot`, `alias`, `sunset`, `unrecognized` or `missing`. */
  readonly modelStatus: string;
  /** e.g. `raw pcm_s16le 8000 Hz`, or undefined when no `output_format` is set. */
  readonly outputFormat?: string;
  readonly telephonySafe: boolean;
  readonly language?: string;
  /** The `Cartesia-Version` credential field: a literal, or its source. */
  readonly cartesiaVersion?: string;
  readonly voicesUri?: string;
  readonly synthesizeUri?: string;
  /** The hosts those URIs send the key to (Genesys sends the credential's fields to each), sorted. */
  readonly keyHosts: readonly string[];
  readonly synthesizeMethod?: string;
  /** JSON of the PCI property, so `true` and `"true"` stay apart. */
  readonly pciCompliant?: string;
  readonly notes?: string;
  readonly configStyle: "standalone" | "embedded" | "none";
  readonly configAddress?: string;
  /** `genesyscloud` (the default provider) or `genesyscloud.<alias>`. */
  readonly provider: string;
  /** The provider's `aws_region`: a literal, its source, or how the provider finds it at deploy time. */
  readonly region: string;
  readonly credential: CredentialReview;
  /**
   * `genesyscloud_flow` resources of the same stack that refer to this integration (its TTS engine id):
   * they follow a new integration id; flows built elsewhere do not.
   */
  readonly flows: readonly string[];
  /** Flattened settings, in a fixed order, for the diff. */
  readonly settings: readonly Setting[];
  readonly findings: readonly Finding[];
  /**
   * The existing resources its import blocks adopt (`importExisting`): the first apply imports them and
   * updates them in place instead of creating them.
   */
  readonly imported?: { readonly integrationId: string; readonly configId?: string; readonly credentialId?: string };
}

/** One synthesized stack and its connectors. */
export interface StackReview {
  readonly name: string;
  readonly connectors: readonly ConnectorReview[];
  /** What is wrong with the stack as a whole, such as a key in plain text in a variable's default. */
  readonly findings: readonly Finding[];
}

/** The summary of a whole `cdktf.out`. */
export interface ReviewSummary {
  readonly stacks: readonly StackReview[];
}

/** A setting that differs between base and head. */
export interface SettingChange {
  readonly key: string;
  readonly label: string;
  readonly category: SettingCategory;
  readonly style: "code" | "text";
  /** Undefined when the setting is absent on that side. */
  readonly before?: string;
  readonly after?: string;
}

/**
 * How a connector differs between base and head: `added`/`removed`; `imported` (new in the code, but
 * its import blocks adopt an existing integration: nothing is created); `changed` (same address);
 * `moved` (new address, and a `moved` block carries the state over); `replaced` (new address without
 * one: terraform destroys and recreates it).
 */
export type ChangeKind = "added" | "imported" | "removed" | "changed" | "moved" | "replaced";

/** What changed for one connector, in words. */
export interface ConnectorChange {
  readonly kind: ChangeKind;
  readonly stack: string;
  /** The head's integration name, or the base's for a removed connector. */
  readonly integrationName?: string;
  /** The head's address, or the base's for a removed connector. */
  readonly address: string;
  /** The base's address when it differs (`moved`, `replaced`). */
  readonly baseAddress?: string;
  readonly constructPath?: string;
  /** One sentence: credential only, integration config, both, added, removed. */
  readonly headline: string;
  readonly changes: readonly SettingChange[];
  readonly findings: readonly Finding[];
}

/** The semantic diff of two `cdktf.out` directories. */
export interface ReviewDiff {
  readonly changes: readonly ConnectorChange[];
  /** `stack / integration name` of every connector that did not change. */
  readonly unchanged: readonly { readonly stack: string; readonly integrationName?: string; readonly address: string }[];
  /** The head's stack-wide findings (a key in plain text holds whether it is new or not). */
  readonly stackFindings: readonly { readonly stack: string; readonly findings: readonly Finding[] }[];
}

/** Counts of findings by severity. */
export function countFindings(findings: Iterable<Finding>): Record<Severity, number> {
  const counts: Record<Severity, number> = { risky: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** Every finding of a summary. */
export function summaryFindings(summary: ReviewSummary): Finding[] {
  return summary.stacks.flatMap((s) => [...s.findings, ...s.connectors.flatMap((c) => c.findings)]);
}

/** Every finding of a diff. */
export function diffFindings(diff: ReviewDiff): Finding[] {
  return [...diff.stackFindings.flatMap((s) => s.findings), ...diff.changes.flatMap((c) => c.findings)];
}
