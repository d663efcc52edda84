import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { promisify } from "node:util";
import { App, TerraformStack } from "cdktf";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, GenesyscloudProvider, OutputFormat, type CartesiaTtsConnectorProps } from "../../../lib";
import { CartesiaGenesysStack } from "../../../main";
import type { CommandContext } from "../../../tools/shared/cli/context";
import { parseWav } from "../../../tools/smoke/wav";
import { TRICKY_TRANSCRIPTS } from "../../fixtures/smoke/tricky-transcripts";
import { readTree, tempDir } from "../../support/helpers";
import { runTool, type ToolWorld } from "../../support/run-tool";
import { FAKE_VOICES, startFakeCartesia, TEST_API_KEY, type FakeCartesia, type FakeCartesiaOptions } from "../../support/fake-cartesia";

const MASKED_KEY = `sk_car_…(masked, ${TEST_API_KEY.length} characters)`;
const KEY_ENV = { TF_VAR_cartesia_api_key: TEST_API_KEY };

/** One app, one stack per situation, synthesized once. */
function buildApp(outdir: string): App {
  const app = new App({ outdir });
  new CartesiaGenesysStack(app, "cartesia-genesys");
  const stack = (id: string, props: Partial<CartesiaTtsConnectorProps> = {}, connectorIds = ["cartesia"]) => {
    const s = new TerraformStack(app, id);
    new GenesyscloudProvider(s, "genesyscloud", {});
    const apiKey = props.apiKey ?? CartesiaApiKey.fromVariable(s, "cartesia_api_key");
    for (const cid of connectorIds) {
      new CartesiaTtsConnector(s, cid, { model: CartesiaModel.SONIC_3_2026_01_12, integrationName: `Cartesia ${cid}`, ...props, apiKey });
    }
  };
  stack("wav", { outputFormat: OutputFormat.wav({ encoding: "pcm_s16le", sampleRate: 8000 }) });
  stack("mulaw", { outputFormat: OutputFormat.raw({ encoding: "pcm_mulaw", sampleRate: 8000 }) });
  stack("mp3", { outputFormat: OutputFormat.mp3({ sampleRate: 44100, bitRate: 128000 }) });
  stack("french", { language: "fr" });
  stack("old-version", { cartesiaVersion: "2025-04-16" });
  stack("unknown-version", { cartesiaVersion: "2025-01-01" });
  stack("existing", { apiKey: CartesiaApiKey.fromExistingCredential("cred-123") });
  stack("two", {}, ["first", "second"]);
  return app;
}

const outdir = tempDir("smoke-command-");
beforeAll(() => buildApp(outdir).synth());

/** Refuses anything but loopback, so no test can reach the network by mistake. */
const calls: string[] = [];
const loopbackOnly: CommandContext["fetch"] = (url, init) => {
  calls.push(url);
  const host = new URL(url).hostname;
  if (host !== "127.0.0.1") throw new Error(`a test tried to reach ${host}`);
  return fetch(url, init);
};

interface Result {
  code: number;
  out: string;
  err: string;
}

/** `smoke <outdir> ...args`, in-process; output as text without its last newline. */
async function smoke(args: string[], env: Record<string, string> = {}, world: ToolWorld = {}): Promise<Result> {
  const { code, stdout, stderr } = await runTool(["smoke", outdir, ...args], { env, cwd: outdir, fetch: loopbackOnly, ...world });
  return { code, out: stdout.replace(/\n$/, ""), err: stderr.replace(/\n$/, "") };
}

/** The usage error's last line, the same for every command. */
const SEE_HELP = '\nRun "cartesia-genesys smoke --help" for usage.';

async function withFake<T>(options: FakeCartesiaOptions, body: (fake: FakeCartesia) => Promise<T>): Promise<T> {
  const fake = await startFakeCartesia(options);
  try {
    return await body(fake);
  } finally {
    await fake.close();
  }
}

afterEach(() => {
  calls.length = 0;
});

