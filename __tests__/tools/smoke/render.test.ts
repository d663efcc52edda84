import * as fc from "fast-check";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, OutputFormat } from "../../../lib";
import { createApp, type CartesiaGenesysStack } from "../../../main";
import { findConnectors, readSynthesizedStacks } from "../../../tools/shared/synthesized-connectors";
import { sourceFromConstruct } from "../../support/smoke-from-construct";
import { placeholderPaths, substitutePlaceholders } from "../../../tools/smoke/placeholders";
import { rebaseUrl, renderSynthesisRequest, renderVoiceListRequest, sourceFromSynthesized, type ConnectorSource } from "../../../tools/smoke/render-requests";
import { GUIDE_PROPERTIES } from "../../support/guide-values";
import { newStack, synthApp } from "../../support/helpers";
import { TRICKY_TRANSCRIPTS } from "../../fixtures/smoke/tricky-transcripts";

const HEADERS = { "X-Api-Key": "sk_car_test_not_a_real_key_0001", "Cartesia-Version": "2026-03-01" };
const VOICE = "11111111-aaaa-4bbb-8ccc-000000000001";

describe("rendering the default app's requests from cdk.tf.json", () => {
  let source: ConnectorSource;
  beforeAll(() => {
    const { outdir } = synthApp((dir) => createApp(dir));
    const [stack] = readSynthesizedStacks(outdir);
    source = sourceFromSynthesized(findConnectors(stack.name, stack.document)[0]);
  });

  test("the voice list: GET on the List Voices URI, credential fields as headers, the guide's attributes", () => {
    const { request, problems } = renderVoiceListRequest(source, HEADERS);
    expect(problems).toEqual([]);
    expect(request).toEqual({
      method: "GET",
      url: "https://api.cartesia.ai/voices/export",
      headers: HEADERS,
      attributes: { voices: "data", id: "id", name: "name", language: "language", gender: "gender" },
    });
  });

  test("the synthesis: POST on the Synthesize Text URI with synthesizeBody filled in", () => {
    const { request, problems, warnings } = renderSynthesisRequest(source, HEADERS, { text: "Hello", voice: VOICE });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(request).toMatchObject({
      method: "POST",
      url: "https://api.cartesia.ai/tts/bytes",
      headers: { ...HEADERS, "Content-Type": "application/json" },
    });
    expect(request!.body).toBe(
      `{"model_id":"sonic-latest","output_format":{"container":"raw","encoding":"pcm_s16le","sample_rate":8000},"transcript":"Hello","voice":{"id":"${VOICE}","mode":"id"}}`,
    );
  });

  test.each(TRICKY_TRANSCRIPTS)("%s: valid JSON with the text and the voice intact", (_name, text) => {
    const { request } = renderSynthesisRequest(source, HEADERS, { text, voice: VOICE });
    const body = JSON.parse(request!.body!);
    expect(body.transcript).toBe(text);
    expect(body.voice).toEqual({ mode: "id", id: VOICE });
    expect(body.model_id).toBe("sonic-latest");
  });

  test("any text and any voice id survive the round trip (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (text, voice) => {
        const { request } = renderSynthesisRequest(source, HEADERS, { text, voice });
        const body = JSON.parse(request!.body!);
        return body.transcript === text && body.voice.id === voice;
      }),
      { numRuns: 200 },
    );
  });

  test("--endpoint sends the same paths to another base URL", () => {
    const list = renderVoiceListRequest(source, HEADERS, "http://127.0.0.1:4010/proxy/");
    const synthesis = renderSynthesisRequest(source, HEADERS, { text: "Hi", voice: VOICE }, "http://127.0.0.1:4010/proxy");
    expect(list.request!.url).toBe("http://127.0.0.1:4010/proxy/voices/export");
    expect(synthesis.request!.url).toBe("http://127.0.0.1:4010/proxy/tts/bytes");
  });
});

test("the construct and its cdk.tf.json render identical requests", () => {
  const { outdir } = synthApp((dir) => createApp(dir));
  const [stack] = readSynthesizedStacks(outdir);
  const fromFile = sourceFromSynthesized(findConnectors(stack.name, stack.document)[0]);

  const app = createApp(outdir);
  const construct = (app.node.findChild("cartesia-genesys") as CartesiaGenesysStack).connector;
  const fromConstruct = sourceFromConstruct(construct);

  const values = { text: 'Hi <break time="1s"/>', voice: VOICE };
  expect(renderSynthesisRequest(fromConstruct, HEADERS, values)).toEqual(renderSynthesisRequest(fromFile, HEADERS, values));
  expect(renderVoiceListRequest(fromConstruct, HEADERS)).toEqual(renderVoiceListRequest(fromFile, HEADERS));
  expect(fromConstruct.credentialFields).toEqual({
    "X-Api-Key": { kind: "variable", name: "cartesia_api_key", sensitive: true },
    "Cartesia-Version": { kind: "literal", value: "2026-03-01" },
  });
});

