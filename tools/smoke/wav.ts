import type { PcmEncoding as PcmEncodingEnum } from "../../lib/output-format";

/** An encoding as Cartesia spells it. */
type PcmEncoding = `${PcmEncodingEnum}`;

/** WAV `fmt ` format codes for Cartesia's four PCM encodings, with their sample width. */
export const WAV_FORMATS: Readonly<Record<PcmEncoding, { readonly code: number; readonly bits: number }>> = {
  pcm_s16le: { code: 1, bits: 16 },
  pcm_f32le: { code: 3, bits: 32 },
  pcm_alaw: { code: 6, bits: 8 },
  pcm_mulaw: { code: 7, bits: 8 },
};

const WAVE_FORMAT_EXTENSIBLE = 0xfffe;
/** Sizes a streaming encoder writes before it knows the length. */
const OPEN_SIZES = new Set([0, 0xffffffff]);

/**
 * Wraps headerless mono samples in a WAV file that any player opens. Non-integer formats (float,
 * A-law, mu-law) get the 18-byte `fmt ` chunk and the `fact` chunk the WAV specification asks for.
 */
export function wavFile(samples: Buffer, encoding: PcmEncoding, sampleRate: number): Buffer {
  const { code, bits } = WAV_FORMATS[encoding];
  const blockAlign = bits / 8;
  const extended = code !== 1;
  const fmt = Buffer.alloc(extended ? 18 : 16);
  fmt.writeUInt16LE(code, 0);
  fmt.writeUInt16LE(1, 2); // mono
  fmt.writeUInt32LE(sampleRate, 4);
  fmt.writeUInt32LE(sampleRate * blockAlign, 8);
  fmt.writeUInt16LE(blockAlign, 12);
  fmt.writeUInt16LE(bits, 14);
  const chunks = [chunk("fmt ", fmt)];
  if (extended) {
    const fact = Buffer.alloc(4);
    fact.writeUInt32LE(Math.floor(samples.length / blockAlign), 0);
    chunks.push(chunk("fact", fact));
  }
  // A byte count not a multiple of the sample size is cut to whole samples: players reject a ragged end.
  chunks.push(chunk("data", samples.subarray(0, samples.length - (samples.length % blockAlign))));
  const body = Buffer.concat([Buffer.from("WAVE", "ascii"), ...chunks]);
  const riff = Buffer.alloc(8);
  riff.write("RIFF", 0, "ascii");
  riff.writeUInt32LE(body.length, 4);
  return Buffer.concat([riff, body]);
}

/** The `fmt ` chunk of a WAV file. */
export interface WavFormat {
  /** 1 PCM, 3 IEEE float, 6 A-law, 7 mu-law (the sub-format's code for WAVE_FORMAT_EXTENSIBLE). */
  readonly code: number;
  readonly channels: number;
  readonly sampleRate: number;
  readonly bitsPerSample: number;
  readonly blockAlign: number;
}

/** A parsed WAV file. */
export interface ParsedWav {
  readonly format: WavFormat;
  /** The samples of the `data` chunk (what is present, when the file is cut short). */
  readonly data: Buffer;
  /** The `data` chunk's size as its header states it. */
  readonly declaredDataBytes: number;
  /** The header's sizes were left open (0 or 0xFFFFFFFF), as a streaming encoder writes them. */
  readonly streamed: boolean;
}

/** Parses a WAV file; returns a message saying what is wrong when it is not one. */
export function parseWav(bytes: Buffer): ParsedWav | string {
  if (bytes.length < 12 || bytes.toString("ascii", 0, 4) !== "RIFF" || bytes.toString("ascii", 8, 12) !== "WAVE") {
    return `not a WAV file: it does not start with RIFF....WAVE (starts with ${describeStart(bytes)}).`;
  }
  let format: WavFormat | undefined;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString("ascii", offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    const start = offset + 8;
    if (id === "fmt ") {
      if (size < 16 || start + 16 > bytes.length) return `the WAV "fmt " chunk is ${size} bytes; at least 16 are needed.`;
      let code = bytes.readUInt16LE(start);
      if (code === WAVE_FORMAT_EXTENSIBLE && size >= 26 && start + 26 <= bytes.length) code = bytes.readUInt16LE(start + 24);
      format = {
        code,
        channels: bytes.readUInt16LE(start + 2),
        sampleRate: bytes.readUInt32LE(start + 4),
        blockAlign: bytes.readUInt16LE(start + 12),
        bitsPerSample: bytes.readUInt16LE(start + 14),
      };
    } else if (id === "data") {
      if (!format) return `the WAV "data" chunk comes before any "fmt " chunk.`;
      const streamed = OPEN_SIZES.has(size) && bytes.length > start;
      const end = streamed ? bytes.length : Math.min(bytes.length, start + size);
      return { format, data: bytes.subarray(start, end), declaredDataBytes: size, streamed };
    }
    offset = start + size + (size % 2); // chunks are padded to even sizes
  }
  return format ? `the WAV file has no "data" chunk.` : `the WAV file has no "fmt " chunk.`;
}

function chunk(id: string, data: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.write(id, 0, "ascii");
  header.writeUInt32LE(data.length, 4);
  return Buffer.concat(data.length % 2 === 1 ? [header, data, Buffer.alloc(1)] : [header, data]);
}

/** The first bytes of a buffer, for messages: printable ASCII as text, else hex. */
export function describeStart(bytes: Buffer): string {
  const head = bytes.subarray(0, 8);
  if (head.length === 0) return "nothing (0 bytes)";
  return /^[\x20-\x7e]+$/.test(head.toString("latin1")) ? JSON.stringify(head.toString("latin1")) : `0x${head.toString("hex")}`;
}