describe("without a key", () => {
  test("prints the requests it would send, key masked, sends nothing, and exits 0", async () => {
    const { code, out } = await smoke(["--stack", "cartesia-genesys", "--text", "Hello"]);
    expect(code).toBe(0);
    expect(calls).toEqual([]);
    const lines = out.split("\n");
    expect(lines).toContain("Would send (nothing was sent):");
    expect(lines).toContain("1. GET https://api.cartesia.ai/voices/export");
    expect(lines).toContain("2. POST https://api.cartesia.ai/tts/bytes");
    expect(lines).toContain("   X-Api-Key: <from $CARTESIA_API_KEY or $TF_VAR_cartesia_api_key: not set>");
    expect(lines).toContain(
      '   body: {"model_id":"sonic-latest","output_format":{"container":"raw","encoding":"pcm_s16le","sample_rate":8000},"transcript":"Hello","voice":{"id":"<the first voice of the list>","mode":"id"}}',
    );
    expect(lines).toContain(
      "No key: $CARTESIA_API_KEY and $TF_VAR_cartesia_api_key are not set, so nothing was sent to Cartesia. Set CARTESIA_API_KEY to call the live API, or pass --endpoint to send to a test server.",
    );
    expect(lines[lines.length - 1]).toBe("OFFLINE CHECKS PASSED: the requests fit Cartesia's contract; run again with a key to hear them.");
  });

  test("a request that breaks the contract fails offline too", async () => {
    const { code, out } = await smoke(["--stack", "wav", "--text", ""]);
    expect(code).toBe(1);
    expect(out).toContain('  problem: transcript: got ""; required, the text to speak ("$text" in synthesizeBody).');
    expect(out.split("\n").slice(-2)).toEqual(["FAILED (1):", '  - transcript: got ""; required, the text to speak ("$text" in synthesizeBody).']);
    expect(calls).toEqual([]);
  });

  test("a credential managed elsewhere: the guide's two fields are assumed", async () => {
    const { code, out } = await smoke(["--stack", "existing"]);
    expect(code).toBe(0);
    expect(out).toContain(
      "  warning: the credential is not a resource of this stack (managed elsewhere): assuming the guide's fields X-Api-Key and Cartesia-Version.",
    );
    expect(out).toContain("   X-Api-Key: <from $CARTESIA_API_KEY: not set>");
    expect(out).toContain("   Cartesia-Version: 2026-03-01");
  });

  test("--endpoint without a key: sent without the key header (a proxy may add it); refused, the fix says so", async () => {
    await withFake({}, async (fake) => {
      const { code, out } = await smoke(["--stack", "cartesia-genesys", "--endpoint", fake.url]);
      expect(code).toBe(1);
      expect(out).toContain("  note: no key to send; sending without X-Api-Key (for an endpoint that adds it).");
      expect(fake.requests[0].headers["x-api-key"]).toBeUndefined();
      expect(out).toContain(
        "   Fix: No key was sent. Put a standard key from play.cartesia.ai/keys in the X-Api-Key credential field (sk_car_..., not an admin key sk_car_admin_...); deploy it with TF_VAR_cartesia_api_key.",
      );
    });
  });

  test("a credential without a key field sends nothing, even with CARTESIA_API_KEY set", async () => {
    const edited = tempDir("smoke-edited-");
    const file = path.join(edited, "stacks", "edited", "cdk.tf.json");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const doc = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", "wav", "cdk.tf.json"), "utf8"));
    for (const credential of Object.values<{ fields: Record<string, string> }>(doc.resource.genesyscloud_integration_credential))
      delete credential.fields["X-Api-Key"];
    fs.writeFileSync(file, JSON.stringify(doc));
    const { code, lines: out } = await runTool(["smoke", edited], { env: { CARTESIA_API_KEY: TEST_API_KEY }, cwd: edited, fetch: loopbackOnly });
    expect(code).toBe(1);
    expect(calls).toEqual([]);
    expect(out).toContain('  problem: X-Api-Key: missing; the credential must carry the key as "X-Api-Key" (or "Authorization: Bearer ...").');
    expect(out).toContain(
      "No key: the credential has no X-Api-Key (or Authorization) field, so nothing was sent to Cartesia. Set CARTESIA_API_KEY to call the live API, or pass --endpoint to send to a test server.",
    );
  });
});

