// Verdicts are kept by object (`once`) and by value (`byValue`): a cached verdict must be the one the
// check would give, for every connector that asks, and a change in what the check reads must miss.
import { CartesiaApiKey, CartesiaModel } from "../../lib";
import { validateConnectorProps } from "../../lib/private/validate-props";
import { byValue, errorsOnly, NO_PROBLEMS } from "../../lib/private/verdict";

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
      const verdict = validateConnectorProps({ apiKey, model: CartesiaModel.alias("sonic-latest") }, "2026-01-01");
      expect(verdict.errors).toEqual([]);
      expect(verdict.warnings).toEqual([expect.stringContaining('model: "sonic-latest" is an alias')]);
    }
  });

  test("the same id as a snapshot and as an alias are checked apart", () => {
    expect(validateConnectorProps({ apiKey, model: CartesiaModel.alias("sonic-3-2026-01-12") }, "2026-01-01").errors).toEqual([
      expect.stringContaining("model: got alias"),
    ]);
    expect(validateConnectorProps({ apiKey, model: CartesiaModel.snapshot("sonic-3-2026-01-12") }, "2026-01-01").errors).toEqual([]);
  });

  test("a new day is checked anew: a sunset announced is a warning before its date and an error after", () => {
    const before = validateConnectorProps({ apiKey, model: CartesiaModel.snapshot("sonic-2-2025-06-11") }, "2026-10-19");
    expect(before.errors).toEqual([]);
    expect(before.warnings).toEqual([expect.stringContaining("will be sunset on 2026-10-20")]);
    const after = validateConnectorProps({ apiKey, model: CartesiaModel.snapshot("sonic-2-2025-06-11") }, "2026-10-20");
    expect(after.errors).toEqual([expect.stringContaining("was sunset on 2026-10-20")]);
  });

  test("a model whose id is not a string is still refused (and not kept)", () => {
    const odd = CartesiaModel.snapshot(42 as never);
    expect(validateConnectorProps({ apiKey, model: odd }, "2026-01-01").errors).toEqual(['model: got 42; expected a model id such as "sonic-3-2026-01-12".']);
  });
});

test("cartesiaVersion checked by value: each connector with an undocumented version is warned", () => {
  for (let i = 0; i < 2; i++) {
    expect(validateConnectorProps({ apiKey, model: CartesiaModel.SONIC_3_2026_01_12, cartesiaVersion: "2025-01-01" }, "2026-01-01").warnings).toEqual([
      expect.stringContaining('cartesiaVersion: "2025-01-01" is not an API version Cartesia documents'),
    ]);
  }
  expect(validateConnectorProps({ apiKey, model: CartesiaModel.SONIC_3_2026_01_12, cartesiaVersion: "2025-02-30" }, "2026-01-01").errors).toEqual([
    expect.stringContaining('cartesiaVersion: got "2025-02-30"'),
  ]);
});
