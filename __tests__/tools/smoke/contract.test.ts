import { execFile } from "node:child_process";
import * as path from "node:path";
import { promisify } from "node:util";
import { buildConnectorConfig, CartesiaApiKey, CartesiaModel, Emotion, OutputFormat, type OutputFormatJson } from "../../../lib";
import { validateConnectorProps } from "../../../lib/private/validate-props";
import { MP3_BIT_RATES, PCM_ENCODINGS, SAMPLE_RATES } from "../../../lib/output-format";
import { CATALOG_READ_ON, MODEL_CATALOG, RECOMMENDED_MODEL } from "../../../lib/private/model-catalog";

const AS_READ = `Cartesia's models as this library read them on ${CATALOG_READ_ON}`;
import { declaredFormat, isCartesiaTtsRequest, renderTypedBody, synthesisBodyVerdict, synthesisRequestVerdict } from "../../../tools/smoke/cartesia-contract";

const VOICE = "11111111-aaaa-4bbb-8ccc-000000000001";

/** Every format Cartesia's matrix allows: 2 PCM containers x 4 encodings x 6 rates, mp3 x 6 rates x 5 bit rates. */
const ALL_FORMATS: OutputFormatJson[] = [
  ...(["raw", "wav"] as const).flatMap((container) =>
    PCM_ENCODINGS.flatMap((encoding) => SAMPLE_RATES.map((sample_rate) => ({ container, encoding, sample_rate }))),
  ),
  ...SAMPLE_RATES.flatMap((sample_rate) => MP3_BIT_RATES.map((bit_rate) => ({ container: "mp3" as const, sample_rate, bit_rate }))),
];

/** The OutputFormat whose `output_format` is this. */
function formatOf(json: OutputFormatJson): OutputFormat {
  return json.container === "mp3"
    ? OutputFormat.mp3({ sampleRate: json.sample_rate, bitRate: json.bit_rate })
    : OutputFormat[json.container]({ encoding: json.encoding, sampleRate: json.sample_rate });
}

function goodBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    model_id: "sonic-3-2026-01-12",
    transcript: "Hello",
    voice: { mode: "id", id: VOICE },
    output_format: { container: "raw", encoding: "pcm_s16le", sample_rate: 8000 },
    ...overrides,
  };
}

describe("the construct's own body, type-checked against the SDK, also passes the run-time contract", () => {
  test.each([
    [undefined, undefined],
    ["fr", { speed: 1.5, volume: 0.5, emotion: Emotion.SERENE }],
  ])("for all 78 formats of the matrix (language %s, generationConfig %o)", (language, generationConfig) => {
    expect(ALL_FORMATS).toHaveLength(78);
    for (const outputFormat of ALL_FORMATS) {
      const format = formatOf(outputFormat);
      const props = { apiKey: CartesiaApiKey.fromToken("${var.k}"), model: CartesiaModel.SONIC_3_2026_01_12, outputFormat: format, language, generationConfig };
      const fromLib = buildConnectorConfig(validateConnectorProps(props).settings).advanced.synthesizeBody;
      const rendered = renderTypedBody({ model: props.model, outputFormat: format, language, generationConfig }, { text: "Hi", voice: VOICE });
      expect(rendered).toEqual({ ...(fromLib as object), transcript: "Hi", voice: { mode: "id", id: VOICE } });
      expect(synthesisBodyVerdict(rendered)).toEqual({ problems: [], warnings: [] });
    }
  });
});

