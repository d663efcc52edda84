import { RECOMMENDED_MODEL } from "../../../lib/private/model-catalog";
import { describeError, diagnose, namedFields, parseCartesiaError, TROUBLESHOOTING_ROWS, type SentRequestContext } from "../../../tools/smoke/error-mapping";

const VOICE = "11111111-aaaa-4bbb-8ccc-000000000001";
const BODY = {
  model_id: "sonic-3-2026-01-12",
  transcript: "Hello",
  voice: { mode: "id", id: VOICE },
  output_format: { container: "raw", encoding: "pcm_s16le", sample_rate: 8000 },
};
const SENT: SentRequestContext = {
  kind: "synthesis",
  body: BODY,
  cartesiaVersion: "2026-03-01",
  keyOrigin: "$TF_VAR_cartesia_api_key",
  keyVariable: "cartesia_api_key",
};

function json(status: number, error_code: string | null, title: string, message: string) {
  return parseCartesiaError(status, JSON.stringify({ error_code, title, message, request_id: "550e8400-e29b-41d4-a716-446655440000" }));
}

describe("reading Cartesia's error answers", () => {
  test("the JSON object of API version 2026-03-01", () => {
    expect(json(429, "concurrency_limited", "Too many concurrent requests", "You have exceeded your plan's concurrency limit.")).toEqual({
      status: 429,
      errorCode: "concurrency_limited",
      title: "Too many concurrent requests",
      message: "You have exceeded your plan's concurrency limit.",
      requestId: "550e8400-e29b-41d4-a716-446655440000",
      docUrl: undefined,
      structured: true,
    });
  });

  test("plain text of older versions, other JSON, and nothing", () => {
    expect(parseCartesiaError(401, "Unauthorized: You must be logged in to access this endpoint")).toEqual({
      status: 401,
      title: "Unauthorized",
      message: "You must be logged in to access this endpoint",
      structured: false,
    });
    expect(parseCartesiaError(400, '{"error":"bad things"}')).toMatchObject({ message: "bad things", structured: false });
    expect(parseCartesiaError(502, "")).toEqual({ status: 502, message: undefined, structured: false });
  });

  test("describeError keeps Cartesia's words and ids", () => {
    expect(describeError(json(402, "quota_exceeded", "Quota exceeded", "Out of credits."))).toBe(
      "402 Quota exceeded: Out of credits. (error_code quota_exceeded, request_id 550e8400-e29b-41d4-a716-446655440000)",
    );
  });
});

