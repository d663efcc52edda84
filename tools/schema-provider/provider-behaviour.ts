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
  /** Nested blocks that are Optional+Computed: left out of the configuration, they keep the prior value. */
  readonly computedBlocks?: readonly string[];
  /** JSON strings the provider's Read writes as Go's `json.Marshal` of the API's answer: compact, keys sorted. */
  readonly marshalledOnRead?: readonly string[];
  /** Strings the provider's Read writes as `""` when the API holds its empty-notes sentinel. */
  readonly emptyNotesSentinel?: readonly string[];
  /** Maps the provider's Read writes as null when the API's answer is empty. */
  readonly emptyMapReadAsNull?: readonly string[];
  /**
   * With `ENABLE_STANDALONE_INTEGRATION_CONFIG` set: blocks the provider neither sends nor reads. Without
   * it: `standaloneOnly` types fail create, read and update.
   */
  readonly ignoredWhenStandalone?: readonly string[];
  /** The resource works only with `ENABLE_STANDALONE_INTEGRATION_CONFIG` set for the provider. */
  readonly standaloneOnly?: boolean;
  /** The only values a string attribute takes; anything else is an error at validate. */
  readonly allowedValues?: Readonly<Record<string, readonly string[]>>;
}

/** Behaviour by resource type. */
export type ProviderBehaviour = Readonly<Record<string, ResourceBehaviour>>;

/**
 * The Genesys Cloud provider's (terraform-plugin-sdk v2), as of v1.86. Each entry is a row of
 * docs/provider-rules.md, which names the upstream file and commit and the versions it holds for.
 * `intended_state`: `Default: "DISABLED"`, `validation.StringInSlice([]string{"ENABLED", "DISABLED"}, false)`
 * in genesyscloud/integration/resource_genesyscloud_integration_schema.go since v1.54.0 (commit
 * 0bfeb49, PR #1363, which removed DELETED).
 */
export const GENESYS_BEHAVIOUR: ProviderBehaviour = {
  genesyscloud_integration: {
    defaults: { intended_state: "DISABLED" },
    computedBlocks: ["config"],
    jsonEquivalent: ["config.properties", "config.advanced"],
    marshalledOnRead: ["config.properties", "config.advanced"],
    emptyNotesSentinel: ["config.notes"],
    emptyMapReadAsNull: ["config.credentials"],
    ignoredWhenStandalone: ["config"],
    allowedValues: { intended_state: ["ENABLED", "DISABLED"] },
  },
  genesyscloud_integration_config: {
    defaults: { notes: "" },
    forceNew: ["integration_id"],
    jsonEquivalent: ["properties", "advanced"],
    marshalledOnRead: ["properties", "advanced"],
    emptyNotesSentinel: ["notes"],
    emptyMapReadAsNull: ["credentials"],
    standaloneOnly: true,
  },
};

/** The provider's feature toggle for the standalone config resource; tested for presence only (`os.LookupEnv`). */
export const STANDALONE_CONFIG_ENV = "ENABLE_STANDALONE_INTEGRATION_CONFIG";