describe("success for each container", () => {
  test("raw pcm_s16le 8 kHz: both requests as Genesys sends them, 16,000 bytes a second, a playable WAV", async () => {
    await withFake({}, async (fake) => {
      const { code, out } = await smoke(["--stack", "cartesia-genesys", "--endpoint", fake.url, "--text", "Hello"], KEY_ENV);
      expect(code).toBe(0);
      expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /voices/export", "POST /tts/bytes"]);
      for (const r of fake.requests) {
        expect(r.headers["x-api-key"]).toBe(TEST_API_KEY);
        expect(r.headers["cartesia-version"]).toBe("2026-03-01");
      }
      expect(fake.requests[1].headers["content-type"]).toBe("application/json");
      expect(fake.requests[1].json).toEqual({
        model_id: "sonic-latest",
        transcript: "Hello",
        voice: { mode: "id", id: FAKE_VOICES[0].id },
        output_format: { container: "raw", encoding: "pcm_s16le", sample_rate: 8000 },
      });
      const lines = out.split("\n");
      expect(lines).toContain("  X-Api-Key from $TF_VAR_cartesia_api_key");
      expect(lines).toContain(`   X-Api-Key: ${MASKED_KEY}`);
      expect(lines).toContain("   -> 200 OK, application/json, 347 bytes, 3 voices");
      expect(lines).toContain(`   voice: ${FAKE_VOICES[0].id} "Test Voice One" (en, feminine) (the first; pass --voice to choose)`);
      expect(lines).toContain("   -> 200 OK, application/octet-stream, 4,000 bytes");
      expect(lines.find((l) => l.includes("time to first byte"))).toMatch(/^ {6}time to first byte \d+ ms, total \d+ ms$/);
      expect(lines).toContain("      audio: 4,000 bytes of sound, duration 0.250 s, declared raw pcm_s16le 8000 Hz (16,000 bytes/s)");
      expect(lines).toContain("      fits the declared format: yes");
      expect(lines).toContain("   wrote smoke/cartesia-genesys.cartesia.wav (raw PCM wrapped as WAV, 4,044 bytes): listen to it");
      expect(lines[lines.length - 1]).toBe("PASSED: Genesys will get audio it can play from this configuration.");
    });
    const wav = parseWav(fs.readFileSync(path.join(outdir, "smoke/cartesia-genesys.cartesia.wav")));
    expect(wav).toMatchObject({ format: { code: 1, channels: 1, sampleRate: 8000, bitsPerSample: 16 }, declaredDataBytes: 4000 });
  });

  test("raw pcm_mulaw 8 kHz: 8,000 bytes a second", async () => {
    await withFake({}, async (fake) => {
      const { code, out } = await smoke(["--stack", "mulaw", "--endpoint", fake.url, "--text", "Hello"], KEY_ENV);
      expect(code).toBe(0);
      expect(out).toContain("      audio: 2,000 bytes of sound, duration 0.250 s, declared raw pcm_mulaw 8000 Hz (8,000 bytes/s)");
    });
  });

  test("wav: the header is read, the data counted", async () => {
    await withFake({ streamedWav: true }, async (fake) => {
      const { code, out } = await smoke(["--stack", "wav", "--endpoint", fake.url, "--text", "Hello there"], KEY_ENV);
      expect(code).toBe(0);
      expect(out).toContain("   -> 200 OK, audio/wav, 8,844 bytes");
      expect(out).toContain("      audio: 8,800 bytes of sound, duration 0.550 s, declared wav pcm_s16le 8000 Hz (16,000 bytes/s)");
      expect(out).toContain("      the WAV header's sizes are left open (streamed); the data runs to the end of the response.");
      expect(out).toContain("   wrote smoke/wav.cartesia.wav (WAV, 8,844 bytes): listen to it");
    });
  });

  test("mp3: frames walked, duration from the frames, the MP3 written as is", async () => {
    await withFake({ seconds: () => 1 }, async (fake) => {
      const target = path.join(outdir, "listen", "mp3-test.wav");
      const { code, out } = await smoke(["--stack", "mp3", "--endpoint", fake.url, "--out", target], KEY_ENV);
      expect(code).toBe(0);
      // ceil(44100 / 1152) = 39 frames of 1,152 samples.
      expect(out).toContain("      audio: 16,300 bytes of sound, duration 1.019 s, declared mp3 44100 Hz 128000 bit/s (16,000 bytes/s)");
      expect(out).toContain("      39 MPEG-1 layer III frames, mono.");
      expect(out).toContain("   wrote listen/mp3-test.mp3 (MP3 as received: it plays as it is, 16,300 bytes): listen to it");
      expect(fs.statSync(path.join(outdir, "listen", "mp3-test.mp3")).size).toBe(16300);
    });
  });

  test("a language in the body picks the first voice of that language", async () => {
    await withFake({}, async (fake) => {
      const { code, out } = await smoke(["--stack", "french", "--endpoint", fake.url, "--text", "Bonjour"], KEY_ENV);
      expect(code).toBe(0);
      expect(out).toContain(`   voice: ${FAKE_VOICES[1].id} "Voix de test" (fr, masculine) (the first in "fr"; pass --voice to choose)`);
      expect(fake.requests[1].json).toMatchObject({ language: "fr", voice: { id: FAKE_VOICES[1].id } });
    });
  });

  test("--voice from the list, and a credential managed elsewhere fed by CARTESIA_API_KEY", async () => {
    await withFake({}, async (fake) => {
      const { code, out } = await smoke(["--stack", "existing", "--endpoint", fake.url, "--voice", FAKE_VOICES[2].id], { CARTESIA_API_KEY: TEST_API_KEY });
      expect(code).toBe(0);
      expect(out).toContain(`   voice: ${FAKE_VOICES[2].id} "Test Voice Three" (en, masculine) is in the list`);
      expect(fake.requests[1].headers["x-api-key"]).toBe(TEST_API_KEY);
    });
  });
});

