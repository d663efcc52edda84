import * as http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A loopback stand-in for Cartesia's API, for tests: it listens on 127.0.0.1 on an ephemeral port and
 * enforces the contract Cartesia documents (its API reference at docs.cartesia.ai, and the request types
 * of its SDK, @cartesia/cartesia-js):
 * the Cartesia-Version header, the key (X-API-Key or Authorization: Bearer), the body's required
 * fields and the output-format matrix. Errors are JSON objects as in API version 2026-03-01
 * (`error_code`, `title`, `message`, `request_id`), plain `Title: Message` text for older versions.
 * Audio comes back in the requested format, with the byte count the requested duration implies.
 *
 * Written independently of tools/smoke (its own matrix, WAV header and MP3 frames), so a mistake in
 * the tool is not mirrored here. Messages marked "(fake)" in tests are this server's wording, not
 * Cartesia's; the guide's own phrases ("You must be logged in to access this endpoint", "Invalid
 * Cartesia-Version header", `quota_exceeded`) are used where the guide gives them.
 */

/** A voice of the fake's list. */
export interface FakeVoice {
  readonly id: string;
  readonly name: string;
  readonly language: string;
  readonly gender: string;
}

/** How the fake behaves. */
export interface FakeCartesiaOptions {
  /** The one standard key it accepts. @default TEST_API_KEY */
  readonly apiKey?: string;
  /** @default FAKE_VOICES */
  readonly voices?: readonly FakeVoice[];
  /** @default "/voices/export" */
  readonly voicesPath?: string;
  /** @default "/tts/bytes" */
  readonly ttsPath?: string;
  /** Answer every TTS request with 402 `quota_exceeded`. */
  readonly quotaExceeded?: boolean;
  /** Answer every TTS request with 429 `concurrency_limited`. */
  readonly concurrencyLimited?: boolean;
  /** Answer every request with this status and a JSON error (e.g. 500). */
  readonly failWith?: number;
  /** Seconds of audio for a transcript. @default secondsFor */
  readonly seconds?: (transcript: string) => number;
  /** Replace the audio of a successful answer (to send what was not asked for). */
  readonly audio?: (format: FakeFormat, seconds: number) => Buffer;
  /** Write WAV headers with open sizes (0xFFFFFFFF), as a streaming encoder does. */
  readonly streamedWav?: boolean;
  /** Put the key it received into its 401 message (a server that echoes secrets). */
  readonly echoKeyInErrors?: boolean;
}

/** A request the fake received. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
  readonly json?: unknown;
}

/** A running fake. */
export interface FakeCartesia {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/** An output format the fake accepted. */
export type FakeFormat =
  | { readonly container: "raw" | "wav"; readonly encoding: string; readonly sample_rate: number }
  | { readonly container: "mp3"; readonly sample_rate: number; readonly bit_rate: number };

/** An obvious fake key. */
export const TEST_API_KEY = "sk_car_test_not_a_real_key_0001";
/** The fake's voice list: two English voices around a French one, to test the choice by language. */
export const FAKE_VOICES: readonly FakeVoice[] = [
  { id: "11111111-aaaa-4bbb-8ccc-000000000001", name: "Test Voice One", language: "en", gender: "feminine" },
  { id: "22222222-aaaa-4bbb-8ccc-000000000002", name: "Voix de test", language: "fr", gender: "masculine" },
  { id: "33333333-aaaa-4bbb-8ccc-000000000003", name: "Test Voice Three", language: "en", gender: "masculine" },
];

const VERSIONS = ["2024-06-10", "2024-11-13", "2025-04-16", "2026-03-01", "2026-08-14"];
const ENCODINGS: Readonly<Record<string, number>> = { pcm_f32le: 4, pcm_s16le: 2, pcm_mulaw: 1, pcm_alaw: 1 };
const RATES = [8000, 16000, 22050, 24000, 44100, 48000];
const BIT_RATES = [32000, 64000, 96000, 128000, 192000];

/** The fake's speaking rate: 50 ms per character (code point), never under a quarter second. */
export function secondsFor(transcript: string): number {
  return Math.max(0.25, [...transcript].length * 0.05);
}

/** Starts the fake on 127.0.0.1 with a port the OS picks. */
export async function startFakeCartesia(options: FakeCartesiaOptions = {}): Promise<FakeCartesia> {
  const requests: RecordedRequest[] = [];
  let counter = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      let json: unknown;
      try {
        json = body === "" ? undefined : JSON.parse(body);
      } catch {
        json = undefined;
      }
      const path = (req.url ?? "/").split("?")[0];
      requests.push({ method: req.method ?? "", path, headers: req.headers, body, json });
      const requestId = `00000000-0000-4000-8000-${String(++counter).padStart(12, "0")}`;
      handle(options, req, path, body, json, requestId, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function handle(
  options: FakeCartesiaOptions,
  req: http.IncomingMessage,
  path: string,
  body: string,
  json: unknown,
  requestId: string,
  res: http.ServerResponse,
): void {
  const version = header(req, "cartesia-version");
  const fail = (status: number, errorCode: string | null, title: string, message: string) => {
    // Before 2026-03-01 Cartesia's errors were plain text; an unusable version header gets JSON.
    if (version !== undefined && VERSIONS.includes(version) && version < "2026-03-01") {
      res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" }).end(`${title}: ${message}`);
      return;
    }
    res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify({ error_code: errorCode, title, message, request_id: requestId }));
  };

  const voicesPath = options.voicesPath ?? "/voices/export";
  const ttsPath = options.ttsPath ?? "/tts/bytes";
  if (path !== voicesPath && path !== ttsPath) return fail(404, "not_found", "Not Found", `No route for ${path} (fake).`);
  const method = path === ttsPath ? "POST" : "GET";
  if (req.method !== method) return fail(405, null, "Method Not Allowed", `${path} takes ${method} (fake).`);

  if (version === undefined || !VERSIONS.includes(version)) {
    return fail(400, null, "Invalid Cartesia-Version header", `Send a Cartesia-Version header with one of ${VERSIONS.join(", ")} (fake).`);
  }
  const bearer = header(req, "authorization")?.match(/^Bearer (.+)$/)?.[1];
  const key = header(req, "x-api-key") ?? bearer;
  if (key?.startsWith("sk_car_admin_")) {
    return fail(403, null, "Forbidden", "Admin API keys cannot call this endpoint; use a standard API key (fake).");
  }
  if (key !== (options.apiKey ?? TEST_API_KEY)) {
    const echo = options.echoKeyInErrors && key ? ` Received key ${key}.` : "";
    return fail(401, null, "Unauthorized", `You must be logged in to access this endpoint.${echo}`);
  }
  if (options.failWith !== undefined) return fail(options.failWith, null, "Internal Server Error", "Something went wrong (fake).");

  const voices = options.voices ?? FAKE_VOICES;
  if (path === voicesPath) {
    res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ data: voices, has_more: false }));
    return;
  }

  if (options.quotaExceeded) return fail(402, "quota_exceeded", "Quota exceeded", "You have used all the credits of your plan; upgrade to continue (fake).");
  if (options.concurrencyLimited) return fail(429, "concurrency_limited", "Too many concurrent requests", "You have exceeded your plan's concurrency limit.");
  if (!/^application\/json\b/.test(header(req, "content-type") ?? "")) {
    return fail(400, "invalid_request", "Invalid request", "Content-Type must be application/json (fake).");
  }
  if (json === undefined) return fail(400, "invalid_request", "Invalid request", `The body is not valid JSON (fake): ${body.slice(0, 40)}`);
  const problem = bodyProblem(json, voices);
  if (problem) return fail(problem.status, problem.status === 404 ? "not_found" : "invalid_request", problem.title, problem.message);

  const request = json as { transcript: string; output_format: FakeFormat };
  const seconds = (options.seconds ?? secondsFor)(request.transcript);
  const format = request.output_format;
  const audio = options.audio ? options.audio(format, seconds) : render(format, seconds, options.streamedWav === true);
  const contentType = format.container === "mp3" ? "audio/mpeg" : format.container === "wav" ? "audio/wav" : "application/octet-stream";
  res.writeHead(200, { "Content-Type": contentType, "Content-Length": String(audio.length) });
  // In pieces, as a streamed synthesis arrives.
  const piece = Math.max(1, Math.ceil(audio.length / 4));
  for (let offset = 0; offset < audio.length; offset += piece) res.write(audio.subarray(offset, offset + piece));
  res.end();
}

