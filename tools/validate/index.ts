/** The offline validator of synthesized stacks: `validateTerraformJson` and what it works with. */
export { validateTerraformJson, TOP_LEVEL_KEYS } from "./validate-terraform-json";
export { findPinnedSchemaPath, loadProviderSchema, PINNED_SCHEMA_FILE } from "./load-schema";
export { isClean, type CheckedCounts, type NotChecked, type ValidationProblem, type ValidationReport } from "./report";
export { formatReport } from "./format-report";
export type { ProvidersSchema } from "./schema-types";
