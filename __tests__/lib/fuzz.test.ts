/**
 * Property-based tests: generated prop sets, good, spoiled and junk, each either refused with the
 * library's own error naming exactly the props the rules say are wrong, or synthesized into a stack
 * that the offline schema validator passes and whose `synthesizeBody` fits Cartesia's output-format
 * matrix.
 *
 * Seeded: a failure prints fast-check's seed and path; replay it with FUZZ_SEED=<seed> (and the
 * path fast-check prints, via FUZZ_PATH=<path>). FUZZ_RUNS changes the number of cases.
 */
import "../support/leak-guard";
import { inspect, isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { TerraformStack, Testing } from "cdktf";
import { CartesiaConnectorConfigError, CartesiaTtsConnector, GenesyscloudProvider } from "../../lib";
import { findKeyLike, keyShapedIn, redactKeys } from "../../lib/private/key-hygiene";
import { closestName, editDistance } from "../../lib/private/suggest";
import { isClean, loadProviderSchema, validateTerraformJson } from "../../tools/validate";
import { ENGINE } from "../support/engine";
import { tempDir, type TerraformJson } from "../support/helpers";
import { findKeys } from "../support/leak-guard";
import {
  badVariableId,
  CONNECTOR_ID,
  type Container,
  expectedProblemProps,
  expectedSynthProblemProps,
  type FormatRecipe,
  FUZZ_SEED,
  hiddenKey,
  invisibleChar,
  prototypeName,
  KNOWN_PROBLEM_PROPS,
  materialize,
  MATRIX,
  problemProp,
  type PropsRecipe,
  propsRecipe,
} from "../support/prop-recipes";

// 2,000 cases on each engine in \`npm test\` (at seed 20261125: 609 synthesized, 1,205 refused by the connector,
// 124 by fromVariable, 62 at synth, each well past the floors asserted below); FUZZ_RUNS=10000 or more for a
// deeper run. The connector's verdicts do not depend on the engine: on cdktn the fuzz checks that engine's synth
// of the same recipes, and the pure properties below run on cdktf only.
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);
const pureTest = ENGINE === "cdktf" ? test : test.skip;
const FUZZ_PATH = process.env.FUZZ_PATH;
const SCHEMA = loadProviderSchema();
// One output folder for every generated app: synth here never writes to it, and a fresh temp dir per case would cost.
const OUTDIR = tempDir();

interface Tally {
  refused: number;
  refusedByFromVariable: number;
  refusedAtSynth: number;
  synthesized: number;
}

/** A fresh stack with the default Genesys provider, in an app that never touches the disk. */
function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app({ outdir: OUTDIR }), "fuzz");
  new GenesyscloudProvider(s, "genesyscloud", {});
  return s;
}

/** The `output_format` Cartesia must receive for a format recipe (or for the default). */
function expectedOutputFormat(format: FormatRecipe | undefined): Record<string, unknown> {
  if (format === undefined || format.factory === "plain") return { container: "raw", encoding: "pcm_s16le", sample_rate: 8000 };
  const { encoding, sampleRate, bitRate } = format.options as Record<string, unknown>;
  return format.factory === "mp3"
    ? { container: "mp3", sample_rate: sampleRate, bit_rate: bitRate }
    : { container: format.factory, encoding, sample_rate: sampleRate };
}

/** Whether an `output_format` object fits the matrix: the container's fields exactly, each with an allowed value. */
export function fitsMatrix(outputFormat: Record<string, unknown>): boolean {
  const rule = MATRIX[outputFormat.container as Container];
  if (!rule) return false;
  const fields = ["container", ...(rule.encoding ? ["encoding"] : []), "sample_rate", ...(rule.bitRate ? ["bit_rate"] : [])];
  if (Object.keys(outputFormat).sort().join() !== fields.sort().join()) return false;
  return (
    (rule.encoding === undefined || (rule.encoding as readonly unknown[]).includes(outputFormat.encoding)) &&
    (rule.sampleRate as readonly unknown[]).includes(outputFormat.sample_rate) &&
    (rule.bitRate === undefined || (rule.bitRate as readonly unknown[]).includes(outputFormat.bit_rate))
  );
}

// Plain checks in the hot loop: jest's expect builds an error object per call, which cost seconds
// over 10,000 cases. A failed check throws, and fast-check shrinks and reports the case.
function same(actual: unknown, expected: unknown, what: string): void {
  if (!isDeepStrictEqual(actual, expected)) throw new Error(`${what}: expected ${inspect(expected)}, got ${inspect(actual)}`);
}