describe("each troubleshooting row, before Genesys shows it", () => {
  test('a wrong key: "You must be logged in to access this endpoint", the X-Api-Key is incorrect', async () => {
    await withFake({}, async (fake) => {
      const { code, out } = await smoke(["--stack", "cartesia-genesys", "--endpoint", fake.url], { CARTESIA_API_KEY: "sk_car_wrong_not_a_real_key_9999" });
      expect(code).toBe(1);
      expect(out).toContain("   -> 401 Unauthorized, application/json, 153 bytes");
      expect(out).toContain(
        "   Cartesia says: 401 Unauthorized: You must be logged in to access this endpoint. (request_id 00000000-0000-4000-8000-000000000001)",
      );
      expect(out).toContain('   Guide\'s troubleshooting row: "You must be logged in to access this endpoint" means the X-Api-Key credential is incorrect.');
      expect(out).toContain(
        "   Fix: The key from $CARTESIA_API_KEY was refused. Put a standard key from play.cartesia.ai/keys in the X-Api-Key credential field (sk_car_..., not an admin key sk_car_admin_...); deploy it with TF_VAR_cartesia_api_key.",
      );
      expect(out.split("\n").slice(-2)).toEqual(["FAILED (1):", "  - the voice list answered 401"]);
      expect(fake.requests).toHaveLength(1);
    });
  });

  test("an admin key: warned before sending, refused, same row", async () => {
    await withFake({}, async (fake) => {
      const { code, out } = await smoke(["--stack", "cartesia-genesys", "--endpoint", fake.url], {
        TF_VAR_cartesia_api_key: "sk_car_admin_not_a_real_key_0001",
      });
      expect(code).toBe(1);
      expect(out).toContain("  warning: X-Api-Key is an admin key (sk_car_admin_...): admin keys cannot call text-to-speech; create a standard key.");
      expect(out).toContain('   Guide\'s troubleshooting row: "You must be logged in to access this endpoint" means the X-Api-Key credential is incorrect.');
    });
  });

  test("an old API version answers in plain text: still the key row", async () => {
    await withFake({}, async (fake) => {
      const { code, out } = await smoke(["--stack", "old-version", "--endpoint", fake.url], { CARTESIA_API_KEY: "sk_car_wrong_not_a_real_key_9999" });
      expect(code).toBe(1);
      expect(out).toContain('  warning: Cartesia-Version: "2025-04-16" predates 2026-03-01; Cartesia\'s errors come back as plain text, not JSON.');
      expect(out).toContain("   Cartesia says: 401 Unauthorized: You must be logged in to access this endpoint.");
      expect(out).toContain('   Guide\'s troubleshooting row: "You must be logged in to access this endpoint" means the X-Api-Key credential is incorrect.');
    });
  });

  test('a version Cartesia does not serve: "Invalid Cartesia-Version header"', async () => {
    await withFake({}, async (fake) => {
      const { code, out } = await smoke(["--stack", "unknown-version", "--endpoint", fake.url], KEY_ENV);
      expect(code).toBe(1);
      expect(out).toContain('   Guide\'s troubleshooting row: "Invalid Cartesia-Version header" means the Cartesia-Version credential is incorrect.');
      expect(out).toContain(
        '   Fix: Cartesia-Version "2025-01-01" was refused. Put a version Cartesia documents in the Cartesia-Version credential field (the construct\'s cartesiaVersion prop), such as the guide\'s "2026-03-01"; known: 2024-06-10, 2024-11-13, 2025-04-16, 2026-03-01, 2026-08-14.',
      );
    });
  });

  test("quota_exceeded: upgrade the subscription", async () => {
    await withFake({ quotaExceeded: true }, async (fake) => {
      const { code, out } = await smoke(["--stack", "cartesia-genesys", "--endpoint", fake.url], KEY_ENV);
      expect(code).toBe(1);
      expect(out).toContain("   -> 200 OK, application/json, 347 bytes, 3 voices");
      expect(out).toContain(
        "   Cartesia says: 402 Quota exceeded: You have used all the credits of your plan; upgrade to continue (fake). (error_code quota_exceeded, request_id 00000000-0000-4000-8000-000000000002)",
      );
      expect(out).toContain('   Guide\'s troubleshooting row: "quota_exceeded" means you need to upgrade your Cartesia subscription.');
      expect(out.split("\n").slice(-2)).toEqual(["FAILED (1):", "  - the synthesis answered 402"]);
    });
  });

  test("the plan's concurrency limit: the same row", async () => {
    await withFake({ concurrencyLimited: true }, async (fake) => {
      const { out } = await smoke(["--stack", "cartesia-genesys", "--endpoint", fake.url], KEY_ENV);
      expect(out).toContain('   Guide\'s troubleshooting row: "quota_exceeded" means you need to upgrade your Cartesia subscription.');
    });
  });

  test('"Your request was invalid": a voice Cartesia does not know is named', async () => {
    await withFake({}, async (fake) => {
      const { code, out } = await smoke(["--stack", "cartesia-genesys", "--endpoint", fake.url, "--voice", "no-such-voice"], KEY_ENV);
      expect(code).toBe(1);
      expect(out).toContain('   problem: voice "no-such-voice" is not in the voice list: Architect would not offer it');
      expect(out).toContain(
        '   Guide\'s troubleshooting row: "Your request was invalid" means something is wrong with Configuration > Properties or Configuration > Advanced.',
      );
      expect(out).toContain("   Rejected in the body: voice.id");
      expect(out).toContain('   Fix: voice.id: the voice ("$voice", here "no-such-voice") was refused: pick a voice id from the voice list of this key.');
    });
  });

  test('"Your request was invalid": an empty transcript is named by Cartesia and by the contract', async () => {
    await withFake({}, async (fake) => {
      const { code, out } = await smoke(["--stack", "cartesia-genesys", "--endpoint", fake.url, "--text", ""], KEY_ENV);
      expect(code).toBe(1);
      expect(out).toContain(
        "   Cartesia says: 400 Invalid request: transcript is required and must not be empty. (fake) (error_code invalid_request, request_id 00000000-0000-4000-8000-000000000002)",
      );
      expect(out).toContain("   Rejected in the body: transcript");
      expect(out.split("\n").slice(-3)).toEqual([
        "FAILED (2):",
        '  - transcript: got ""; required, the text to speak ("$text" in synthesizeBody).',
        "  - the synthesis answered 400",
      ]);
    });
  });

  test("what the table does not cover: a server error", async () => {
    await withFake({ failWith: 500 }, async (fake) => {
      const { code, out } = await smoke(["--stack", "cartesia-genesys", "--endpoint", fake.url], KEY_ENV);
      expect(code).toBe(1);
      expect(out).not.toContain("Guide's troubleshooting row");
      expect(out).toContain(
        "   Fix: Cartesia failed on its side: retry later (status.cartesia.ai). Genesys falls back to its base TTS engine while this lasts.",
      );
    });
  });

  test("audio that does not fit the declared format fails, and says how", async () => {
    const asWav = (format: { sample_rate: number }, seconds: number) => {
      const pcm = Buffer.alloc(Math.round(seconds * format.sample_rate) * 2);
      const head = Buffer.alloc(12);
      head.write("RIFF", 0, "ascii");
      head.write("WAVE", 8, "ascii");
      return Buffer.concat([head, pcm]);
    };
    await withFake({ audio: asWav }, async (fake) => {
      const { code, out } = await smoke(["--stack", "cartesia-genesys", "--endpoint", fake.url, "--text", "Hello"], KEY_ENV);
      expect(code).toBe(1);
      expect(out).toContain("      fits the declared format: NO");
      expect(out).toContain("      problem: raw PCM was declared, but the bytes are a WAV file (RIFF header): Genesys would play them as noise.");
      expect(out).not.toContain("   wrote ");
    });
  });

  test("nothing listening: could not reach", async () => {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const { code, out } = await smoke(["--stack", "cartesia-genesys", "--endpoint", `http://127.0.0.1:${port}`], KEY_ENV);
    expect(code).toBe(1);
    expect(out).toContain(`   -> could not reach http://127.0.0.1:${port}: ECONNREFUSED. Check the URI in Configuration > Properties (or --endpoint).`);
  });
});

