/**
 * The guide's values (Cartesia's "Genesys + Cartesia Sonic",
 * https://docs.cartesia.ai/integrations/community/genesys-tts-connector), transcribed from its
 * tables, keyed as the connector stores them. Tests compare synthesized output with these.
 */
export const GUIDE_PROPERTIES = {
  ttsConnectorSynthesizeURI: "https://api.cartesia.ai/tts/bytes",
  ttsConnectorVoicesURI: "https://api.cartesia.ai/voices/export",
  ttsConnectorSynthesizeMethod: "post",
  voicesAttribute: "data",
  voiceNameAttribute: "name",
  voiceIdAttribute: "id",
  voiceLanguageAttribute: "language",
  voiceGenderAttribute: "gender",
  isPciCompliant: true,
};

/** The guide's advanced JSON, as pasted in its step "Set the advanced JSON configuration". */
export const GUIDE_ADVANCED = {
  synthesizeBody: {
    voice: { mode: "id", id: "$voice" },
    model_id: "sonic-latest",
    transcript: "$text",
    output_format: { container: "raw", encoding: "pcm_s16le", sample_rate: 8000 },
  },
};
