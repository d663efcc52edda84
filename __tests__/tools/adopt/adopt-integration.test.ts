/** How adopt reproduces an integration, as data: pairs of a config it keeps and one it has to change. */
import { adoptIntegration, withConstructIds, type AdoptedConnector, type IntegrationAnswers } from "../../../tools/adopt/adopt-integration";
import { classifyVendor } from "../../../tools/adopt/classify";
import { GENESYS_TTS_CONNECTOR } from "../../../lib/tts-connector-type";
import { GUIDE_ADVANCED, GUIDE_PROPERTIES } from "../../support/guide-values";

const ID = "3a1f5c2e-7b4d-4e8a-9f10-2c6d8e0b1a57";
const CREDENTIAL = "9b2e4c6a-1d3f-4a5b-8c7d-0e1f2a3b4c5d";

function answers(
  overrides: { properties?: object; advanced?: object; name?: string; notes?: string; intendedState?: string; credentialType?: string } = {},
): IntegrationAnswers {
  const name = overrides.name ?? "Genesys TTS Connector: Cartesia";
  return {
    integration: { id: ID, name, intendedState: overrides.intendedState ?? "ENABLED" },
    config: {
      name,
      version: 1,
      notes: overrides.notes ?? "",
      properties: overrides.properties ?? GUIDE_PROPERTIES,
      advanced: overrides.advanced ?? GUIDE_ADVANCED,
      credentials: { basicAuth: { id: CREDENTIAL, name: `${name} credential` } },
    },
    credential: { id: CREDENTIAL, name: `${name} credential`, type: { name: overrides.credentialType ?? "userDefined" } },
  };
}

function adopted(a: IntegrationAnswers): AdoptedConnector {
  const result = adoptIntegration(a);
  if (result.kind !== "cartesia") throw new Error(`not adopted: ${JSON.stringify(result)}`);
  return result.adopted;
}

const body = (synthesizeBody: object) => ({ synthesizeBody: { ...GUIDE_ADVANCED.synthesizeBody, ...synthesizeBody } });
const props = (a: AdoptedConnector) => Object.fromEntries(a.props);

test("the guide's connector: only apiKey and the model; only the credential's fields change", () => {
  const a = adopted(answers());
  expect(a.props).toEqual([
    ["apiKey", "apiKey"],
    ["model", "CartesiaModel.SONIC_LATEST"],
  ]);
  expect(a.importExisting).toEqual({ integrationId: ID, credentialId: CREDENTIAL });
  expect(a.changes.map((c) => c.path)).toEqual(["credential"]);
});

test("models: a snapshot as its constant, another well-formed one by its id, an alias kept with a note, an unknown one replaced", () => {
  expect(props(adopted(answers({ advanced: body({ model_id: "sonic-3-2026-01-12" }) }))).model).toBe("CartesiaModel.SONIC_3_2026_01_12");
  expect(props(adopted(answers({ advanced: body({ model_id: "sonic-3-2026-02-02" }) }))).model).toBe('CartesiaModel.snapshot("sonic-3-2026-02-02")');
  const alias = adopted(answers({ advanced: body({ model_id: "sonic-3.5" }) }));
  expect([props(alias).model, alias.notes.length, alias.changes.length]).toEqual(['CartesiaModel.alias("sonic-3.5")', 1, 1]);
  const unknown = adopted(answers({ advanced: body({ model_id: "my-own-model" }) }));
  expect(props(unknown).model).toBe("CartesiaModel.SONIC_3_5_2026_05_04");
  expect(unknown.changes[0]).toMatchObject({ path: "advanced.synthesizeBody.model_id", from: "my-own-model", to: "sonic-3.5-2026-05-04" });
});

test("formats: mp3 and wav are kept; one outside Cartesia's matrix becomes 8 kHz PCM, and says why", () => {
  expect(props(adopted(answers({ advanced: body({ output_format: { container: "mp3", sample_rate: 44100, bit_rate: 128000 } }) }))).outputFormat).toBe(
    "OutputFormat.mp3({ sampleRate: 44100, bitRate: 128000 })",
  );
  expect(props(adopted(answers({ advanced: body({ output_format: { container: "wav", encoding: "pcm_mulaw", sample_rate: 8000 } }) }))).outputFormat).toBe(
    'OutputFormat.wav({ encoding: "pcm_mulaw", sampleRate: 8000 })',
  );
  const bad = adopted(answers({ advanced: body({ output_format: { container: "raw", encoding: "pcm_s16le", sample_rate: 11025 } }) }));
  expect(props(bad).outputFormat).toBeUndefined();
  expect(bad.changes[0]).toEqual({
    path: "advanced.synthesizeBody.output_format.sample_rate",
    from: 11025,
    to: 8000,
    why: "output_format.sampleRate: got 11025; allowed for raw: 8000, 16000, 22050, 24000, 44100, 48000 (Hz)",
  });
});

test("the PCI flag, a language, notes, a disabled integration, a name the guide did not use", () => {
  const a = adopted(
    answers({
      properties: { ...GUIDE_PROPERTIES, isPciCompliant: false },
      advanced: body({ language: "fr" }),
      notes: "Owned by the ${team} team, 100%{ sure}",
      intendedState: "DISABLED",
      name: "Cartesia FR",
    }),
  );
  expect(a.props.slice(2)).toEqual([
    ["integrationName", '"Cartesia FR"'],
    ["enabled", "false"],
    ["pciCompliant", "false"],
    ["language", '"fr"'],
    // Terraform would read ${ and %{ as templates: doubled, they are written as they are.
    ["notes", '"Owned by the $${team} team, 100%%{ sure}"'],
  ]);
  expect(a.changes.map((c) => c.path)).toEqual(["credential"]);
});