test("tricky transcripts reach Cartesia exactly as typed", async () => {
  await withFake({}, async (fake) => {
    for (const [name, text] of TRICKY_TRANSCRIPTS) {
      const before = fake.requests.length;
      const { code } = await smoke(["--stack", "wav", "--endpoint", fake.url, "--text", text], KEY_ENV);
      expect([name, code]).toEqual([name, 0]);
      expect([name, (fake.requests[before + 1].json as { transcript: string }).transcript]).toEqual([name, text]);
    }
  });
});

test("the key never appears in the output or in any file written", async () => {
  const outputs: string[] = [(await smoke(["--stack", "mulaw"], KEY_ENV)).out];
  await withFake({ echoKeyInErrors: true }, async (fake) => {
    outputs.push((await smoke(["--stack", "mulaw", "--endpoint", fake.url, "--out", "key-scan/ok.wav"], KEY_ENV)).out);
    // The server echoes the key it got; the output must still mask it.
    const wrong = "sk_car_wrong_echoed_not_a_real_key_77";
    const { out } = await smoke(["--stack", "mulaw", "--endpoint", fake.url], { CARTESIA_API_KEY: wrong, ...KEY_ENV });
    outputs.push(out);
    expect(out).toContain(`Received key sk_car_…(masked, ${wrong.length} characters)`);
    expect(out).toContain(
      "  warning: $CARTESIA_API_KEY differs from $TF_VAR_cartesia_api_key: this test uses $CARTESIA_API_KEY, the deploy will use $TF_VAR_cartesia_api_key.",
    );
    expect(out).not.toContain(wrong);
  });
  expect(outputs[1]).toContain(`   X-Api-Key: ${MASKED_KEY}`);
  for (const out of outputs) expect(out).not.toContain(TEST_API_KEY);
  const files = readTree(outdir);
  expect(fs.existsSync(path.join(outdir, "key-scan/ok.wav"))).toBe(true); // what was written is in the scan
  expect(files).not.toContain(TEST_API_KEY);
  expect(files).not.toContain("sk_car_wrong");
});

