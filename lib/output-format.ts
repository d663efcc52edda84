import { describeValue } from "./errors";

/** PCM encodings Cartesia accepts for `raw` and `wav` output. */
export type PcmEncoding = "pcm_f32le" | "pcm_s16le" | "pcm_mulaw" | "pcm_alaw";

/** Sample rates (Hz) Cartesia accepts for every container. */
export type SampleRate = 8000 | 16000 | 22050 | 24000 | 44100 | 48000;

/** MP3 bit rates (bits per second) Cartesia accepts. */
export type Mp3BitRate = 32000 | 64000 | 96000 | 128000 | 192000;

/** Audio container of the synthesized speech. */
export type AudioContainer = "raw" | "wav" | "mp3";

/** Every PCM encoding, in Cartesia's order. */
export const PCM_ENCODINGS: readonly PcmEncoding[] = ["pcm_f32le", "pcm_s16le", "pcm_mulaw", "pcm_alaw"];
/** Every sample rate Cartesia accepts (Hz). */
export const SAMPLE_RATES: readonly SampleRate[] = [8000, 16000, 22050, 24000, 44100, 48000];
/** Every MP3 bit rate Cartesia accepts (bits per second). */
export const MP3_BIT_RATES: readonly Mp3BitRate[] = [32000, 64000, 96000, 128000, 192000];
/** Every audio container. */
export const AUDIO_CONTAINERS: readonly AudioContainer[] = ["raw", "wav", "mp3"];

/** Options of `OutputFormat.raw` and `OutputFormat.wav`. */
export interface PcmFormatOptions {
  /** PCM sample encoding. `pcm_s16le` is what Genesys telephony plays cleanly. */
  readonly encoding: PcmEncoding;
  /** Sample rate in Hz. Genesys telephony wants 8000. */
  readonly sampleRate: SampleRate;
}

/** Options of `OutputFormat.mp3`. */
export interface Mp3FormatOptions {
  /** Sample rate in Hz. */
  readonly sampleRate: SampleRate;
  /** Bit rate in bits per second. */
  readonly bitRate: Mp3BitRate;
}

/** The `output_format` object of Cartesia's `/tts/bytes` body, exactly as sent. */
export type OutputFormatJson =
  | { readonly container: "raw" | "wav"; readonly encoding: PcmEncoding; readonly sample_rate: SampleRate }
  | { readonly container: "mp3"; readonly sample_rate: SampleRate; readonly bit_rate: Mp3BitRate };

/**
 * The audio format Cartesia returns to Genesys: the `output_format` of `synthesizeBody`.
 *
 * Build one with `OutputFormat.raw`, `OutputFormat.wav` or `OutputFormat.mp3`. The values are checked
 * against Cartesia's output-format matrix when the connector is created.
 */
export class OutputFormat {
  /** The guide's format: raw 16-bit little-endian PCM at 8 kHz, what Genesys telephony plays cleanly. */
  public static readonly TELEPHONY = new OutputFormat({ container: "raw", encoding: "pcm_s16le", sampleRate: 8000 });

  // The factories keep every field they are given, typed or not, so a JavaScript caller's stray
  // `encoding` on mp3 (or a snake_case `sample_rate`) is reported rather than silently dropped.

  /** Headerless PCM samples. */
  public static raw(options: PcmFormatOptions): OutputFormat {
    return OutputFormat.fromOptions("raw", options);
  }

  /** PCM samples in a WAV container. */
  public static wav(options: PcmFormatOptions): OutputFormat {
    return OutputFormat.fromOptions("wav", options);
  }

  /** MP3-compressed audio. Genesys telephony was seen to crackle with it: prefer `raw` for calls. */
  public static mp3(options: Mp3FormatOptions): OutputFormat {
    return OutputFormat.fromOptions("mp3", options);
  }

  private static fromOptions(container: AudioContainer, options: unknown): OutputFormat {
    if (options === null || typeof options !== "object" || Array.isArray(options)) {
      // Not spread: a string would turn into one field per character.
      const spec: OutputFormatSpec = { container, sampleRate: undefined as never };
      NOT_AN_OPTIONS_OBJECT.set(spec, options);
      return new OutputFormat(spec);
    }
    return new OutputFormat({ ...options, container } as OutputFormatSpec);
  }

  private constructor(public readonly spec: OutputFormatSpec) {}

  /** The `output_format` object Cartesia receives. Call only on a format that `outputFormatProblems` accepts. */
  public toJson(): OutputFormatJson {
    const { container, encoding, sampleRate, bitRate } = this.spec;
    if (container === "mp3") {
      return { container, sample_rate: sampleRate, bit_rate: bitRate as Mp3BitRate };
    }
    return { container: container, encoding: encoding as PcmEncoding, sample_rate: sampleRate };
  }

