/**
 * What the real provider does beyond its schema, where it changes what a plan shows: defaults,
 * attributes that force a replacement, JSON strings compared by meaning, values a validator refuses.
 * Rows of data, by resource type and attribute path (`config.properties` is the `properties`
 * attribute of the nested `config` block); the schema provider plans and validates by them, and a
 * caller can pass its own table.
 */
import type { CtyValue } from "./cty-value";

/** One resource type's behaviour. Paths name attributes, through nested blocks with dots. */
export interface ResourceBehaviour {
  /** The value planned when the configuration leaves the attribute out. */
  readonly defaults?: Readonly<Record<string, CtyValue>>;
  /** A change to one of these replaces the resource (ForceNew). */
  readonly forceNew?: readonly string[];
  /** JSON strings compared as parsed JSON: an equivalent new text keeps the old one, so no diff shows. */
  readonly jsonEquivalent?: readonly string[];
  /** The only values a string attribute takes; anything else is an error at validate. */
  readonly allowedValues?: Readonly<Record<string, readonly string[]>>;
}

/** Behaviour by resource type. */
export type ProviderBehaviour = Readonly<Record<string, ResourceBehaviour>>;

/**
 * The Genesys Cloud provider's, as of 1.86. Sources: FACTS.md (the integration resources [A]) and the
 * provider's public Go source (`intended_state`: `Default: "DISABLED"`, validated as one of ENABLED,
 * DISABLED, DELETED).
 */
export const GENESYS_BEHAVIOUR: ProviderBehaviour = {
  genesyscloud_integration: {
    defaults: { intended_state: "DISABLED" },
    jsonEquivalent: ["config.properties", "config.advanced"],
    allowedValues: { intended_state: ["ENABLED", "DISABLED", "DELETED"] },
  },
  genesyscloud_integration_config: {
    defaults: { notes: "" },
    forceNew: ["integration_id"],
    jsonEquivalent: ["properties", "advanced"],
  },
};