function only(json: TerraformJson, type: string): Record<string, unknown> {
  const all = Object.values(json.resource?.[type] ?? {});
  same(all.length, 1, `number of ${type} resources`);
  return all[0];
}

/** What a synthesized connector must hold, given the recipe it came from. */
function checkSynthesized(json: TerraformJson, recipe: PropsRecipe): void {
  const report = validateTerraformJson(json, SCHEMA);
  if (!isClean(report)) throw new Error(`schema validator: ${JSON.stringify(report.problems)} not checked: ${JSON.stringify(report.notChecked)}`);

  const integration = only(json, "genesyscloud_integration");
  const embedded = recipe.configMode === "embedded";
  const config = (embedded ? integration.config : only(json, "genesyscloud_integration_config")) as Record<string, unknown>;
  same(integration.intended_state, recipe.enabled === false ? "DISABLED" : "ENABLED", "intended_state");
  same(json.resource?.genesyscloud_integration_config === undefined, embedded, "no standalone config exactly when embedded");

  const body = JSON.parse(config.advanced as string).synthesizeBody as Record<string, unknown>;
  same(fitsMatrix(body.output_format as Record<string, unknown>), true, `output_format ${JSON.stringify(body.output_format)} fits the matrix`);
  same(body.output_format, expectedOutputFormat(recipe.outputFormat), "output_format");
  same(body.model_id, recipe.model.kind === "plain" ? undefined : recipe.model.id, "model_id");
  same(body.transcript, "$text", "transcript");
  same(body.voice, { mode: "id", id: "$voice" }, "voice");
  same(body.language, recipe.language ?? undefined, "language");
  same(JSON.parse(config.properties as string).isPciCompliant, recipe.pciCompliant !== false, "isPciCompliant");

  const credentials = config.credentials as Record<string, string>;
  const credentialResources = json.resource?.genesyscloud_integration_credential;
  if (recipe.apiKey.source === "existing" || recipe.apiKey.source === "existing-data") {
    same(credentialResources, undefined, "credential resources with an existing credential");
    if (recipe.apiKey.source === "existing") same(credentials.basicAuth, recipe.apiKey.id, "credentials.basicAuth");
  } else {
    const [name, credential] = Object.entries(credentialResources ?? {})[0];
    same(credentials.basicAuth, `\${genesyscloud_integration_credential.${name}.id}`, "credentials.basicAuth");
    const fields = credential.fields as Record<string, string>;
    // The key is always a reference Terraform resolves, never a literal.
    same(/^\$\{[^{}]+\}$/.test(fields["X-Api-Key"]), true, "X-Api-Key is a reference");
    same(fields["Cartesia-Version"], recipe.cartesiaVersion ?? "2026-03-01", "Cartesia-Version");
  }

  // importExisting: one import block per adopted resource, with the ids given.
  const adopt = recipe.importExisting as { integrationId: string; credentialId?: string } | undefined | null;
  const imported = ((json.import ?? []) as { to: string; id: string }[]).map(({ to, id }) => `${to.split(".")[0]} ${id}`);
  const expected = adopt
    ? [
        ...(adopt.credentialId ? [`genesyscloud_integration_credential ${adopt.credentialId}`] : []),
        `genesyscloud_integration ${adopt.integrationId}`,
        ...(embedded ? [] : [`genesyscloud_integration_config ${adopt.integrationId}/config`]),
      ]
    : [];
  same(imported, expected, "import blocks");
}

