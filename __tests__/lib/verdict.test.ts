// Every connector gets the verdict its own props earn: whether it shares a model, format or key object with
// others or has its own, and whatever the connectors before it were given.
import { CartesiaApiKey, CartesiaModel } from "../../lib";
import { validateConnectorProps } from "../../lib/private/validate-props";
import { errorsOnly, NO_PROBLEMS } from "../../lib/private/verdict";
import { RECOMMENDED_MODEL } from "../../lib/private/model-catalog";

const apiKey = CartesiaApiKey.fromToken("${var.cartesia_api_key}");

test("a verdict without problems is the shared empty one, which cannot be changed", () => {
  expect(errorsOnly([])).toBe(NO_PROBLEMS);
  expect(errorsOnly(["x"]).errors).toEqual(["x"]);
  expect(Object.isFrozen(NO_PROBLEMS.errors) && Object.isFrozen(NO_PROBLEMS.warnings)).toBe(true);
});

describe("models", () => {
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

  test("whether a language is sent counts: a partly sunsetted model warns only without one", () => {
    const model = () => CartesiaModel.snapshot("sonic-2-2025-06-11");
    expect(validateConnectorProps({ apiKey, model: model() }).warnings).toEqual([expect.stringContaining("serves only en, de, es, fr, ja, ko, pt, zh")]);
    expect(validateConnectorProps({ apiKey, model: model(), language: "en" }).warnings).toEqual([]);
    expect(validateConnectorProps({ apiKey, model: model() }).warnings).toHaveLength(1);
  });

  test("a model whose id is not a string is refused", () => {
    const odd = CartesiaModel.snapshot(42 as never);
    expect(validateConnectorProps({ apiKey, model: odd }).errors).toEqual([`model: got 42; expected a model id such as "${RECOMMENDED_MODEL.id}".`]);
  });
});

test("each connector with an undocumented cartesiaVersion is warned, and an impossible date refused", () => {
  for (let i = 0; i < 2; i++) {
    expect(validateConnectorProps({ apiKey, model: CartesiaModel.SONIC_3_2026_01_12, cartesiaVersion: "2025-01-01" }).warnings).toEqual([
      expect.stringContaining('cartesiaVersion: "2025-01-01" is not an API version Cartesia documents'),
    ]);
  }
  expect(validateConnectorProps({ apiKey, model: CartesiaModel.SONIC_3_2026_01_12, cartesiaVersion: "2025-02-30" }).errors).toEqual([
    expect.stringContaining('cartesiaVersion: got "2025-02-30"'),
  ]);
});
