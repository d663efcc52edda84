import { Emotion, type ConnectorSettings, type GenerationConfig } from "../cartesia-tts-connector-props";
import { outputFormatJson } from "../output-format";
import { describeValue } from "./describe-value";

/**
 * Cartesia's `/tts/bytes` body, the one place that maps the optional props to its fields: built from the
 * validated settings (the construct), read back into props (`adopt`), and the value ranges of what the
 * props set (the props check and smoke's contract). A new body prop is added here, in the props file and
 * in the props table (lib/private/connector-props.ts); the commands follow.
 */

/**
 * The body Genesys sends for every prompt, with the connector's `$voice` and `$text` placeholders, from
 * the validated settings. Literal types are kept on purpose: the smoke tool checks this function's output
 * against Cartesia's SDK request type at compile time (`satisfies`).
 */
export function buildSynthesizeBody(settings: Pick<ConnectorSettings, "model" | "outputFormat" | "language" | "generationConfig">) {
  const { language, generationConfig: g } = settings;
  return {
    voice: { mode: "id", id: "$voice" },
    model_id: settings.model.id,
    transcript: "$text",
    output_format: outputFormatJson(settings.outputFormat),
    ...(language === undefined ? {} : { language }),
    ...(g === undefined
      ? {}
      : {
          generation_config: {
            ...(g.speed === undefined ? {} : { speed: g.speed }),
            ...(g.volume === undefined ? {} : { volume: g.volume }),
            ...(g.emotion === undefined ? {} : { emotion: g.emotion.name }),
          },
        }),
  } as const;
}

/** One optional prop a body sets, read back: the prop, the body field it came from, its value. */
export interface BodyProp {
  readonly prop: "language" | "generationConfig";
  readonly field: string;
  readonly value: unknown;
}

/** What a body's optional fields say as props, and why a field says nothing the construct can keep. */
export interface BodyProps {
  readonly props: readonly BodyProp[];
  /** By body field: why it is not read as a prop. */
  readonly unread: Readonly<Record<string, string>>;
}

/**
 * The optional props a body sets (`model_id` and `output_format` are adopt's own choice): each as the
 * construct would take it, to be checked by the construct. A `generation_config` keeps its speed, volume
 * and emotion (a name becomes an `Emotion`); other fields of it are not read.
 */
export function readBodyProps(body: Readonly<Record<string, unknown>>): BodyProps {
  const props: BodyProp[] = [];
  const unread: Record<string, string> = {};
  if (body.language !== undefined && body.language !== null) props.push({ prop: "language", field: "language", value: body.language });
  const g = body.generation_config;
  if (g !== undefined) {
    if (g === null || typeof g !== "object" || Array.isArray(g)) unread.generation_config = "generation_config is not an object";
    else {
      const { speed, volume, emotion } = g as Record<string, unknown>;
      const config = {
        ...(speed === undefined ? {} : { speed }),
        ...(volume === undefined ? {} : { volume }),
        ...(emotion === undefined ? {} : { emotion: typeof emotion === "string" ? Emotion.of(emotion) : emotion }),
      } as GenerationConfig;
      if (Object.keys(config).length === 0) unread.generation_config = "generation_config sets none of speed, volume and emotion";
      else props.push({ prop: "generationConfig", field: "generation_config", value: config });
    }
  }
  return { props, unread };
}

/**
 * Cartesia's ranges for `generation_config`'s `speed` and `volume` (`GenerationConfig` in
 * `@cartesia/cartesia-js`: "Valid values are between [0.6, 1.5] inclusive" and "[0.5, 2.0]").
 */
export const GENERATION_RANGES: Readonly<Record<"speed" | "volume", readonly [number, number]>> = { speed: [0.6, 1.5], volume: [0.5, 2.0] };

/** The ranged fields of a generation config that are given but not a number within Cartesia's range. */
export function outOfRange(given: Readonly<Record<string, unknown>>): { field: string; value: unknown; min: number; max: number }[] {
  return Object.entries(GENERATION_RANGES).flatMap(([field, [min, max]]) => {
    const value = given[field];
    return value !== undefined && !(typeof value === "number" && value >= min && value <= max) ? [{ field, value, min, max }] : [];
  });
}

/**
 * What Cartesia refuses in the values of a body's optional fields, worded by the body's field names (the
 * props check words the same ranges by prop): smoke's contract, for a body as Genesys holds it.
 */
export function bodyValueProblems(body: Readonly<Record<string, unknown>>): string[] {
  const config = body.generation_config;
  if (config === undefined) return [];
  if (config === null || typeof config !== "object" || Array.isArray(config)) return [`generation_config: got ${describeValue(config)}; expected an object.`];
  const given = config as Record<string, unknown>;
  const problems = outOfRange(given).map(({ field, value, min, max }) => `generation_config.${field}: got ${describeValue(value)}; allowed ${min} to ${max}.`);
  if (given.emotion !== undefined && typeof given.emotion !== "string") {
    problems.push(`generation_config.emotion: got ${describeValue(given.emotion)}; expected a string such as "neutral".`);
  }
  return problems;
}
