/**
 * Real terraform in tests: whether there is a binary, a `describe` that is reported as skipped (with
 * the reason) where there is none, one schema provider per test file, and stacks checked a few at a
 * time. `.ci/run` fails without terraform, so CI can never pass by skipping these.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { startSchemaProvider, type RunningSchemaProvider } from "../../tools/schema-provider/grpc-server";
import { type Fixtures } from "../../tools/schema-provider/fixtures";
import { servedProvider } from "../../tools/schema-provider/schema-model";
import { checkStack, type CheckOptions, type StackCheck } from "../../tools/shared/terraform/check-stack";
import { mapLimit } from "../../tools/shared/map-limit";
import { findTerraform } from "../../tools/shared/terraform/find-terraform";
import { tempDir } from "./helpers";
import { PINNED_SCHEMA } from "./validate-helpers";

/** The terraform binary on PATH, if any. */
export const TERRAFORM = findTerraform();

/** Terraform processes at once: the machine has two cores, shared. */
export const TERRAFORM_CONCURRENCY = 2;

/** Why the terraform tests of a file did not run. */
export const SKIP_REASON = "skipped: no terraform binary on PATH (.ci/run requires one)";

/** `describe` where terraform is on PATH; elsewhere the same block, skipped, its title saying why. */
export function describeWithTerraform(name: string, body: () => void): void {
  if (TERRAFORM) describe(name, body);
  else describe.skip(`${name} [${SKIP_REASON}]`, body);
}

/** `test` where terraform is on PATH; elsewhere the same test, skipped, its title saying why. */
export function testWithTerraform(name: string, body: jest.ProvidesCallback, timeout?: number): void {
  if (TERRAFORM) test(name, body, timeout);
  else test.skip(`${name} [${SKIP_REASON}]`, body);
}

/**
 * A schema provider serving the pinned schema for every test of the enclosing block; call inside it.
 * `standaloneConfig`: whether it runs as the provider with ENABLE_STANDALONE_INTEGRATION_CONFIG set (default: set).
 */
export function useSchemaProvider(fixtures?: Fixtures, options: { readonly standaloneConfig?: boolean } = {}): () => RunningSchemaProvider {
  let running: RunningSchemaProvider | undefined;
  beforeAll(async () => {
    running = await startSchemaProvider({ served: SERVED, fixtures, standaloneConfig: options.standaloneConfig });
  });
  afterAll(async () => {
    await running?.stop();
  });
  return () => {
    if (!running) throw new Error("the schema provider is not running");
    return running;
  };
}

/** The pinned schema's provider, as served. */
export const SERVED = servedProvider(PINNED_SCHEMA);

/** A stack to check: a synthesized folder, or a document to write into one. */
export type StackInput = { readonly dir: string } | { readonly document: unknown };

/** Checks stacks, `TERRAFORM_CONCURRENCY` at a time, each by its name. */
export async function checkAll(
  stacks: Readonly<Record<string, StackInput>>,
  options: Omit<CheckOptions, "terraform"> & { readonly perStack?: (name: string) => Partial<CheckOptions> },
): Promise<Record<string, StackCheck>> {
  const names = Object.keys(stacks);
  const results = await mapLimit(names, TERRAFORM_CONCURRENCY, (name) => {
    const input = stacks[name];
    const dir = "dir" in input ? input.dir : writeStack(input.document);
    return checkStack({ name: stackName(name), dir }, { ...options, ...options.perStack?.(name), terraform: TERRAFORM! });
  });
  return Object.fromEntries(names.map((name, i) => [name, results[i]]));
}

/** Writes a document as the `cdk.tf.json` of a fresh stack folder. */
export function writeStack(document: unknown): string {
  const dir = tempDir("cartesia-tf-stack-");
  fs.writeFileSync(path.join(dir, "cdk.tf.json"), JSON.stringify(document, null, 2));
  return dir;
}

/** A folder name for a test's label. */
function stackName(label: string): string {
  return label.replace(/[^A-Za-z0-9_-]+/g, "-").slice(0, 60) || "stack";
}

/** A diagnostic as a line to compare: where, what. */
export function diagnosticLine(d: StackCheck["diagnostics"][number]): string {
  return `${d.stage} ${d.severity}${d.file ? ` ${d.file}:${d.line}` : ""}${d.address ? ` ${d.address}` : ""}: ${d.summary}`;
}

/** Every step passed and nothing was said. */
export function cleanPlan(check: StackCheck): { ok: boolean; diagnostics: string[]; counts: StackCheck["counts"] } {
  return { ok: check.ok, diagnostics: check.diagnostics.map(diagnosticLine), counts: check.counts };
}

/** A resource instance in a state: its address's type and name, and its attributes. */
export interface StateResource {
  readonly type: string;
  readonly name: string;
  readonly attributes: Readonly<Record<string, unknown>>;
  readonly schemaVersion?: number;
  /** Paths of sensitive values, in the state's own form. */
  readonly sensitive?: readonly unknown[];
}

/** A Terraform state (format 4) holding these Genesys resources and outputs, as if applied. */
export function terraformState(contents: { resources?: readonly StateResource[]; outputs?: Readonly<Record<string, unknown>> }): unknown {
  return {
    version: 4,
    terraform_version: "1.11.4",
    serial: 1,
    lineage: "00000000-0000-4000-8000-000000000000",
    outputs: contents.outputs ?? {},
    resources: (contents.resources ?? []).map((r) => ({
      mode: "managed",
      type: r.type,
      name: r.name,
      provider: `provider["${SERVED.address}"]`,
      instances: [{ schema_version: r.schemaVersion ?? 1, attributes: r.attributes, sensitive_attributes: r.sensitive ?? [] }],
    })),
  };
}