/** One generated prop set: refused exactly as the rules say, or synthesized and valid. */
function checkOne(recipe: PropsRecipe, tally: Tally): void {
  const s = stack();
  const expected = expectedProblemProps(recipe);
  let error: unknown;
  try {
    new CartesiaTtsConnector(s, CONNECTOR_ID, materialize(recipe, s));
  } catch (err) {
    error = err;
  }
  if (error !== undefined) {
    // Any other kind of error is a crash: rethrown as is, so fast-check reports it with its stack.
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- whatever was thrown, rethrown untouched
    if (!(error instanceof CartesiaConnectorConfigError)) throw error;
    same(findKeys(error.message), [], "keys in the error message");
    same(s.node.tryFindChild(CONNECTOR_ID), undefined, "connector left in the stack");
    if (badVariableId(recipe)) {
      same(error.message.startsWith('Invalid CartesiaApiKey.fromVariable "fuzz"'), true, `fromVariable refused it: ${error.message}`);
      same(
        error.problems.every((p) => p.startsWith("id: ")),
        true,
        `only id problems: ${error.message}`,
      );
      tally.refusedByFromVariable++;
      return;
    }
    const props = [...new Set(error.problems.map(problemProp))].sort();
    same(
      props.every((p) => KNOWN_PROBLEM_PROPS.includes(p) || p === recipe.extra?.[0]),
      true,
      `problems name props: ${error.message}`,
    );
    same(props, expected, `props refused (${error.message})`);
    tally.refused++;
    return;
  }
  same(badVariableId(recipe), false, "fromVariable accepted a bad id");
  same(expected, [], "props the rules refuse, yet the connector was created");
  const atSynth = expectedSynthProblemProps(recipe);
  let synthesized: string;
  try {
    synthesized = Testing.synth(s, true);
  } catch (err) {
    if (atSynth.length === 0 || !(err instanceof Error)) throw err;
    // cdktf lists each failed validation as `  [<path>] <prop>: ...`.
    const problems = err.message.split("\n").filter((line) => line.startsWith(`  [fuzz/${CONNECTOR_ID}] `));
    same(
      [...new Set(problems.map((line) => problemProp(line.slice(`  [fuzz/${CONNECTOR_ID}] `.length))))].sort(),
      atSynth,
      `props refused at synth (${err.message})`,
    );
    same(findKeys(err.message), [], "keys in the synth error");
    tally.refusedAtSynth++;
    return;
  }
  same(atSynth, [], "props the rules refuse at synth, yet the stack synthesized");
  checkSynthesized(JSON.parse(synthesized) as TerraformJson, recipe);
  tally.synthesized++;
}

test(`${FUZZ_RUNS} generated prop sets (seed ${FUZZ_SEED}): each refused exactly as the rules say, or synthesized, schema-valid and within the output-format matrix`, () => {
  const tally: Tally = { refused: 0, refusedByFromVariable: 0, refusedAtSynth: 0, synthesized: 0 };
  try {
    fc.assert(
      fc.property(propsRecipe, (recipe) => checkOne(recipe, tally)),
      { seed: FUZZ_SEED, numRuns: FUZZ_RUNS, path: FUZZ_PATH },
    );
  } catch (err) {
    // fast-check's report quotes the counterexample, test keys included: mask them, keep seed and path.
    const cause = err instanceof Error && err.cause instanceof Error ? `\nCaused by: ${err.cause.message}` : "";
    // eslint-disable-next-line preserve-caught-error -- the cause quotes the unmasked keys
    throw new Error(redactKeys(`${err instanceof Error ? err.message : String(err)}${cause}`));
  }
  console.log(
    `fuzz: seed ${FUZZ_SEED}, ${FUZZ_RUNS} cases: ${tally.synthesized} synthesized, ${tally.refused} refused by the connector, ${tally.refusedByFromVariable} by fromVariable, ${tally.refusedAtSynth} at synth`,
  );
  // Both outcomes must be well exercised, or the property says little.
  expect(tally.synthesized + tally.refused + tally.refusedByFromVariable + tally.refusedAtSynth).toBe(FUZZ_RUNS);
  expect(tally.refusedAtSynth).toBeGreaterThan(FUZZ_RUNS / 200);
  expect(tally.synthesized).toBeGreaterThan(FUZZ_RUNS / 5);
  expect(tally.refused).toBeGreaterThan(FUZZ_RUNS / 5);
});

test("the matrix check itself refuses what Cartesia refuses", () => {
  expect(fitsMatrix({ container: "raw", encoding: "pcm_s16le", sample_rate: 8000 })).toBe(true);
  expect(fitsMatrix({ container: "mp3", sample_rate: 44100, bit_rate: 128000 })).toBe(true);
  expect(fitsMatrix({ container: "mp3", encoding: "pcm_s16le", sample_rate: 44100, bit_rate: 128000 })).toBe(false);
  expect(fitsMatrix({ container: "wav", encoding: "pcm_s16le", sample_rate: 8000, bit_rate: 64000 })).toBe(false);
  expect(fitsMatrix({ container: "raw", sample_rate: 8000 })).toBe(false);
  expect(fitsMatrix({ container: "raw", encoding: "pcm_s16le", sample_rate: 7999 })).toBe(false);
  expect(fitsMatrix({ container: "ogg", sample_rate: 8000 })).toBe(false);
});

