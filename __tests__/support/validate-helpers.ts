import { createApp } from "../../main";
import { loadProviderSchema } from "../../tools/validate/load-schema";
import type { ValidationProblem, ValidationReport } from "../../tools/validate/report";
import { validateTerraformJson } from "../../tools/validate/validate-terraform-json";
import { synthApp, type TerraformJson } from "./helpers";

/** The pinned Genesys provider schema, read once per test file. */
export const PINNED_SCHEMA = loadProviderSchema();

/** Validates a document against the pinned schema. */
export function validate(doc: unknown): ValidationReport {
  return validateTerraformJson(doc, PINNED_SCHEMA);
}

/** The problems of a document, as `{ path, message }` pairs. */
export function problemsOf(doc: unknown): ValidationProblem[] {
  return [...validate(doc).problems];
}

/** The default app's stack (main.ts), synthesized into a temporary directory. */
export function defaultStack(): TerraformJson {
  return synthApp((outdir) => createApp(outdir)).stacks["cartesia-genesys"];
}

/** The logical name of the only resource of a type (`cartesia_integration_F52D01A3`). */
export function onlyName(json: TerraformJson, type: string, section: "resource" | "data" = "resource"): string {
  const names = Object.keys(json[section]?.[type] ?? {});
  if (names.length !== 1) throw new Error(`expected one ${section} ${type}, found ${names.length}`);
  return names[0];
}

/** A deep copy to break: each variant starts from the same synthesized stack. */
export function copyOf<T>(value: T): T {
  return structuredClone(value);
}

/** A minimal document around some resources, with the Genesys provider required as cdktf writes it. */
export function docWith(parts: Record<string, unknown>): Record<string, unknown> {
  return {
    terraform: { required_providers: { genesyscloud: { source: "mypurecloud/genesyscloud", version: "~> 1.86" } } },
    provider: { genesyscloud: [{}] },
    ...parts,
  };
}
