import * as path from "node:path";
import { UsageError } from "../shared/cli/usage-error";
import { parseJson } from "../shared/json-input";
import { readTextFile } from "../shared/safe-files";
import type { SynthesizedStack } from "../shared/synthesized-connectors";

/** Credential fields that hold a secret: the API key (X-Api-Key) and anything named like a secret. */
const SECRET_FIELD = /key|secret|token|password|auth/i;

/** A managed resource of the root module, as the state holds it. */
export interface StateResource {
  readonly address: string;
  readonly id?: string;
}

/** The parts of a Terraform state `verify` reads: resource ids by address. */
export interface TerraformState {
  /** Where it was read from, for messages. */
  readonly source: string;
  readonly resources: ReadonlyMap<string, StateResource>;
  /**
   * The secret credential field values the state holds. The state stores the API key in plain text; these are
   * registered as secrets before anything is printed, although nothing from the state but ids ever is.
   */
  readonly secrets: readonly string[];
}

/** Where a stack keeps its state: a local file, or a backend `verify` cannot read. */
export type StateLocation = { readonly kind: "local"; readonly file: string } | { readonly kind: "remote"; readonly backend: string };

/**
 * The state of a synthesized stack: its local backend's file (a relative `path` is relative to the
 * stack's folder, where terraform runs), terraform's default `terraform.tfstate` there when no backend
 * is declared, or the name of the remote backend.
 */
export function stateLocation(stack: SynthesizedStack): StateLocation {
  const backend = (stack.document.terraform as { backend?: Record<string, { path?: unknown }> } | undefined)?.backend ?? {};
  const [name, settings] = Object.entries(backend)[0] ?? ["local", {}];
  if (name !== "local") return { kind: "remote", backend: name };
  const file = typeof settings.path === "string" ? settings.path : "terraform.tfstate";
  return { kind: "local", file: path.resolve(path.dirname(stack.file), file) };
}

/** Reads a state file or `terraform show -json` output; a `UsageError` when it is neither. */
export function readStateFile(file: string): TerraformState {
  let text: string;
  try {
    // A regular file of bounded size: a named pipe or a device is refused, never read until it ends.
    text = readTextFile(file);
  } catch (error) {
    throw new UsageError(`--state: ${(error as Error).message}`);
  }
  return parseTerraformState(text, file);
}

/**
 * Parses either shape: a state file (`version` 4, `resources[].instances[].attributes`) or `terraform
 * show -json` (`values.root_module.resources[].values`). Only root-module managed resources count:
 * cdktf stacks declare theirs there.
 */
export function parseTerraformState(text: string, source: string): TerraformState {
  // No excerpt of the text in the message: a state file holds the key in plain text.
  const parsed = parseJson(text);
  if ("problem" in parsed) throw new UsageError(`${source} is not a Terraform state: ${parsed.problem}.`);
  const json = parsed.value;
  const doc = (json ?? {}) as Record<string, unknown>;
  const resources = new Map<string, StateResource>();
  const secrets: string[] = [];
  const add = (type: unknown, name: unknown, attributes: unknown) => {
    if (typeof type !== "string" || typeof name !== "string") return;
    const values = (attributes ?? {}) as Record<string, unknown>;
    const address = `${type}.${name}`;
    resources.set(address, { address, id: typeof values.id === "string" && values.id !== "" ? values.id : undefined });
    if (type === "genesyscloud_integration_credential" && values.fields !== null && typeof values.fields === "object") {
      // Only fields that hold secrets: masking the Cartesia-Version date would mask it everywhere.
      for (const [field, value] of Object.entries(values.fields)) if (typeof value === "string" && SECRET_FIELD.test(field)) secrets.push(value);
    }
  };
  if (Array.isArray(doc.resources) && typeof doc.version === "number") {
    for (const r of doc.resources as Record<string, unknown>[]) {
      if (r.mode !== "managed" || r.module !== undefined || !Array.isArray(r.instances)) continue;
      const instance = (r.instances as Record<string, unknown>[]).find((i) => i.index_key === undefined) ?? (r.instances as Record<string, unknown>[])[0];
      add(r.type, r.name, instance?.attributes);
    }
  } else if (typeof doc.format_version === "string") {
    const root = ((doc.values ?? {}) as { root_module?: { resources?: Record<string, unknown>[] } }).root_module;
    for (const r of root?.resources ?? []) if (r.mode === "managed" && r.index === undefined) add(r.type, r.name, r.values);
  } else {
    throw new UsageError(
      `${source} is not a Terraform state: expected a state file ("version": 4, "resources") or the output of terraform show -json ("format_version", "values").`,
    );
  }
  return { source, resources, secrets };
}