describe("the body against Cartesia's contract at run time", () => {
  test("the guide's body with a snapshot passes; with sonic-latest it passes with the alias warning", () => {
    expect(synthesisBodyVerdict(goodBody())).toEqual({ problems: [], warnings: [] });
    expect(isCartesiaTtsRequest(goodBody())).toBe(true);
    const alias = synthesisBodyVerdict(goodBody({ model_id: "sonic-latest" }));
    expect(alias.problems).toEqual([]);
    expect(alias.warnings).toEqual([
      `model_id: "sonic-latest" is an alias that Cartesia moves to newer models without notice; pin a dated snapshot for production, e.g. CartesiaModel.snapshot("${RECOMMENDED_MODEL.id}").`,
    ]);
  });

  test.each<[string, Record<string, unknown>, string]>([
    ["no model_id", goodBody({ model_id: undefined }), `model_id: got undefined; required, a model such as "${RECOMMENDED_MODEL.id}".`],
    [
      "a model Cartesia sunsetted",
      goodBody({ model_id: "sonic-english" }),
      `model_id: got "sonic-english", which Cartesia sunsetted on 2026-06-01 (its requests fail with error_code model_sunsetted); use a current model such as "${RECOMMENDED_MODEL.id}" (${AS_READ}).`,
    ],
    [
      "a language Cartesia sunsetted for the model",
      goodBody({ model_id: "sonic-turbo-2025-06-04", language: "tr" }),
      `language: got "tr", which Cartesia stopped serving with "sonic-turbo-2025-06-04" on 2026-06-01; it still serves en, de, es, fr, ja, ko, pt, zh, hi. For "tr", use "${RECOMMENDED_MODEL.id}" (${AS_READ}).`,
    ],
    ["an empty transcript", goodBody({ transcript: "" }), 'transcript: got ""; required, the text to speak ("$text" in synthesizeBody).'],
    ["no voice", goodBody({ voice: undefined }), 'voice: got undefined; required, {"mode":"id","id":"$voice"}.'],
    [
      "an embedding voice",
      goodBody({ voice: { mode: "embedding", id: VOICE } }),
      'voice.mode: got "embedding"; only "id" is accepted (no embeddings in this API version).',
    ],
    ["a voice without id", goodBody({ voice: { mode: "id" } }), 'voice.id: got undefined; required, the voice id ("$voice" in synthesizeBody).'],
    [
      "no output_format",
      goodBody({ output_format: undefined }),
      'output_format: got undefined; required, e.g. {"container":"raw","encoding":"pcm_s16le","sample_rate":8000}.',
    ],
    ["language and locale", goodBody({ language: "en", locale: "en-GB" }), "language and locale: both set; Cartesia takes one or the other."],
    ["a speed out of range", goodBody({ generation_config: { speed: 2 } }), "generation_config.speed: got 2; allowed 0.6 to 1.5."],
    ["a volume out of range", goodBody({ generation_config: { volume: 0.1 } }), "generation_config.volume: got 0.1; allowed 0.5 to 2."],
  ])("%s is a problem", (_name, body, message) => {
    const verdict = synthesisBodyVerdict(JSON.parse(JSON.stringify(body)));
    expect(verdict.problems).toEqual([message]);
    expect(isCartesiaTtsRequest(body)).toBe(false);
  });

  // The matrix is lib's (outputFormatIsSupported); these pin that its messages name the body's snake_case fields.
  test.each<[string, Record<string, unknown>, string[]]>([
    [
      "mp3 with an encoding and no bit rate",
      { container: "mp3", encoding: "pcm_s16le", sample_rate: 8000 },
      ["output_format.encoding:", "output_format.bit_rate: missing"],
    ],
    ["raw at 7000 Hz", { container: "raw", encoding: "pcm_s16le", sample_rate: 7000 }, ["output_format.sample_rate: got 7000"]],
    ["raw with a bit rate", { container: "raw", encoding: "pcm_s16le", sample_rate: 8000, bit_rate: 64000 }, ["output_format.bit_rate: got 64000"]],
    ["a sample rate as a string", { container: "wav", encoding: "pcm_s16le", sample_rate: "8000" }, ['output_format.sample_rate: got "8000"']],
    ["an unknown container", { container: "ogg", sample_rate: 8000 }, ['output_format.container: got "ogg"']],
  ])("output_format: %s", (_name, format, starts) => {
    const { problems } = synthesisBodyVerdict(goodBody({ output_format: format }));
    expect(problems).toHaveLength(starts.length);
    starts.forEach((start, i) => expect(problems[i].startsWith(start)).toBe(true));
    expect(declaredFormat(goodBody({ output_format: format }))).toBeUndefined();
  });

  test("every model Cartesia still serves passes; what the library does not know is a warning, never a problem", () => {
    for (const model of MODEL_CATALOG.filter((m) => m.status.kind !== "sunsetted")) {
      expect([model.id, synthesisBodyVerdict(goodBody({ model_id: model.id, language: "en" })).problems]).toEqual([model.id, []]);
    }
    const unknown = synthesisBodyVerdict(goodBody({ model_id: "sonic-4-2027-01-01" }));
    expect(unknown.problems).toEqual([]);
    expect(unknown.warnings).toEqual([
      expect.stringMatching(/^model_id: "sonic-4-2027-01-01" is a dated snapshot this library does not know; nearest known: /),
    ]);
    const notAModel = synthesisBodyVerdict(goodBody({ model_id: "gpt-4o-mini-tts" }));
    expect(notAModel.problems).toEqual([]);
    expect(notAModel.warnings).toEqual([expect.stringMatching(/^model_id: got "gpt-4o-mini-tts", which is not a Cartesia model id/)]);
  });

  test("unknown fields and long text are warnings, not problems", () => {
    const verdict = synthesisBodyVerdict(goodBody({ transcript: "a".repeat(3001), speeed: 1 }));
    expect(verdict.problems).toEqual([]);
    expect(verdict.warnings).toEqual([
      "transcript: 3001 bytes; Genesys may not play text over about 3000 bytes.",
      "speeed: not a field of Cartesia's request (SDK 4.2); Cartesia may reject or ignore it.",
    ]);
  });
});

