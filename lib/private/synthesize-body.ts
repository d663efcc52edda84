import { type OutputFormatJson } from "../output-format";

/** What the connector's `synthesizeBody` is built from. */
export interface SynthesizeBodyInput {
  /** `model_id`. */
  readonly modelId: string;
  /** `output_format`. */
  readonly outputFormat: OutputFormatJson;
  /** `language` (ISO 639-1), sent only when set. */
  readonly language?: string;
}

/**
 * The body Genesys sends to Cartesia's `/tts/bytes` for every prompt, with the connector's `$voice`
 * and `$text` placeholders. Literal types are kept on purpose: the smoke tool checks this very
 * function's output against Cartesia's SDK request type at compile time (`satisfies`).
 */
export function buildSynthesizeBody(input: SynthesizeBodyInput) {
  const base = {
    voice: { mode: "id", id: "$voice" },
    model_id: input.modelId,
    transcript: "$text",
    output_format: { ...input.outputFormat },
  } as const;
  return input.language === undefined ? base : { ...base, language: input.language };
}