pureTest("the edit distance is a distance, a swap of neighbours one edit, and a suggestion the unique nearest within two (seeded)", () => {
  const text = fc.string({ unit: fc.constantFrom("s", "o", "-", "3", "."), maxLength: 8 });
  fc.assert(
    fc.property(text, text, (a, b) => {
      const d = editDistance(a, b);
      return d === editDistance(b, a) && (d === 0) === (a === b) && d <= Math.max(a.length, b.length) && d >= Math.abs(a.length - b.length);
    }),
    { seed: FUZZ_SEED, numRuns: 20_000 },
  );
  fc.assert(
    fc.property(text, fc.array(text, { maxLength: 6 }), (name, candidates) => {
      const chosen = closestName(name, candidates);
      const squashed = (s: string) => s.toLowerCase().replace(/[\s_-]/g, "");
      const distance = (s: string) => editDistance(squashed(name), squashed(s));
      const rivals = candidates.filter((c) => c !== name && c !== chosen && distance(c) <= 2);
      if (chosen === undefined) {
        const nearest = Math.min(...rivals.map(distance));
        return new Set(rivals.filter((c) => distance(c) === nearest)).size !== 1;
      }
      return candidates.includes(chosen) && distance(chosen) <= 2 && rivals.every((c) => distance(c) > distance(chosen));
    }),
    { seed: FUZZ_SEED, numRuns: 5_000 },
  );
  expect([editDistance("sonic-latest", "sonic-latset"), editDistance("sonic-3", "sonic-3.5")]).toEqual([1, 2]);
  expect([
    closestName("sonic-latset", ["sonic-latest", "sonic-3"]),
    closestName("outpt_format", ["outputFormat", "model"]),
    closestName("zzz", ["model"]),
  ]).toEqual(["sonic-latest", "outputFormat", undefined]);
});

pureTest("the one detector sees every generated disguise of a key, in any text around it; redacted, nothing of it is left (seeded)", () => {
  // Text around the key that holds no key itself: no s, k, c, a, r, no %, backslash, & or $.
  const around = fc.string({ unit: fc.constantFrom("x", "y", "1", " ", ".", ":", "-", "é", "\n", "{", "}", '"'), maxLength: 12 });
  fc.assert(
    fc.property(around, hiddenKey, around, (before, { hidden }, after) => {
      const text = `${before}${hidden}${after}`;
      const redacted = redactKeys(text);
      return findKeyLike(text) !== undefined && keyShapedIn(redacted).length === 0 && redactKeys(redacted) === redacted;
    }),
    { seed: FUZZ_SEED, numRuns: 3_000 },
  );
});

pureTest("invisible characters sprinkled in text that holds no key never make one appear, and are left as they are by the redaction (seeded)", () => {
  const plain = fc.string({ unit: fc.constantFrom("x", "y", "1", " ", "-", "_"), maxLength: 20 });
  fc.assert(
    fc.property(plain, fc.array(invisibleChar, { maxLength: 4 }), (text, chars) => {
      const sprinkled = chars.reduce((t, c, i) => `${t.slice(0, i * 3)}${c}${t.slice(i * 3)}`, text);
      return findKeyLike(sprinkled) === undefined && redactKeys(sprinkled) === sprinkled;
    }),
    { seed: FUZZ_SEED, numRuns: 2_000 },
  );
});

test("a name Object.prototype has is only a name: an unknown prop, with the library's own error (seeded)", () => {
  fc.assert(
    fc.property(prototypeName, (name) => {
      const s = stack();
      const props = Object.defineProperty(
        materialize({ apiKey: { source: "variable-token" }, model: { kind: "snapshot", id: "sonic-3-2026-01-12" } }, s),
        name,
        {
          value: "x",
          enumerable: true,
        },
      );
      try {
        new CartesiaTtsConnector(s, CONNECTOR_ID, props);
      } catch (err) {
        return (
          err instanceof CartesiaConnectorConfigError && err.problems.length === 1 && err.problems[0].startsWith(`${name}: not a prop of CartesiaTtsConnector`)
        );
      }
      return false;
    }),
    { seed: FUZZ_SEED, numRuns: 50 },
  );
});