describe("the whole request", () => {
  const request = (overrides: { method?: string; headers?: Record<string, string>; body?: string } = {}) => ({
    method: "POST",
    url: "https://api.cartesia.ai/tts/bytes",
    headers: { "X-Api-Key": "k", "Cartesia-Version": "2026-03-01", "Content-Type": "application/json" },
    body: JSON.stringify(goodBody()),
    json: goodBody() as never,
    ...overrides,
  });

  test("the guide's request passes", () => {
    expect(synthesisRequestVerdict(request(), { keyExpected: true })).toEqual({ problems: [], warnings: [] });
  });

  test.each<[string, ReturnType<typeof request>, string]>([
    ["a GET", request({ method: "GET" }), 'method: GET; Cartesia\'s /tts/bytes takes POST. Set "Synthesize Text Request Method" to "post".'],
    [
      "no version header",
      request({ headers: { "X-Api-Key": "k", "Content-Type": "application/json" } }),
      'Cartesia-Version: missing; Cartesia requires it on every request. Add it to the credential (the guide: "2026-03-01").',
    ],
    [
      "a version that is not a date",
      request({ headers: { "X-Api-Key": "k", "Cartesia-Version": "latest", "Content-Type": "application/json" } }),
      'Cartesia-Version: got "latest"; expected a date YYYY-MM-DD such as "2026-03-01".',
    ],
    [
      "no key header",
      request({ headers: { "Cartesia-Version": "2026-03-01", "Content-Type": "application/json" } }),
      'X-Api-Key: missing; the credential must carry the key as "X-Api-Key" (or "Authorization: Bearer ...").',
    ],
    [
      "Authorization without Bearer",
      request({ headers: { Authorization: "k", "Cartesia-Version": "2026-03-01", "Content-Type": "application/json" } }),
      'Authorization: not of the form "Bearer <key>"; Cartesia reads the key from it only in that form.',
    ],
    ["a body that is not JSON", request({ body: '{"transcript": "unterminated' }), "body: not valid JSON; Cartesia cannot read it."],
  ])("%s is a problem", (_name, req, message) => {
    expect(synthesisRequestVerdict(req, { keyExpected: true }).problems).toEqual([message]);
  });

  test("an older version is a warning: its errors are plain text", () => {
    const verdict = synthesisRequestVerdict(request({ headers: { "X-Api-Key": "k", "Cartesia-Version": "2025-04-16", "Content-Type": "application/json" } }), {
      keyExpected: true,
    });
    expect(verdict).toEqual({
      problems: [],
      warnings: ['Cartesia-Version: "2025-04-16" predates 2026-03-01; Cartesia\'s errors come back as plain text, not JSON.'],
    });
  });
});

describe("at compile time, Cartesia's SDK types reject a bad format", () => {
  const run = promisify(execFile);
  const root = path.join(__dirname, "..", "..", "..");
  // One compiler run for both files (a program costs over a second): each file's errors are its own.
  let output = "";
  beforeAll(async () => {
    const good = "__tests__/fixtures/smoke/good-body.ts";
    const bad = "__tests__/fixtures/smoke/bad-format-body.ts";
    const args = ["--noEmit", "--pretty", "false", "--strict", "--target", "ES2022", "--module", "commonjs", "--moduleResolution", "node"];
    output = await run(path.join(root, "node_modules/.bin/tsc"), [...args, "--esModuleInterop", "--skipLibCheck", "--types", "node", good, bad], {
      cwd: root,
    }).then(
      () => "",
      (err: { stdout: string }) => err.stdout,
    );
  });
  /** Each error as [file(line, code]; `inBad`: in the bad file, or anywhere else. */
  const errors = (inBad: boolean) =>
    output
      .split("\n")
      .filter((line) => /error TS\d+/.test(line) && line.startsWith("__tests__/fixtures/smoke/bad-format-body.ts(") === inBad)
      .map((line) => line.match(/^(\S+\(\d+),\d+\): error (TS\d+)/)?.slice(1) ?? [line]);

  test("a body rendered from a valid template satisfies TTSGenerateParams: no error but the bad file's", () => {
    expect(errors(false)).toEqual([]);
  });

  test("mp3 with an encoding and no bit_rate, and raw at 7000 Hz, do not", () => {
    expect(errors(true)).toEqual([
      ["__tests__/fixtures/smoke/bad-format-body.ts(15", "TS1360"],
      ["__tests__/fixtures/smoke/bad-format-body.ts(24", "TS1360"],
    ]);
    expect(output).toContain("does not satisfy the expected type 'TTSGenerateParams'");
    expect(output).toContain(
      "Property 'bit_rate' is missing in type '{ container: \"mp3\"; encoding: \"pcm_s16le\"; sample_rate: 8000; }' but required in type 'MP3OutputFormat'",
    );
    expect(output).toContain("Type '7000' is not assignable to type '8000 | 16000 | 22050 | 24000 | 44100 | 48000'");
  });
});