function bodyProblem(json: unknown, voices: readonly FakeVoice[]): { status: number; title: string; message: string } | undefined {
  const invalid = (message: string) => ({ status: 400, title: "Invalid request", message: `${message} (fake)` });
  if (json === null || typeof json !== "object" || Array.isArray(json)) return invalid("The body must be a JSON object.");
  const b = json as Record<string, unknown>;
  if (typeof b.model_id !== "string" || b.model_id === "") return invalid("model_id is required.");
  if (!b.model_id.startsWith("sonic")) return invalid(`model_id ${JSON.stringify(b.model_id)} is not a model.`);
  if (typeof b.transcript !== "string" || b.transcript === "") return invalid("transcript is required and must not be empty.");
  const voice = b.voice;
  const voiceId = typeof voice === "string" ? voice : voice !== null && typeof voice === "object" ? (voice as Record<string, unknown>).id : undefined;
  if (
    voice !== null &&
    typeof voice === "object" &&
    (voice as Record<string, unknown>).mode !== undefined &&
    (voice as Record<string, unknown>).mode !== "id"
  ) {
    return invalid(`voice.mode must be "id".`);
  }
  if (typeof voiceId !== "string" || voiceId === "") return invalid("voice.id is required.");
  if (!voices.some((v) => v.id === voiceId)) return { status: 404, title: "Not Found", message: `Voice ${voiceId} not found (fake).` };
  if (b.language !== undefined && b.locale !== undefined) return invalid("Set language or locale, not both.");
  const f = b.output_format as Record<string, unknown> | undefined;
  if (f === null || typeof f !== "object") return invalid("output_format is required.");
  if (!["raw", "wav", "mp3"].includes(f.container as string))
    return invalid(`output_format.container ${JSON.stringify(f.container)} is not one of raw, wav, mp3.`);
  if (!RATES.includes(f.sample_rate as number)) return invalid(`output_format.sample_rate ${JSON.stringify(f.sample_rate)} is not supported.`);
  if (f.container === "mp3") {
    if (f.encoding !== undefined) return invalid("output_format.encoding is not allowed for mp3.");
    if (!BIT_RATES.includes(f.bit_rate as number)) return invalid(`output_format.bit_rate ${JSON.stringify(f.bit_rate)} is not supported for mp3.`);
  } else {
    if (!(typeof f.encoding === "string" && f.encoding in ENCODINGS)) return invalid(`output_format.encoding ${JSON.stringify(f.encoding)} is not supported.`);
    if (f.bit_rate !== undefined) return invalid(`output_format.bit_rate is only for mp3.`);
  }
  return undefined;
}