describe("each row of the guide's troubleshooting table", () => {
  test("the table is the guide's, word for word", () => {
    expect(TROUBLESHOOTING_ROWS.map((r) => [r.genesysShows, r.meaning])).toEqual([
      ["You must be logged in to access this endpoint", "the X-Api-Key credential is incorrect"],
      ["Invalid Cartesia-Version header", "the Cartesia-Version credential is incorrect"],
      ["quota_exceeded", "you need to upgrade your Cartesia subscription"],
      ["Your request was invalid", "something is wrong with Configuration > Properties or Configuration > Advanced"],
    ]);
  });

  test("401: the X-Api-Key is wrong, and where the key came from", () => {
    const diagnosis = diagnose(json(401, null, "Unauthorized", "You must be logged in to access this endpoint."), SENT);
    expect(diagnosis.row).toBe("api-key");
    expect(diagnosis.fix).toEqual([
      "The key from $TF_VAR_cartesia_api_key was refused. Put a standard key from play.cartesia.ai/keys in the X-Api-Key credential field (sk_car_..., not an admin key sk_car_admin_...); deploy it with TF_VAR_cartesia_api_key.",
    ]);
  });

  test("401 as plain text (API version 2025-04-16), and 403 for an admin key, are the same row", () => {
    expect(diagnose(parseCartesiaError(401, "Unauthorized: You must be logged in to access this endpoint"), SENT).row).toBe("api-key");
    expect(diagnose(json(403, null, "Forbidden", "Admin API keys cannot call this endpoint."), SENT).row).toBe("api-key");
    expect(diagnose(json(403, null, "Forbidden", "Not allowed."), SENT).row).toBe("invalid-request");
  });

  test("a bad version header: Cartesia-Version is wrong", () => {
    const diagnosis = diagnose(json(400, null, "Invalid Cartesia-Version header", "Unsupported."), { ...SENT, cartesiaVersion: "2025-01-01" });
    expect(diagnosis.row).toBe("cartesia-version");
    expect(diagnosis.guide?.genesysShows).toBe("Invalid Cartesia-Version header");
    expect(diagnosis.fix).toEqual([
      'Cartesia-Version "2025-01-01" was refused. Put a version Cartesia documents in the Cartesia-Version credential field (the construct\'s cartesiaVersion prop), such as the guide\'s "2026-03-01"; known: 2024-06-10, 2024-11-13, 2025-04-16, 2026-03-01, 2026-08-14.',
    ]);
  });

  test.each<[string, ReturnType<typeof json>]>([
    ["402 quota_exceeded", json(402, "quota_exceeded", "Quota exceeded", "No credits left.")],
    ["a quota code on another status", json(403, "quota_exceeded", "Forbidden", "Upgrade.")],
    ["429 concurrency_limited", json(429, "concurrency_limited", "Too many concurrent requests", "You have exceeded your plan's concurrency limit.")],
  ])("%s: upgrade the plan", (_name, error) => {
    const diagnosis = diagnose(error, SENT);
    expect(diagnosis.row).toBe("plan");
    expect(diagnosis.fix[0].startsWith("Your Cartesia plan refused the request: upgrade the subscription at play.cartesia.ai/subscription")).toBe(true);
  });

  test("the concurrency limit says why busy hours need more", () => {
    expect(diagnose(json(429, "concurrency_limited", "Too many concurrent requests", "You have exceeded your plan's concurrency limit."), SENT).fix).toEqual([
      "Your Cartesia plan refused the request: upgrade the subscription at play.cartesia.ai/subscription (the plan's concurrency limit: Genesys sends one request per prompt being played, so busy hours need more).",
    ]);
  });

  test("model_sunsetted, in the shape Cartesia's API Changes page shows: the model, and a current one to use", () => {
    // Status aside, the body is the page's example answer; the code alone decides the row.
    const error = json(400, "model_sunsetted", "Model sunsetted", "The requested model has been sunsetted and is no longer available.");
    const diagnosis = diagnose(error, { ...SENT, body: { ...BODY, model_id: "sonic-english" } });
    expect(diagnosis.row).toBe("invalid-request");
    expect(diagnosis.fields).toEqual(["model_id"]);
    expect(diagnosis.fix).toEqual([
      `model_id: Cartesia no longer serves "sonic-english" (it has been sunsetted). Configuration > Advanced: set synthesizeBody.model_id to a current model (the construct's model prop), e.g. "${RECOMMENDED_MODEL.id}".`,
    ]);
    expect(diagnose(parseCartesiaError(410, JSON.stringify({ error_code: "model_sunsetted" })), SENT).fields).toEqual(["model_id"]);
  });

  test("400 naming a field of the body: that field, and where to change it", () => {
    const diagnosis = diagnose(json(400, "invalid_request", "Invalid request", "output_format.sample_rate 7000 is not supported."), {
      ...SENT,
      body: { ...BODY, output_format: { container: "raw", encoding: "pcm_s16le", sample_rate: 7000 } },
    });
    expect(diagnosis.row).toBe("invalid-request");
    expect(diagnosis.fields).toEqual(["output_format.sample_rate"]);
    expect(diagnosis.fix).toEqual([
      "output_format.sample_rate: Configuration > Advanced: synthesizeBody.output_format.sample_rate is 7000; see Cartesia's output-format matrix (the construct's outputFormat prop).",
    ]);
  });

  test("404 for a voice: the voice id was refused", () => {
    const diagnosis = diagnose(json(404, "not_found", "Not Found", `Voice ${VOICE} not found.`), SENT);
    expect(diagnosis.fields).toEqual(["voice.id"]);
    expect(diagnosis.fix).toEqual([`voice.id: the voice ("$voice", here "${VOICE}") was refused: pick a voice id from the voice list of this key.`]);
  });

  test("400 that names no field: the local contract check names it", () => {
    const diagnosis = diagnose(json(400, null, "Bad Request", "Your request was invalid."), { ...SENT, body: { ...BODY, transcript: "" } });
    expect(diagnosis.fields).toEqual(["transcript"]);
    expect(diagnosis.fix).toEqual([
      'transcript: the text ("$text", here "") was refused; Genesys sends each prompt\'s text there.',
      'contract check: transcript: got ""; required, the text to speak ("$text" in synthesizeBody).',
    ]);
  });

  test("400 that names nothing, on a body the contract accepts: compare with the guide", () => {
    expect(diagnose(json(400, null, "Bad Request", "Your request was invalid."), SENT).fix).toEqual([
      "Cartesia did not say which field: compare Configuration > Advanced (synthesizeBody) with the guide's, field by field.",
    ]);
  });

  test("404 on a route, 405 on a method: the Properties are wrong", () => {
    expect(diagnose(json(404, "not_found", "Not Found", "No route for /tts/byte."), SENT).fix).toEqual([
      'Configuration > Properties: "Synthesize Text URI" (ttsConnectorSynthesizeURI) names no Cartesia endpoint; the guide\'s are https://api.cartesia.ai/tts/bytes and https://api.cartesia.ai/voices/export.',
    ]);
    expect(diagnose(json(404, "not_found", "Not Found", "No route."), { ...SENT, kind: "voices" }).fix[0]).toContain(
      '"List Voices URI" (ttsConnectorVoicesURI)',
    );
    expect(diagnose(json(405, null, "Method Not Allowed", "Use POST."), SENT).fix).toEqual([
      'Configuration > Properties: "Synthesize Text Request Method" must be "post".',
    ]);
  });

  test("what the table does not cover: server errors and plain rate limits", () => {
    const server = diagnose(json(503, null, "Service Unavailable", "Try later."), SENT);
    expect(server.row).toBe("other");
    expect(server.guide).toBeUndefined();
    expect(server.fix).toEqual(["Cartesia failed on its side: retry later (status.cartesia.ai). Genesys falls back to its base TTS engine while this lasts."]);
    expect(diagnose(json(429, "rate_limited", "Too many requests", "Slow down."), SENT).fix).toEqual([
      "Cartesia is rate-limiting this key: wait and retry; if it persists at normal load, look at the plan's limits.",
    ]);
  });
});

test.each<[string, string[]]>([
  ["output_format.sample_rate 7000 is not supported", ["output_format.sample_rate"]],
  ["invalid sample_rate for mp3, and bit_rate missing", ["output_format.sample_rate", "output_format.bit_rate"]],
  ["output_format is required", ["output_format"]],
  ["model_id sonic-9 is not a model", ["model_id"]],
  ["Voice abc not found", ["voice.id"]],
  ["transcript must not be empty", ["transcript"]],
  ["language and locale are exclusive", ["language", "locale"]],
  ["generation_config.speed must be between 0.6 and 1.5", ["generation_config.speed"]],
  ["request_id 123 failed", []],
])("namedFields(%j)", (text, fields) => {
  expect(namedFields(text)).toEqual(fields);
});