test("a construct with a language and a wav format renders its own body", () => {
  const stack = newStack();
  const connector = new CartesiaTtsConnector(stack, "fr", {
    apiKey: CartesiaApiKey.fromVariable(stack, "key"),
    model: CartesiaModel.SONIC_3_2026_01_12,
    outputFormat: OutputFormat.wav({ encoding: "pcm_mulaw", sampleRate: 8000 }),
    language: "fr",
  });
  const { request } = renderSynthesisRequest(sourceFromConstruct(connector), HEADERS, { text: "Bonjour", voice: VOICE });
  expect(JSON.parse(request!.body!)).toEqual({
    model_id: "sonic-3-2026-01-12",
    transcript: "Bonjour",
    voice: { mode: "id", id: VOICE },
    output_format: { container: "wav", encoding: "pcm_mulaw", sample_rate: 8000 },
    language: "fr",
  });
});

describe("substitutePlaceholders", () => {
  test("fills every string that holds a placeholder, at any depth, and leaves keys and other values alone", () => {
    const template = { a: ["$text", { b: "pre $voice post" }], $text: 1, c: "$textual", d: true, e: null } as const;
    expect(substitutePlaceholders(template, { text: "T", voice: "V" })).toEqual({ a: ["T", { b: "pre V post" }], $text: 1, c: "$textual", d: true, e: null });
    expect(template.a[0]).toBe("$text");
  });

  test("a placeholder inside the substituted text is not substituted again", () => {
    expect(substitutePlaceholders({ t: "$text", v: "$voice" }, { text: "$voice", voice: "$text" })).toEqual({ t: "$voice", v: "$text" });
  });

  test("placeholderPaths names where each placeholder sits", () => {
    const template = { voice: { mode: "id", id: "$voice" }, transcript: "$text", extra: ["x", "$text!"] };
    expect(placeholderPaths(template, "text")).toEqual(["transcript", "extra[1]"]);
    expect(placeholderPaths(template, "voice")).toEqual(["voice.id"]);
  });
});

describe("what rendering refuses, with the reason", () => {
  const base: ConnectorSource = {
    label: "test/c",
    properties: GUIDE_PROPERTIES,
    advanced: { synthesizeBody: { transcript: "$text", voice: { mode: "id", id: "$voice" } } },
  };
  const values = { text: "Hi", voice: "v" };

  test("no synthesizeBody", () => {
    expect(renderSynthesisRequest({ ...base, advanced: {} }, HEADERS, values).problems).toEqual([
      'Advanced.synthesizeBody: missing; Genesys has no body to send. The guide\'s is {"voice":{"mode":"id","id":"$voice"},"model_id":...,"transcript":"$text","output_format":{...}}.',
    ]);
  });

  test("a body without $text, and one without $voice", () => {
    const noText = renderSynthesisRequest({ ...base, advanced: { synthesizeBody: { transcript: "fixed", voice: { id: "$voice" } } } }, HEADERS, values);
    expect(noText.problems).toEqual([
      'Advanced.synthesizeBody: no "$text" anywhere; Genesys would send the same body for every prompt. Put "$text" in "transcript".',
    ]);
    const noVoice = renderSynthesisRequest({ ...base, advanced: { synthesizeBody: { transcript: "$text", voice: { id: "fixed" } } } }, HEADERS, values);
    expect(noVoice.problems).toEqual([]);
    expect(noVoice.warnings).toEqual(['Advanced.synthesizeBody: no "$voice"; the voice chosen in Architect is ignored.']);
  });

  test("a plain-HTTP Cartesia URL, and a URL that is not one", () => {
    const properties = { ...base.properties, ttsConnectorSynthesizeURI: "http://api.cartesia.ai/tts/bytes", ttsConnectorVoicesURI: "voices" };
    expect(renderSynthesisRequest({ ...base, properties }, HEADERS, values).problems).toEqual([
      'Properties.ttsConnectorSynthesizeURI ("Synthesize Text URI"): got "http://api.cartesia.ai/tts/bytes"; Cartesia serves HTTPS only (a key sent over HTTP may be rotated).',
    ]);
    expect(renderVoiceListRequest({ ...base, properties }, HEADERS).problems).toEqual([
      'Properties.ttsConnectorVoicesURI ("List Voices URI"): got "voices"; expected an https URL such as the guide\'s.',
    ]);
  });

  test("a missing voice attribute", () => {
    const properties = Object.fromEntries(Object.entries(base.properties!).filter(([key]) => key !== "voiceIdAttribute"));
    expect(renderVoiceListRequest({ ...base, properties }, HEADERS).problems).toEqual([
      'Properties.voiceIdAttribute ("Voice Id Attribute"): got null; expected an attribute name such as the guide\'s.',
    ]);
  });
});

test("rebaseUrl keeps path and query under the new base", () => {
  expect(rebaseUrl("https://api.cartesia.ai/voices/export?limit=100", "https://proxy.example.com/cartesia/")).toBe(
    "https://proxy.example.com/cartesia/voices/export?limit=100",
  );
});
