// Verdicts are kept by object (`once`) and by value (`byValue`): a cached verdict must be the one the
// check would give, for every connector that asks, and a change in what the check reads must miss.
import { CartesiaApiKey, CartesiaModel } from "../../lib";
import { validateConnectorProps } from "../../lib/private/validate-props";
import { byValue, errorsOnly, NO_PROBLEMS } from "../../lib/private/verdict";
import { RECOMMENDED_MODEL } from "../../lib/private/model-catalog";

const apiKey = CartesiaApiKey.fromToken("${var.cartesia_api_key}");

describe("byValue", () => {
  test("computes once per key, and again for another key", () => {
    const cache = new Map<string, string[]>();
    let calls = 0;
    const check = (key: string) => byValue(cache, key, () => (calls++, [key]));
    expect(check("a")).toEqual(["a"]);
    expect(check("a")).toEqual(["a"]);
    expect(check("b")).toEqual(["b"]);
    expect(calls).toBe(2);
  });

  test("keeps a bounded number of values, and stays right past the bound", () => {
    const cache = new Map<string, string>();
    for (let i = 0; i < 1000; i++) expect(byValue(cache, `k${i}`, () => `v${i}`)).toBe(`v${i}`);
    expect(cache.size).toBeLessThanOrEqual(256);
    expect(byValue(cache, "k3", () => "recomputed")).toBe("recomputed");
  });
});

test("a verdict without problems is the shared empty one, which cannot be changed", () => {
  expect(errorsOnly([])).toBe(NO_PROBLEMS);
  expect(errorsOnly(["x"]).errors).toEqual(["x"]);
  expect(Object.isFrozen(NO_PROBLEMS.errors) && Object.isFrozen(NO_PROBLEMS.warnings)).toBe(true);
});

describe("models checked by value", () => {
  test("each connector with its own alias object gets the alias warning", () => {
    for (let i = 0; i < 3; i++) {
      const verdict = validateConnectorProps({ apiKey, model: CartesiaModel.alias("sonic-latest") });
      expect(verdict.errors).toEqual([]);
      expect(verdict.warnings).toEqual([expect.stringContaining('model: "sonic-latest" is an alias')]);
    }
  });

  test("the same id as a snapshot and as an alias are checked apart", () => {
    expect(validateConnectorProps({ apiKey, model: CartesiaModel.alias("sonic-3-2026-01-12") }).warnings).toEqual([
      'model: "sonic-3-2026-01-12" is a dated snapshot, not an alias: declare it with CartesiaModel.snapshot("sonic-3-2026-01-12").',
    ]);
    expect(validateConnectorProps({ apiKey, model: CartesiaModel.snapshot("sonic-3-2026-01-12") }).warnings).toEqual([]);
  });

  test("whether a language is sent is part of the key: a partly sunsetted model warns only without one", () => {
    const model = () => CartesiaModel.snapshot("sonic-2-2025-06-11");
    expect(validateConnectorProps({ apiKey, model: model() }).warnings).toEqual([expect.stringContaining("serves only en, de, es, fr, ja, ko, pt, zh")]);
    expect(validateConnectorProps({ apiKey, model: model(), language: "en" }).warnings).toEqual([]);
    expect(validateConnectorProps({ apiKey, model: model() }).warnings).toHaveLength(1);
  });

  test("a model whose id is not a string is still refused (and not kept)", () => {
    const odd = CartesiaModel.snapshot(42 as never);
    expect(validateConnectorProps({ apiKey, model: odd }).errors).toEqual([`model: got 42; expected a model id such as "${RECOMMENDED_MODEL.id}".`]);
  });
});

test("cartesiaVersion checked by value: each connector with an undocumented version is warned", () => {
  for (let i = 0; i < 2; i++) {
    expect(validateConnectorProps({ apiKey, model: CartesiaModel.SONIC_3_2026_01_12, cartesiaVersion: "2025-01-01" }).warnings).toEqual([
      expect.stringContaining('cartesiaVersion: "2025-01-01" is not an API version Cartesia documents'),
    ]);
  }
  expect(validateConnectorProps({ apiKey, model: CartesiaModel.SONIC_3_2026_01_12, cartesiaVersion: "2025-02-30" }).errors).toEqual([
    expect.stringContaining('cartesiaVersion: got "2025-02-30"'),
  ]);
});