  /** Whether this is 8 kHz PCM (raw or wav, any encoding): the formats that played cleanly in Genesys telephony. */
  public get isTelephonySafe(): boolean {
    return this.spec.container !== "mp3" && this.spec.sampleRate === 8000;
  }
}

/** The loose shape of an output format before validation. */
export interface OutputFormatSpec {
  /** Audio container. */
  readonly container: AudioContainer;
  /** PCM encoding: required for `raw` and `wav`, not allowed for `mp3`. */
  readonly encoding?: PcmEncoding;
  /** Sample rate in Hz, required for every container. */
  readonly sampleRate: SampleRate;
  /** Bit rate: required for `mp3`, not allowed for `raw` and `wav`. */
  readonly bitRate?: Mp3BitRate;
}

/** Specs whose factory was given something other than an options object, with what it was given. */
const NOT_AN_OPTIONS_OBJECT = new WeakMap<OutputFormatSpec, unknown>();

/** Field names of the factories' options, with the spellings a caller may reach for instead. */
const FIELD_SPELLINGS: Readonly<Record<string, string>> = {
  sample_rate: "sampleRate",
  samplerate: "sampleRate",
  rate: "sampleRate",
  bit_rate: "bitRate",
  bitrate: "bitRate",
  format: "encoding",
};
const SPEC_FIELDS: readonly string[] = ["container", "encoding", "sampleRate", "bitRate"];

/**
 * Checks a format against Cartesia's output-format matrix. Returns one message per problem, each
 * naming the field, the value received and what is allowed; empty when the format is valid.
 */
export function outputFormatProblems(spec: OutputFormatSpec, prop = "outputFormat"): string[] {
  const problems: string[] = [];
  const { container, encoding, sampleRate, bitRate } = spec;
  if (!AUDIO_CONTAINERS.includes(container)) {
    problems.push(`${prop}.container: got ${describeValue(container)}; allowed: ${AUDIO_CONTAINERS.join(", ")}.`);
    return problems;
  }
  const fields = container === "mp3" ? "{ sampleRate, bitRate }" : "{ encoding, sampleRate }";
  if (NOT_AN_OPTIONS_OBJECT.has(spec)) {
    problems.push(`${prop}: OutputFormat.${container} got ${describeValue(NOT_AN_OPTIONS_OBJECT.get(spec))}; expected options ${fields}.`);
    return problems;
  }
  for (const field of Object.keys(spec).filter((f) => !SPEC_FIELDS.includes(f) && (spec as unknown as Record<string, unknown>)[f] !== undefined)) {
    const meant = FIELD_SPELLINGS[field.toLowerCase()] ?? SPEC_FIELDS.find((f) => f.toLowerCase() === field.toLowerCase());
    problems.push(
      `${prop}.${field}: OutputFormat.${container} has no option ${describeValue(field)}${meant ? ` (did you mean ${meant}?)` : ""}; its options are ${fields}.`,
    );
  }
  if (!SAMPLE_RATES.includes(sampleRate)) {
    problems.push(`${prop}.sampleRate: got ${describeValue(sampleRate)}${numberHint(sampleRate)}; allowed for ${container}: ${SAMPLE_RATES.join(", ")} (Hz).`);
  }
  if (container === "mp3") {
    if (encoding !== undefined) {
      problems.push(`${prop}.encoding: got ${describeValue(encoding)}; mp3 takes no encoding (only raw and wav do).`);
    }
    if (bitRate === undefined) {
      problems.push(`${prop}.bitRate: missing; mp3 requires one of ${MP3_BIT_RATES.join(", ")} (bits per second).`);
    } else if (!MP3_BIT_RATES.includes(bitRate)) {
      problems.push(`${prop}.bitRate: got ${describeValue(bitRate)}${numberHint(bitRate)}; allowed for mp3: ${MP3_BIT_RATES.join(", ")}.`);
    }
  } else {
    if (encoding === undefined) {
      problems.push(`${prop}.encoding: missing; ${container} requires one of ${PCM_ENCODINGS.join(", ")}.`);
    } else if (!PCM_ENCODINGS.includes(encoding)) {
      problems.push(`${prop}.encoding: got ${describeValue(encoding)}; allowed for ${container}: ${PCM_ENCODINGS.join(", ")}.`);
    }
    if (bitRate !== undefined) {
      problems.push(`${prop}.bitRate: got ${describeValue(bitRate)}; ${container} takes no bit rate (only mp3 does).`);
    }
  }
  return problems;
}

/** ` (a string; pass the number 8000)` when a rate was given as the string of an allowed number. */
function numberHint(value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") return "";
  const n = Number(value);
  return [...SAMPLE_RATES, ...MP3_BIT_RATES].includes(n as never) ? ` (a string; pass the number ${n})` : "";
}
