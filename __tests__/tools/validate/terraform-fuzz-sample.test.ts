/**
 * A seeded sample of the fuzz cases (support/prop-recipes.ts, the seed of lib/fuzz.test.ts), each one
 * the construct accepts validated and planned by real terraform: generated names, notes, formats,
 * models, key sources and aliased providers must all make a stack terraform plans as written.
 */
import fc from "fast-check";
import { TerraformStack, Testing } from "cdktf";
import { CartesiaConnectorConfigError, CartesiaTtsConnector, GenesyscloudProvider } from "../../../lib";
import { parseFixtures } from "../../../tools/schema-provider/fixtures";
import type { StackCheck } from "../../../tools/shared/terraform/check-stack";
import { tempDir, type TerraformJson } from "../../support/helpers";
import { CONNECTOR_ID, expectedSynthProblemProps, FUZZ_SEED, materialize, type PropsRecipe, propsRecipe } from "../../support/prop-recipes";
import { checkAll, cleanPlan, describeWithTerraform, SERVED, terraformState, useSchemaProvider } from "../../support/terraform";

/** How many generated prop sets are drawn; about half synthesize. */
const DRAWN = 64;
const OUTDIR = tempDir();

/** The seeded prop sets the construct accepts and synthesizes, each with its synthesized stack. */
function acceptedCases(): { recipe: PropsRecipe; document: TerraformJson }[] {
  return fc.sample(propsRecipe, { seed: FUZZ_SEED, numRuns: DRAWN }).flatMap((recipe) => {
    const stack = new TerraformStack(Testing.app({ outdir: OUTDIR }), "fuzz");
    new GenesyscloudProvider(stack, "genesyscloud", {});
    try {
      new CartesiaTtsConnector(stack, CONNECTOR_ID, materialize(recipe, stack));
    } catch (error) {
      if (error instanceof CartesiaConnectorConfigError || (error instanceof Error && error.message.startsWith("Invalid CartesiaApiKey"))) return [];
      throw error;
    }
    // Refused at synth (a token that resolves to a key): lib/fuzz.test.ts checks those; nothing to plan.
    if (expectedSynthProblemProps(recipe).length > 0) return [];
    return [{ recipe, document: JSON.parse(Testing.synth(stack, true)) as TerraformJson }];
  });
}

const cases = acceptedCases();

/** Each import block's target, as an object in Genesys that holds none of the code's values (a config knows its integration). */
function importBlocks(document: TerraformJson): { to: string; id: string }[] {
  return Array.isArray(document.import) ? (document.import as { to: string; id: string }[]) : [];
}
/** The remote side the recipes read: what importExisting adopts, the credential an "existing-data" recipe looks up, the state a "remote-state" one reads. */
const FIXTURES = parseFixtures(
  {
    resources: Object.fromEntries(
      ["genesyscloud_integration", "genesyscloud_integration_config", "genesyscloud_integration_credential"].map((type) => [
        type,
        Object.fromEntries(
          cases.flatMap((c) =>
            importBlocks(c.document)
              .filter((b) => b.to.startsWith(`${type}.`))
              .map((b) => [b.id, type === "genesyscloud_integration_config" ? { integration_id: b.id.replace(/\/config$/, "") } : {}]),
          ),
        ),
      ]),
    ),
    data_sources: { genesyscloud_integration_credential: [{ where: { name: "Cartesia credential" }, attributes: { id: "credential-from-fixture" } }] },
  },
  SERVED,
);
const SECRETS_STATE = JSON.stringify(
  terraformState({ outputs: { cartesia_api_key: { value: "placeholder-from-remote-state", type: "string", sensitive: true } } }),
);

test(`the sample (seed ${FUZZ_SEED}, ${DRAWN} drawn) holds enough accepted cases, of every key source, importing ones among them`, () => {
  expect(cases.length).toBeGreaterThanOrEqual(15);
  const sources = new Set(cases.map((c) => c.recipe.apiKey.source));
  for (const source of ["variable", "variable-token", "remote-state", "existing"]) expect([source, sources.has(source as never)]).toEqual([source, true]);
  // importExisting cases too, so the sample plans imports.
  expect(cases.some((c) => importBlocks(c.document).length > 0)).toBe(true);
});

describeWithTerraform("real terraform on a seeded sample of the fuzz cases", () => {
  // Each config mode planned as it deploys: standalone with ENABLE_STANDALONE_INTEGRATION_CONFIG set, embedded without.
  const standalone = useSchemaProvider(FIXTURES);
  const embedded = useSchemaProvider(FIXTURES, { standaloneConfig: false });
  const checks: StackCheck[] = [];
  beforeAll(async () => {
    const results = await checkAll(Object.fromEntries(cases.map((c, i) => [`case-${i}`, { document: c.document }])), {
      provider: standalone(),
      perStack: (name) => ({ provider: cases[Number(name.slice("case-".length))].recipe.configMode === "embedded" ? embedded() : standalone() }),
      // The remote-state recipe reads ../secrets.tfstate, relative to the stack's folder.
      files: { "../secrets.tfstate": SECRETS_STATE },
    });
    checks.push(...cases.map((_, i) => results[`case-${i}`]));
  }, 120_000);

  test("every accepted case validates and plans every resource it declares, with nothing said", () => {
    const failures = cases.flatMap((c, i) => {
      const resources = Object.values(c.document.resource ?? {}).reduce((n, byName) => n + Object.keys(byName).length, 0);
      // importExisting: what it adopts is imported, then updated in place (the empty fixture holds none of the code's values).
      const imports = importBlocks(c.document).length;
      const expected = { ok: true, diagnostics: [], counts: { add: resources - imports, change: imports, destroy: 0, import: imports } };
      const actual = cleanPlan(checks[i]);
      return JSON.stringify(actual) === JSON.stringify(expected) ? [] : [{ recipe: c.recipe, actual }];
    });
    expect(failures).toEqual([]);
  });
});