test("keys the construct does not write are removed by the first apply, each named", () => {
  const a = adopted(
    answers({ properties: { ...GUIDE_PROPERTIES, voiceTypeAttribute: "type" }, advanced: { ...GUIDE_ADVANCED, outputFormatMapping: { x: 1 } } }),
  );
  expect(a.changes.slice(0, 2)).toEqual([
    { path: "properties.voiceTypeAttribute", from: "type", to: undefined, why: "not a property the construct writes" },
    { path: "advanced.outputFormatMapping", from: { x: 1 }, to: undefined, why: "not a key the construct writes" },
  ]);
});

test("a credential of another type is not imported: a new one is created", () => {
  const a = adopted(answers({ credentialType: "basicAuth" }));
  expect(a.importExisting).toEqual({ integrationId: ID, credentialId: undefined });
  expect(a.changes[a.changes.length - 1].why).toBe(
    `its credential ${CREDENTIAL} is of type basicAuth, not userDefined: the first apply creates a userDefined credential and links it in slot basicAuth`,
  );
});

describe("whose connector it is", () => {
  const keys = GENESYS_TTS_CONNECTOR.propertyKeys;
  const uris = (synthesize: string, voices: string) => ({ [keys.synthesizeUri]: synthesize, [keys.voicesUri]: voices });

  test("Cartesia's host; a proxy with Cartesia's paths (its base kept as apiBaseUrl); a Sonic model behind other paths", () => {
    expect(classifyVendor(GUIDE_PROPERTIES, GUIDE_ADVANCED, keys)).toEqual({ kind: "cartesia" });
    expect(classifyVendor(uris("https://proxy.example.com/c/tts/bytes", "https://proxy.example.com/c/voices/export"), {}, keys)).toEqual({
      kind: "cartesia",
      apiBaseUrl: "https://proxy.example.com/c",
    });
    expect(classifyVendor(uris("https://x.example.com/speak", "https://x.example.com/list"), GUIDE_ADVANCED, keys)).toEqual({
      kind: "cartesia",
      urlProblem: "its two URIs do not hang off one base URL",
    });
  });

  test("a proxy over plain HTTP off this machine is Cartesia's, but its URL is replaced", () => {
    const vendor = classifyVendor(uris("http://proxy.example.com/tts/bytes", "http://proxy.example.com/voices/export"), {}, keys);
    expect(vendor).toMatchObject({ kind: "cartesia", urlProblem: expect.stringMatching(/^its base URL is not one the construct accepts \(apiBaseUrl: got/) });
  });

  test("another vendor's URLs and model: not Cartesia's", () => {
    expect(
      classifyVendor(
        uris("https://api.elevenlabs.io/v1/text-to-speech", "https://api.elevenlabs.io/v1/voices"),
        { synthesizeBody: { model_id: "eleven" } },
        keys,
      ),
    ).toEqual({
      kind: "other",
      reason: 'another TTS vendor\'s: its synthesize URI is "https://api.elevenlabs.io/v1/text-to-speech"',
    });
  });
});

test("construct ids: from the names, unique", () => {
  const connector = adopted(answers());
  expect(
    withConstructIds([
      { name: "Genesys TTS Connector: Cartesia", adopted: connector },
      { name: "Genesys TTS Connector - Cartesia", adopted: connector },
      { name: "!!!", adopted: connector },
    ]).map((c) => c.constructId),
  ).toEqual(["genesys-tts-connector-cartesia", "genesys-tts-connector-cartesia-2", "cartesia"]);
});

test("generation_config: its speed, volume and emotion become generationConfig; one the construct refuses is replaced, and says why", () => {
  const kept = adopted(answers({ advanced: body({ model_id: "sonic-3-2026-01-12", generation_config: { speed: 1.1, volume: 0.8, emotion: "calm" } }) }));
  expect(props(kept).generationConfig).toBe("{ speed: 1.1, volume: 0.8, emotion: Emotion.CALM }");
  expect(kept.changes.map((c) => c.path)).toEqual(["credential"]);
  const unknown = adopted(answers({ advanced: body({ model_id: "sonic-3-2026-01-12", generation_config: { emotion: "whispering", pitch: 2 } }) }));
  expect(props(unknown).generationConfig).toBe('{ emotion: Emotion.of("whispering") }');
  expect(unknown.changes[0]).toMatchObject({
    path: "advanced.synthesizeBody.generation_config.pitch",
    from: 2,
    to: undefined,
    why: "not a key the construct writes",
  });
  const refused = adopted(answers({ advanced: body({ model_id: "sonic-3-2026-01-12", generation_config: { speed: 3 } }) }));
  expect(props(refused).generationConfig).toBeUndefined();
  expect(refused.changes[0]).toMatchObject({
    path: "advanced.synthesizeBody.generation_config",
    why: "generationConfig.speed: got 3; allowed: a number from 0.6 to 1.5 (1 is the voice's own speed)",
  });
});

test("a language the construct refuses is not kept, with the construct's reason; the imports name what the props use", () => {
  const refused = adopted(answers({ advanced: body({ language: "en-US" }) }));
  expect(props(refused).language).toBeUndefined();
  expect(refused.changes[0]).toEqual({
    path: "advanced.synthesizeBody.language",
    from: "en-US",
    to: undefined,
    why: 'language: got "en-US"; expected a two-letter ISO 639-1 code in lower case, such as "en"',
  });
  expect(refused.imports).toEqual(["CartesiaModel"]);
  const withEmotion = adopted(answers({ advanced: body({ model_id: "sonic-3-2026-01-12", generation_config: { emotion: "calm" } }) }));
  expect(withEmotion.imports).toEqual(["CartesiaModel", "Emotion"]);
});
