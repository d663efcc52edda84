import type { ConnectorSettings } from "../cartesia-tts-connector-props";
import { outputFormatJson } from "../output-format";

/**
 * The body Genesys sends to Cartesia's `/tts/bytes` for every prompt, with the connector's `$voice`
 * and `$text` placeholders, from the validated settings. Literal types are kept on purpose: the smoke
 * tool checks this function's output against Cartesia's SDK request type at compile time (`satisfies`).
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
