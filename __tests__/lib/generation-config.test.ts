// generationConfig end to end: the Emotion constants against the installed SDK's `Emotion` union (read with
// the TypeScript compiler API), every problem at once in the library's message style, the warnings, the body.
import * as fs from "node:fs";
import * as path from "node:path";
import {
  CartesiaApiKey,
  CartesiaConnectorConfigError,
  CartesiaModel,
  CartesiaTtsConnector,
  type CartesiaTtsConnectorProps,
  Emotion,
  type GenerationConfig,
} from "../../lib";
import { GENERATION_RANGES } from "../../lib/private/synthesize-body";
import { MODEL_CATALOG, RECOMMENDED_MODEL } from "../../lib/private/model-catalog";
import { newStack, warningsOf } from "../support/helpers";
import { CARTESIA_TTS_DTS, identifiers, ROOT, sources, unionMembers } from "../support/source-text";

const RECOMMENDED_CONSTANT = Object.entries(CartesiaModel).find(([, m]) => m instanceof CartesiaModel && m.id === RECOMMENDED_MODEL.id)![0];

/** The string-literal members of the SDK's `Emotion` union, in its order. */
function sdkEmotions(): string[] {
  return unionMembers(CARTESIA_TTS_DTS, "Emotion");
}

/** The SDK's `GenerationConfig` doc comments' "between [min, max]" for speed and volume. */
function sdkRanges(): Record<string, [number, number]> {
  const text = fs.readFileSync(CARTESIA_TTS_DTS, "utf8");
  const block = text.slice(text.indexOf("export interface GenerationConfig {"), text.indexOf("}", text.indexOf("export interface GenerationConfig {")));
  const ranges: Record<string, [number, number]> = {};
  for (const m of block.matchAll(/Valid values are between \[([\d.]+), ([\d.]+)\] inclusive\.\s*\*\/\s*(\w+)\?/g)) ranges[m[3]] = [Number(m[1]), Number(m[2])];
  return ranges;
}

function outcome(generationConfig: unknown, more: Partial<CartesiaTtsConnectorProps> = {}): { errors: readonly string[]; warnings: string[]; body?: unknown } {
  const stack = newStack();
  let connector: CartesiaTtsConnector;
  try {
    connector = new CartesiaTtsConnector(stack, "c", {
      apiKey: CartesiaApiKey.fromToken("${var.cartesia_api_key}"),
      model: CartesiaModel.snapshot(RECOMMENDED_MODEL.id),
      generationConfig: generationConfig as GenerationConfig,
      ...more,
    });
  } catch (error) {
    if (!(error instanceof CartesiaConnectorConfigError)) throw error;
    return { errors: error.problems, warnings: [] };
  }
  const warnings = warningsOf(stack);
  return { errors: [], warnings, body: connector.config.advanced.synthesizeBody };
}

describe("Cartesia's SDK", () => {
  test("Emotion.ALL is the SDK's Emotion union, in its order, each constant named after its emotion", () => {
    const union = sdkEmotions();
    expect(union.length).toBeGreaterThan(0);
    expect(Emotion.ALL.map((e) => e.name)).toEqual(union);
    for (const name of union) expect((Emotion as unknown as Record<string, Emotion>)[name.toUpperCase()]).toBe(Emotion.of(name));
  });

  test("the ranges the library checks are the SDK's GenerationConfig ranges", () => {
    expect(sdkRanges()).toEqual({ speed: [...GENERATION_RANGES.speed], volume: [...GENERATION_RANGES.volume] });
  });
});