describe("usage", () => {
  test("plain HTTP off this machine would carry the key in clear: refused before sending", async () => {
    const { code, err } = await smoke(["--stack", "cartesia-genesys", "--endpoint", "http://proxy.example.com"], KEY_ENV);
    expect(code).toBe(2);
    expect(err).toBe(
      "smoke: --endpoint http://proxy.example.com is plain HTTP off this machine: the key would cross the network in clear text. Use https, or a loopback address." +
        SEE_HELP,
    );
    expect(calls).toEqual([]);
  });

  test("several connectors: choose one, by construct id", async () => {
    const ambiguous = await smoke(["--stack", "two"]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.err).toBe(
      "smoke: 2 connectors match; choose one:\n  --stack two --connector first   (Cartesia first)\n  --stack two --connector second   (Cartesia second)" +
        SEE_HELP,
    );
    const chosen = await smoke(["--stack", "two", "--connector", "second"]);
    expect(chosen.code).toBe(0);
    expect(chosen.out.split("\n")[0]).toMatch(/^Smoke test of two\/second \(genesyscloud_integration\.second_integration_[0-9A-F]{8}, stack two\) from \.$/);
  });

  test("no stack, no connector, bad options", async () => {
    expect(await smoke(["--stack", "nope"])).toMatchObject({ code: 2, err: `smoke: no stack "nope" in ${outdir}${SEE_HELP}` });
    expect((await smoke(["--stack", "wav", "--connector", "nope"])).err).toBe(
      'smoke: no connector "nope"; found:\n  --stack wav --connector cartesia   (Cartesia cartesia)' + SEE_HELP,
    );
    const bad = await smoke(["--stak", "wav"]);
    expect(bad.code).toBe(2);
    expect(bad.err.split("\n")[0]).toBe("smoke: unknown option --stak (did you mean --stack?)");
    expect((await smoke(["--text"])).err.split("\n")[0]).toBe('smoke: --text needs a value: --text "..."');
  });

  test("--help", async () => {
    const { code, out } = await smoke(["--help"]);
    expect(code).toBe(0);
    expect(out.split("\n")[0]).toBe(
      'usage: cartesia-genesys smoke [cdktf.out] [--stack S] [--connector C] [--text "..."] [--voice ID] [--endpoint URL] [--out FILE] [--fail-on warning]',
    );
  });
});