/** Audio of the format and length asked for: a 440 Hz tone for linear PCM, silence for G.711, silent MP3 frames. */
export function render(format: FakeFormat, seconds: number, streamedWav = false): Buffer {
  if (format.container === "mp3") return mp3Frames(format.sample_rate, format.bit_rate, seconds);
  const samples = Math.round(seconds * format.sample_rate);
  const width = ENCODINGS[format.encoding];
  const pcm = Buffer.alloc(samples * width, format.encoding === "pcm_mulaw" ? 0xff : format.encoding === "pcm_alaw" ? 0xd5 : 0);
  for (let i = 0; i < samples && width > 1; i++) {
    const v = 0.3 * Math.sin((2 * Math.PI * 440 * i) / format.sample_rate);
    if (width === 2) pcm.writeInt16LE(Math.round(v * 32767), i * 2);
    else pcm.writeFloatLE(v, i * 4);
  }
  if (format.container === "raw") return pcm;
  const code = { pcm_s16le: 1, pcm_f32le: 3, pcm_alaw: 6, pcm_mulaw: 7 }[format.encoding as "pcm_s16le"];
  const head = Buffer.alloc(44);
  head.write("RIFF", 0, "ascii");
  head.writeUInt32LE(streamedWav ? 0xffffffff : 36 + pcm.length, 4);
  head.write("WAVEfmt ", 8, "ascii");
  head.writeUInt32LE(16, 16);
  head.writeUInt16LE(code, 20);
  head.writeUInt16LE(1, 22);
  head.writeUInt32LE(format.sample_rate, 24);
  head.writeUInt32LE(format.sample_rate * width, 28);
  head.writeUInt16LE(width, 32);
  head.writeUInt16LE(width * 8, 34);
  head.write("data", 36, "ascii");
  head.writeUInt32LE(streamedWav ? 0xffffffff : pcm.length, 40);
  return Buffer.concat([head, pcm]);
}

/** Silent MPEG layer III frames (all-zero side information), mono, with padding spread as encoders do. */
function mp3Frames(sampleRate: number, bitRate: number, seconds: number): Buffer {
  const mpeg1 = sampleRate >= 32000;
  const mpeg25 = sampleRate <= 12000;
  const table = mpeg1 ? [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320] : [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
  // MPEG-2 and 2.5 frames cannot state more than 160 kbit/s; the fake then sends its highest.
  const kbps = table.includes(bitRate / 1000) ? bitRate / 1000 : table[table.length - 1];
  const rates = mpeg1 ? [44100, 48000, 32000] : mpeg25 ? [11025, 12000, 8000] : [22050, 24000, 16000];
  const samplesPerFrame = mpeg1 ? 1152 : 576;
  const exact = ((mpeg1 ? 144 : 72) * kbps * 1000) / sampleRate;
  const frames = Math.ceil((seconds * sampleRate) / samplesPerFrame);
  const parts: Buffer[] = [];
  let written = 0;
  for (let i = 0; i < frames; i++) {
    const target = Math.floor((i + 1) * exact);
    const length = target - written;
    const padding = length > Math.floor(exact) ? 1 : 0;
    const frame = Buffer.alloc(length);
    frame[0] = 0xff;
    frame[1] = 0xe0 | ((mpeg1 ? 3 : mpeg25 ? 0 : 2) << 3) | (1 << 1) | 1; // layer III, no CRC
    frame[2] = (table.indexOf(kbps) << 4) | (rates.indexOf(sampleRate) << 2) | (padding << 1);
    frame[3] = 0xc0; // mono
    parts.push(frame);
    written = target;
  }
  return Buffer.concat(parts);
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