describe("generationConfig", () => {
  test("the bounds are accepted and sent; only the given fields are sent", () => {
    expect(outcome({ speed: 0.6, volume: 2, emotion: Emotion.CALM })).toEqual({
      errors: [],
      warnings: [],
      body: expect.objectContaining({ generation_config: { speed: 0.6, volume: 2, emotion: "calm" } }),
    });
    expect(outcome({ volume: 0.5 }).body).toMatchObject({ generation_config: { volume: 0.5 } });
    expect(outcome({}).body).not.toHaveProperty("generation_config");
  });

  test("every problem at once, each naming the field, the value and what is allowed", () => {
    expect(outcome({ speed: 1.6, volume: "loud", emotion: "calm", pitch: 2 }).errors).toEqual([
      "generationConfig.pitch: not a field; allowed: speed, volume, emotion.",
      "generationConfig.speed: got 1.6; allowed: a number from 0.6 to 1.5 (1 is the voice's own speed).",
      `generationConfig.volume: got "loud"; allowed: a number from 0.5 to 2.0 (1 is the voice's own volume).`,
      `generationConfig.emotion: got "calm" (a plain string: wrap it, Emotion.of("calm")); expected an Emotion, such as Emotion.CALM or Emotion.of("calm"), whose name is lower-case letters.`,
    ]);
    expect(outcome({ sped: 1 }).errors).toEqual(["generationConfig.sped: not a field (did you mean speed?); allowed: speed, volume, emotion."]);
    expect(outcome(Emotion.CALM).errors).toEqual([
      "generationConfig: got an object (Emotion); expected an object with any of speed, volume, emotion, such as { speed: 1.1, emotion: Emotion.CALM }.",
    ]);
    expect(outcome({ emotion: Emotion.of("Calm!") }).errors).toEqual([
      `generationConfig.emotion: got "Calm!"; expected an Emotion, such as Emotion.CALM or Emotion.of("calm"), whose name is lower-case letters.`,
    ]);
  });

  test("an emotion the SDK does not name is sent, with a warning (Cartesia may accept it)", () => {
    const r = outcome({ emotion: Emotion.of("whispering") });
    expect(r.warnings).toEqual([
      `generationConfig.emotion: "whispering" is not an emotion Cartesia's SDK names; it is sent as given. The primary ones: neutral, calm, angry, content, sad, scared.`,
    ]);
    expect(r.body).toMatchObject({ generation_config: { emotion: "whispering" } });
    expect(outcome({ emotion: Emotion.of("calmm") }).warnings[0]).toContain("(did you mean Emotion.CALM?)");
  });

  test.each(MODEL_CATALOG.filter((m) => m.status.kind === "partly-sunsetted").map((m) => m.id))(
    "with %s (before sonic-3) it warns that it has no effect",
    (id) => {
      const model = /\d{4}-\d{2}-\d{2}$/.test(id) ? CartesiaModel.snapshot(id) : CartesiaModel.alias(id);
      expect(outcome({ speed: 1.2 }, { model }).warnings.filter((w) => w.startsWith("generationConfig"))).toEqual([
        `generationConfig: has no effect with model "${id}": Cartesia applies generation_config to Sonic 3 models only; use CartesiaModel.${RECOMMENDED_CONSTANT} or drop generationConfig.`,
      ]);
    },
  );

  test("every sonic-3 family model of the catalog takes it without a warning", () => {
    const family = MODEL_CATALOG.filter((m) => m.status.kind === "current");
    expect(family.length).toBeGreaterThan(0);
    for (const { id } of family) {
      const model = /\d{4}-\d{2}-\d{2}$/.test(id) ? CartesiaModel.snapshot(id) : CartesiaModel.alias(id);
      expect([id, outcome({ speed: 1.2 }, { model }).warnings.filter((w) => w.startsWith("generationConfig"))]).toEqual([id, []]);
    }
  });
});

test("the prop is written in four source files under lib/ and tools/: the props, the props table, the body and the catalog's sonic-3 test", () => {
  // Its own names: the prop, its types, its ranges and the model test. The commands (review, smoke, adopt)
  // follow the table and the body without naming it.
  const names = ["generationConfig", "GenerationConfig", "Emotion", "GENERATION_RANGES", "outOfRange", "predatesSonic3"];
  const naming = [...sources("lib"), ...sources("tools")].filter((f) => {
    const named = identifiers(path.join(ROOT, f));
    return names.some((name) => named.has(name));
  });
  expect(naming.sort()).toEqual([
    "lib/cartesia-tts-connector-props.ts",
    "lib/private/connector-props.ts",
    "lib/private/model-catalog.ts",
    "lib/private/synthesize-body.ts",
  ]);
});