test("`cartesia-genesys smoke` is wired through the CLI (no key: nothing is sent)", async () => {
  const root = path.join(__dirname, "..", "..", "..");
  const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", CHECKPOINT_DISABLE: "1" };
  const { stdout } = await promisify(execFile)(path.join(root, "node_modules/.bin/tsx"), ["tools/cli.ts", "smoke", outdir, "--stack", "wav"], {
    cwd: root,
    env,
  });
  expect(stdout).toContain("Would send (nothing was sent):");
  expect(stdout.trimEnd().split("\n").pop()).toBe("OFFLINE CHECKS PASSED: the requests fit Cartesia's contract; run again with a key to hear them.");
});

// The live path is the same code with the real endpoint; it runs only when a key is set.
const liveKey = process.env.CARTESIA_API_KEY;
if (!liveKey) console.info("smoke live test skipped: set CARTESIA_API_KEY to run it against api.cartesia.ai.");
(liveKey ? test : test.skip)("live: the default app against api.cartesia.ai", async () => {
  const result = await runTool(["smoke", outdir, "--stack", "cartesia-genesys", "--text", "Hello from the smoke test."], {
    env: { CARTESIA_API_KEY: liveKey! },
    cwd: outdir,
    fetch: (url, init) => fetch(url, init),
  });
  const { code } = result;
  const text = result.stdout + result.stderr;
  expect(text).not.toContain(liveKey!);
  expect(text).toContain("      fits the declared format: yes");
  expect(code).toBe(0);
});
