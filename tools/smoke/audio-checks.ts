import type { OutputFormatJson, PcmEncoding as PcmEncodingEnum } from "../../lib/output-format";

/** An encoding as Cartesia spells it. */
type PcmEncoding = `${PcmEncodingEnum}`;
import { layer3BitRateRepresentable, scanMp3 } from "./mp3-frames";
import { describeStart, parseWav, WAV_FORMATS, wavFile } from "./wav";

/** Bytes per (mono) sample of each PCM encoding. */
export const BYTES_PER_SAMPLE: Readonly<Record<PcmEncoding, number>> = { pcm_f32le: 4, pcm_s16le: 2, pcm_mulaw: 1, pcm_alaw: 1 };

/**
 * Bytes of one second of audio in a declared format: sample rate x sample size for PCM (mono, so raw
 * `pcm_s16le` at 8 kHz is 16,000), bit rate / 8 for mp3.
 */
export function bytesPerSecond(format: OutputFormatJson): number {
  return format.container === "mp3" ? format.bit_rate / 8 : format.sample_rate * BYTES_PER_SAMPLE[format.encoding];
}

/** What the audio Cartesia returned holds, checked against the declared format. */
export interface AudioVerdict {
  /** Bytes received. */
  readonly bytes: number;
  /** Bytes of sound: PCM samples (raw, wav `data`) or MP3 frames. */
  readonly audioBytes: number;
  /** Seconds of audio; undefined when the bytes could not be read as the declared format. */
  readonly durationSeconds?: number;
  /** Bytes per second the declared format implies. */
  readonly expectedBytesPerSecond: number;
  /** Whether the bytes are what the declared format says they are: no `problems`. */
  readonly fits: boolean;
  /** Why the bytes do not fit the declared format. */
  readonly problems: readonly string[];
  /** What else was seen, fitting or not. */
  readonly notes: readonly string[];
  /** A playable file of the audio: WAV for PCM (raw wrapped, wav re-headed), the MP3 itself for mp3. */
  readonly playable?: { readonly extension: "wav" | "mp3"; readonly data: Buffer };
}

/** Checks received audio bytes against the body's `output_format`. */
export function checkAudio(bytes: Buffer, format: OutputFormatJson): AudioVerdict {
  if (format.container === "mp3") return checkMp3(bytes, format.sample_rate, format.bit_rate);
  return format.container === "raw" ? checkRaw(bytes, format.encoding, format.sample_rate) : checkWav(bytes, format.encoding, format.sample_rate);
}

function checkRaw(bytes: Buffer, encoding: PcmEncoding, sampleRate: number): AudioVerdict {
  const sampleBytes = BYTES_PER_SAMPLE[encoding];
  const expectedBytesPerSecond = sampleRate * sampleBytes;
  const problems: string[] = [];
  const notes: string[] = [];
  const container = sniffContainer(bytes);
  if (container) {
    problems.push(`raw PCM was declared, but the bytes are ${container}: Genesys would play them as noise.`);
  }
  if (bytes.length === 0) problems.push("no audio: 0 bytes.");
  if (bytes.length % sampleBytes !== 0) {
    problems.push(`${bytes.length} bytes is not a whole number of ${sampleBytes}-byte ${encoding} samples (${bytes.length % sampleBytes} left over).`);
  }
  if (problems.length === 0) notes.push(`${bytes.length / sampleBytes} whole ${encoding} samples.`);
  return {
    bytes: bytes.length,
    audioBytes: bytes.length,
    durationSeconds: container ? undefined : bytes.length / expectedBytesPerSecond,
    expectedBytesPerSecond,
    fits: problems.length === 0,
    problems,
    notes,
    playable: container || bytes.length === 0 ? undefined : { extension: "wav", data: wavFile(bytes, encoding, sampleRate) },
  };
}

function checkWav(bytes: Buffer, encoding: PcmEncoding, sampleRate: number): AudioVerdict {
  const sampleBytes = BYTES_PER_SAMPLE[encoding];
  const expectedBytesPerSecond = sampleRate * sampleBytes;
  const parsed = parseWav(bytes);
  if (typeof parsed === "string") {
    return { bytes: bytes.length, audioBytes: 0, expectedBytesPerSecond, fits: false, problems: [`wav was declared, but ${parsed}`], notes: [] };
  }
  const problems: string[] = [];
  const notes: string[] = [];
  const want = WAV_FORMATS[encoding];
  const { format } = parsed;
  if (format.code !== want.code || format.bitsPerSample !== want.bits) {
    problems.push(`the WAV header says format ${format.code} with ${format.bitsPerSample}-bit samples; ${encoding} is format ${want.code}, ${want.bits}-bit.`);
  }
  if (format.sampleRate !== sampleRate) problems.push(`the WAV header says ${format.sampleRate} Hz; ${sampleRate} Hz was declared.`);
  if (format.channels !== 1) problems.push(`the WAV header says ${format.channels} channels; telephony audio is mono.`);
  if (!parsed.streamed && parsed.data.length < parsed.declaredDataBytes) {
    problems.push(`the WAV data chunk declares ${parsed.declaredDataBytes} bytes but only ${parsed.data.length} arrived: the audio is cut short.`);
  }
  const frameBytes = Math.max(1, format.blockAlign);
  if (parsed.data.length % frameBytes !== 0) {
    problems.push(`${parsed.data.length} data bytes is not a whole number of ${frameBytes}-byte sample frames.`);
  }
  if (parsed.data.length === 0) problems.push("no audio: the data chunk is empty.");
  if (parsed.streamed) notes.push("the WAV header's sizes are left open (streamed); the data runs to the end of the response.");
  const headerBytesPerSecond = format.sampleRate * format.channels * (format.bitsPerSample / 8);
  const playableEncoding = (Object.keys(WAV_FORMATS) as PcmEncoding[]).find(
    (e) => WAV_FORMATS[e].code === format.code && WAV_FORMATS[e].bits === format.bitsPerSample,
  );
  return {
    bytes: bytes.length,
    audioBytes: parsed.data.length,
    durationSeconds: headerBytesPerSecond > 0 ? parsed.data.length / headerBytesPerSecond : undefined,
    expectedBytesPerSecond,
    fits: problems.length === 0,
    problems,
    notes,
    // Re-headed from what the header says, so the file plays even when the format is not the declared one.
    playable:
      playableEncoding && format.channels === 1 && parsed.data.length > 0
        ? { extension: "wav", data: wavFile(parsed.data, playableEncoding, format.sampleRate) }
        : undefined,
  };
}

