import { isJsonObject, own } from "../shared/json-path";
import type { FieldSource, TerraformDocument } from "../shared/synthesized-connectors";
import { containsKeyLike } from "../../lib/shared";
import { redactKeys } from "../../lib/shared";
import { fingerprint, isSecretFieldName } from "./redact";

/** A value as the review shows it, and what the diff compares. */
export interface DescribedValue {
  readonly display: string;
  readonly style: "code" | "text";
  readonly compare: string;
  /** True when a literal secret sits in `cdk.tf.json` (shown hidden). */
  readonly literalSecret: boolean;
}

/** A Terraform reference with nothing but names, indexes and wildcards in it: safe to print. */
const PURE_REFERENCE = /^\$\{([A-Za-z_][A-Za-z0-9_.\-*[\]]*)\}$/;

/**
 * Describes a Terraform expression without printing anything it could embed: a plain reference is
 * named (`variable x`, `reference data.y.z`), anything else is only said to be an expression.
 */
export function describeExpression(expression: string): string {
  const reference = expression.match(PURE_REFERENCE);
  if (!reference) return "a Terraform expression (not shown)";
  const target = reference[1];
  if (/^var\.[A-Za-z0-9_-]+$/.test(target)) return `variable ${target.slice(4)}`;
  return `reference ${redactKeys(target)}`;
}

/**
 * Describes a credential field's value by its source. A literal is shown only when the field's name
 * does not mark it secret and the value does not look like a key.
 */
export function describeFieldSource(field: string, source: FieldSource): DescribedValue {
  switch (source.kind) {
    case "variable": {
      const display = `variable ${source.name} (${source.sensitive ? "sensitive" : "not sensitive"})`;
      return { display, style: "text", compare: display, literalSecret: false };
    }
    case "expression": {
      const display = describeExpression(source.expression);
      // Two different unprintable expressions must still compare as different.
      const compare = display.endsWith("(not shown)") ? `${display} ${fingerprint(source.expression)}` : display;
      return { display, style: "text", compare, literalSecret: false };
    }
    case "hidden": {
      const display = "sensitive in the plan (hidden)";
      return { display, style: "text", compare: `${display} ${source.fingerprint}`, literalSecret: false };
    }
    case "literal": {
      if (isSecretFieldName(field) || containsKeyLike(source.value)) {
        const display = "literal value in cdk.tf.json (hidden)";
        return { display, style: "text", compare: `${display} ${fingerprint(source.value)}`, literalSecret: true };
      }
      const display = JSON.stringify(source.value);
      return { display, style: "code", compare: display, literalSecret: false };
    }
  }
}

/** Matches `${genesyscloud_integration_credential.<id>.id}`. */
const CREDENTIAL_REF = /^\$\{genesyscloud_integration_credential\.([A-Za-z0-9_-]+)\.id\}$/;

/** Describes what a credential slot points at: a credential of this stack, or one managed elsewhere. */
export function describeCredentialLink(value: string | undefined): string {
  if (value === undefined) return "none";
  const own = value.match(CREDENTIAL_REF);
  if (own) return `credential genesyscloud_integration_credential.${own[1]}`;
  if (value.includes("${")) return `existing credential, ${describeExpression(value)}`;
  return `existing credential ${JSON.stringify(redactKeys(value))}`;
}

/**
 * The organization region of the provider a connector uses: the provider block's `aws_region` when it
 * is a literal, its source when it is a reference, or where the provider reads it at deploy time.
 */
export function describeRegion(document: TerraformDocument, provider: string | undefined): string {
  const alias = provider?.includes(".") ? provider.slice(provider.indexOf(".") + 1) : undefined;
  // Terraform takes one configuration as an object or several as a list; anything else holds none.
  const configs: unknown = own(document.provider, "genesyscloud");
  const blocks = (Array.isArray(configs) ? configs : [configs]).filter(isJsonObject);
  const block = blocks.find((b) => (alias === undefined ? b.alias === undefined : b.alias === alias));
  if (!block) return alias === undefined ? "not set in code (GENESYSCLOUD_REGION at deploy time)" : `unknown (no provider block with alias ${alias})`;
  const region = block.aws_region;
  if (region === undefined) return "not set in code (GENESYSCLOUD_REGION at deploy time)";
  if (typeof region !== "string") return "a non-string value";
  if (region.includes("${")) return describeExpression(region);
  return redactKeys(region);
}
