import { buildCatalog } from "./catalog";
import { checkDeclarations } from "./declarations";
import { describeJson, entriesOf, isJsonObject } from "./json-path";
import { checkModules } from "./modules";
import { checkOutputs } from "./outputs";
import { checkProviderConfigs } from "./providers";
import { checkReferences } from "./references";
import { problem, type ValidationProblem, type ValidationReport } from "./report";
import { indexSchema } from "./schema-index";
import type { ProvidersSchema } from "./schema-types";
import { didYouMean } from "../../lib/shared";
import { checkTerraformSettings } from "./terraform-settings";
import { checkVariables } from "./variables";
import { firstTooDeep, MAX_JSON_DEPTH } from "../shared/json-input";
import { describeKeyLiteral, keyLiterals } from "../shared/key-literals";

/** The top-level keys of Terraform's JSON configuration syntax. */
export const TOP_LEVEL_KEYS = ["terraform", "provider", "resource", "data", "variable", "output", "locals", "module", "moved", "import", "check", "removed"];

/**
 * Validates a synthesized `cdk.tf.json` against a provider schema (the output of
 * `terraform providers schema -json`), offline: what `terraform validate` would reject about types,
 * attributes, blocks, values and references. Types that no schema describes are listed in
 * `notChecked`, never passed in silence. Pure: reads nothing but its arguments.
 */
export function validateTerraformJson(doc: unknown, schema: ProvidersSchema): ValidationReport {
  if (!isJsonObject(doc)) {
    return {
      problems: [problem([], `wrong type: a Terraform JSON document is an object, got ${describeJson(doc)}`)],
      notChecked: [],
      checked: { resources: 0, dataSources: 0, providers: 0 },
    };
  }
  // The checks below recurse: a document nested deeper than any Terraform JSON is refused first.
  const deep = firstTooDeep(doc, MAX_JSON_DEPTH);
  if (deep) {
    return {
      problems: [problem(deep.slice(0, 6), `nested more than ${MAX_JSON_DEPTH} levels deep: not a Terraform JSON document`)],
      notChecked: [],
      checked: { resources: 0, dataSources: 0, providers: 0 },
    };
  }
  const index = indexSchema(schema);
  const catalog = buildCatalog(doc);
  const resources = checkDeclarations(doc.resource, "resource", index);
  const dataSources = checkDeclarations(doc.data, "data source", index);
  const providers = checkProviderConfigs(doc.provider, index, catalog);
  const modules = checkModules(doc.module);
  const problems: ValidationProblem[] = [
    ...topLevelProblems(doc),
    ...checkTerraformSettings(doc, catalog, index),
    ...providers.problems,
    ...resources.problems,
    ...dataSources.problems,
    ...modules.problems,
    ...checkVariables(doc.variable),
    ...checkOutputs(doc.output, catalog, index),
    ...checkReferences(doc, catalog, index),
    ...keyLiterals(doc).map((literal) => problem(literal.path, describeKeyLiteral(literal))),
  ];
  return {
    problems,
    notChecked: [...providers.notChecked, ...resources.notChecked, ...dataSources.notChecked, ...modules.notChecked],
    checked: { resources: resources.checked, dataSources: dataSources.checked, providers: providers.checked },
  };
}

function topLevelProblems(doc: Record<string, unknown>): ValidationProblem[] {
  const problems = entriesOf(doc)
    .filter(([key]) => !TOP_LEVEL_KEYS.includes(key))
    .map(([key]) => problem([key], `unknown top-level key "${key}"${didYouMean(key, TOP_LEVEL_KEYS)}`));
  if (doc.locals !== undefined && !isJsonObject(doc.locals)) {
    problems.push(problem(["locals"], `wrong type: "locals" must be an object of named values, got ${describeJson(doc.locals)}`));
  }
  return problems;
}