function checkMp3(bytes: Buffer, sampleRate: number, bitRate: number): AudioVerdict {
  const expectedBytesPerSecond = bitRate / 8;
  const scan = scanMp3(bytes);
  const problems: string[] = [];
  const notes: string[] = [];
  if (scan.frames.length === 0) {
    problems.push(
      `mp3 was declared, but no MPEG audio frame was found (the bytes start with ${describeStart(bytes)}${scan.stoppedAt ? `; ${scan.stoppedAt}` : ""}).`,
    );
    return { bytes: bytes.length, audioBytes: 0, expectedBytesPerSecond, fits: false, problems, notes };
  }
  const layers = new Set(scan.frames.map((f) => f.layer));
  const rates = new Set(scan.frames.map((f) => f.sampleRate));
  const bitRates = new Set(scan.frames.map((f) => f.bitRate));
  if (layers.size !== 1 || !layers.has(3)) problems.push(`the frames are MPEG layer ${[...layers].join("/")}; mp3 is layer III.`);
  if (rates.size !== 1 || !rates.has(sampleRate)) problems.push(`the frames say ${[...rates].join("/")} Hz; ${sampleRate} Hz was declared.`);
  const representable = layer3BitRateRepresentable(sampleRate, bitRate);
  if (bitRates.size !== 1 || !bitRates.has(bitRate)) {
    const said = `the frames say ${[...bitRates].map((b) => b / 1000).join("/")} kbit/s; ${bitRate / 1000} kbit/s was declared`;
    // A bit rate no MP3 header can state at this sample rate is Cartesia's to choose, not a fault.
    if (representable) problems.push(`${said}.`);
    else notes.push(`${said}, which an MP3 frame cannot state at ${sampleRate} Hz.`);
  }
  if (scan.trailingBytes > 0)
    problems.push(`${scan.trailingBytes} bytes after the last whole frame (${scan.stoppedAt ?? "not a frame"}): the stream is cut short or has foreign data.`);
  const audioBytes = scan.frames.reduce((sum, f) => sum + f.length, 0);
  const samples = scan.frames.reduce((sum, f) => sum + f.samples, 0);
  const frameRate = scan.frames[0].sampleRate;
  if (problems.length === 0)
    notes.push(`${scan.frames.length} MPEG-${scan.frames[0].version} layer III frames, ${scan.frames[0].channels === 1 ? "mono" : "stereo"}.`);
  return {
    bytes: bytes.length,
    audioBytes,
    durationSeconds: samples / frameRate,
    expectedBytesPerSecond,
    fits: problems.length === 0,
    problems,
    notes,
    playable: { extension: "mp3", data: bytes },
  };
}

/** Names a container that headerless PCM should not start with. */
function sniffContainer(bytes: Buffer): string | undefined {
  const head = bytes.toString("latin1", 0, 4);
  if (head === "RIFF") return "a WAV file (RIFF header)";
  if (head.startsWith("ID3")) return "an MP3 file (ID3 tag)";
  if (head === "fLaC" || head === "OggS") return `a ${head === "fLaC" ? "FLAC" : "Ogg"} file`;
  const scan = scanMp3(bytes);
  // PCM can start with 0xFFE by chance; three chained frames that end the stream cannot.
  if (scan.frames.length >= 3 && scan.trailingBytes === 0) return "an MP3 stream";
  // Audio never spells out 32 printable characters in a row; an error page or JSON does.
  const head32 = bytes.toString("latin1", 0, 32);
  if (bytes.length >= 2 && /^[\t\n\r\x20-\x7e]+$/.test(head32) && /^\s*[{[<]/.test(head32) && (bytes.length >= 32 || isJson(bytes))) {
    return `text (${JSON.stringify(bytes.toString("utf8", 0, 60))})`;
  }
  return undefined;
}

function isJson(bytes: Buffer): boolean {
  try {
    JSON.parse(bytes.toString("utf8"));
    return true;
  } catch {
    return false;
  }
}
