/** One MPEG audio frame header, decoded. */
export interface Mp3Frame {
  readonly offset: number;
  readonly length: number;
  /** 1, 2 or 2.5. */
  readonly version: 1 | 2 | 2.5;
  readonly layer: 1 | 2 | 3;
  /** Bits per second. */
  readonly bitRate: number;
  readonly sampleRate: number;
  /** Samples per channel in the frame. */
  readonly samples: number;
  readonly channels: 1 | 2;
}

/** What walking an MP3 stream's frames found. */
export interface Mp3Scan {
  /** Bytes of a leading ID3v2 tag. */
  readonly id3Bytes: number;
  /** Audio frames, without a leading Xing/Info frame (it carries metadata, not sound). */
  readonly frames: readonly Mp3Frame[];
  /** Bytes after the last whole frame that are not an ID3v1 tag: a cut-off or foreign tail. */
  readonly trailingBytes: number;
  /** Why the walk stopped early, when it did. */
  readonly stoppedAt?: string;
}

const SAMPLE_RATES: Readonly<Record<string, readonly number[]>> = { "1": [44100, 48000, 32000], "2": [22050, 24000, 16000], "2.5": [11025, 12000, 8000] };
const LAYER3_KBPS: Readonly<Record<"1" | "2", readonly number[]>> = {
  "1": [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  "2": [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const LAYER12_KBPS: Readonly<Record<string, readonly number[]>> = {
  "1-1": [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  "1-2": [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  "2-1": [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  "2-2": [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};

/** The MPEG version whose sample rates include `sampleRate`. */
export function mpegVersionFor(sampleRate: number): 1 | 2 | 2.5 | undefined {
  for (const version of [1, 2, 2.5] as const) if (SAMPLE_RATES[String(version)].includes(sampleRate)) return version;
  return undefined;
}

/** Whether a Layer III frame header can state `bitRate` at `sampleRate` (MPEG-2 and 2.5 stop at 160 kbit/s). */
export function layer3BitRateRepresentable(sampleRate: number, bitRate: number): boolean {
  const version = mpegVersionFor(sampleRate);
  if (version === undefined) return false;
  return LAYER3_KBPS[version === 1 ? "1" : "2"].includes(bitRate / 1000);
}

/** Decodes the frame header at `offset`, or undefined when there is none. */
export function readFrameHeader(bytes: Buffer, offset: number): Mp3Frame | undefined {
  if (offset + 4 > bytes.length) return undefined;
  const b1 = bytes[offset + 1];
  const b2 = bytes[offset + 2];
  if (bytes[offset] !== 0xff || (b1 & 0xe0) !== 0xe0) return undefined;
  const versionBits = (b1 >> 3) & 3;
  const layerBits = (b1 >> 1) & 3;
  const bitRateIndex = b2 >> 4;
  const sampleRateIndex = (b2 >> 2) & 3;
  if (versionBits === 1 || layerBits === 0 || bitRateIndex === 0 || bitRateIndex === 15 || sampleRateIndex === 3) return undefined;
  const version = versionBits === 3 ? 1 : versionBits === 2 ? 2 : 2.5;
  const layer = (4 - layerBits) as 1 | 2 | 3;
  const family = version === 1 ? "1" : "2";
  const kbps = layer === 3 ? LAYER3_KBPS[family][bitRateIndex] : LAYER12_KBPS[`${family}-${layer}`][bitRateIndex];
  const sampleRate = SAMPLE_RATES[String(version)][sampleRateIndex];
  const padding = (b2 >> 1) & 1;
  const bitRate = kbps * 1000;
  let length: number;
  let samples: number;
  if (layer === 1) {
    length = (Math.floor((12 * bitRate) / sampleRate) + padding) * 4;
    samples = 384;
  } else if (layer === 2 || version === 1) {
    length = Math.floor((144 * bitRate) / sampleRate) + padding;
    samples = 1152;
  } else {
    length = Math.floor((72 * bitRate) / sampleRate) + padding;
    samples = 576;
  }
  return { offset, length, version, layer, bitRate, sampleRate, samples, channels: bytes[offset + 3] >> 6 === 3 ? 1 : 2 };
}

/** Walks the frames of an MP3 stream from its start (after any ID3v2 tag) to its end. */
export function scanMp3(bytes: Buffer): Mp3Scan {
  let offset = 0;
  if (bytes.length >= 10 && bytes.toString("latin1", 0, 3) === "ID3") {
    const size = ((bytes[6] & 0x7f) << 21) | ((bytes[7] & 0x7f) << 14) | ((bytes[8] & 0x7f) << 7) | (bytes[9] & 0x7f);
    offset = 10 + size + (bytes[5] & 0x10 ? 10 : 0);
  }
  const id3Bytes = offset;
  const frames: Mp3Frame[] = [];
  let stoppedAt: string | undefined;
  while (offset < bytes.length) {
    if (bytes.length - offset === 128 && bytes.toString("latin1", offset, offset + 3) === "TAG") {
      offset = bytes.length; // ID3v1 tag
      break;
    }
    const frame = readFrameHeader(bytes, offset);
    if (!frame) {
      stoppedAt = `no MP3 frame header at byte ${offset}`;
      break;
    }
    if (offset + frame.length > bytes.length) {
      stoppedAt = `the frame at byte ${offset} needs ${frame.length} bytes; ${bytes.length - offset} remain`;
      break;
    }
    if (!(frames.length === 0 && isInfoFrame(bytes, frame))) frames.push(frame);
    offset += frame.length;
  }
  return { id3Bytes, frames, trailingBytes: bytes.length - offset, stoppedAt };
}

/** A Xing or Info frame: encoder metadata dressed as the first frame. */
function isInfoFrame(bytes: Buffer, frame: Mp3Frame): boolean {
  const head = bytes.toString("latin1", frame.offset + 4, frame.offset + Math.min(frame.length, 48));
  return head.includes("Xing") || head.includes("Info");
}
