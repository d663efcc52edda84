import { markGenuine } from "./private/genuine";

// Enums, for every language jsii targets; TypeScript also takes each value's text or number
// (`"pcm_s16le"`, `8000`), as before the enums: `${PcmEncoding}` is the union of the texts.

/** PCM encodings Cartesia accepts for `raw` and `wav` output. */
export enum PcmEncoding {
  /** 32-bit float, little-endian. */
  PCM_F32LE = "pcm_f32le",
  /** 16-bit signed integer, little-endian: what Genesys telephony plays cleanly. */
  PCM_S16LE = "pcm_s16le",
  /** 8-bit mu-law. */
  PCM_MULAW = "pcm_mulaw",
  /** 8-bit A-law. */
  PCM_ALAW = "pcm_alaw",
}

/** Sample rates (Hz) Cartesia accepts for every container. A number literal (`8000`) is accepted in TypeScript. */
export enum SampleRate {
  /** 8 kHz: Genesys telephony. */
  HZ_8000 = 8000,
  /** 16 kHz. */
  HZ_16000 = 16000,
  /** 22.05 kHz. */
  HZ_22050 = 22050,
  /** 24 kHz. */
  HZ_24000 = 24000,
  /** 44.1 kHz. */
  HZ_44100 = 44100,
  /** 48 kHz. */
  HZ_48000 = 48000,
}

/** MP3 bit rates (bits per second) Cartesia accepts. A number literal (`128000`) is accepted in TypeScript. */
export enum Mp3BitRate {
  /** 32 kbit/s. */
  BPS_32000 = 32000,
  /** 64 kbit/s. */
  BPS_64000 = 64000,
  /** 96 kbit/s. */
  BPS_96000 = 96000,
  /** 128 kbit/s. */
  BPS_128000 = 128000,
  /** 192 kbit/s. */
  BPS_192000 = 192000,
}

/** Audio container of the synthesized speech. */
export enum AudioContainer {
  /** Headerless PCM samples. */
  RAW = "raw",
  /** PCM samples in a WAV container. */
  WAV = "wav",
  /** MP3-compressed audio. */
  MP3 = "mp3",
}

/** A PCM encoding: `PcmEncoding.PCM_S16LE`, or in TypeScript its text `"pcm_s16le"`. */
export type PcmEncodingName = PcmEncoding | `${PcmEncoding}`;
/** An audio container: `AudioContainer.RAW`, or in TypeScript its text `"raw"`. */
export type AudioContainerName = AudioContainer | `${AudioContainer}`;

/** Every PCM encoding, in Cartesia's order. */
export const PCM_ENCODINGS: readonly `${PcmEncoding}`[] = ["pcm_f32le", "pcm_s16le", "pcm_mulaw", "pcm_alaw"];
/** Every sample rate Cartesia accepts (Hz). */
export const SAMPLE_RATES: readonly SampleRate[] = [8000, 16000, 22050, 24000, 44100, 48000];
/** Every MP3 bit rate Cartesia accepts (bits per second). */
export const MP3_BIT_RATES: readonly Mp3BitRate[] = [32000, 64000, 96000, 128000, 192000];
/** Every audio container. */
export const AUDIO_CONTAINERS: readonly `${AudioContainer}`[] = ["raw", "wav", "mp3"];

/** Options of `OutputFormat.raw` and `OutputFormat.wav`. */
export interface PcmFormatOptions {
  /** PCM sample encoding. `pcm_s16le` is what Genesys telephony plays cleanly. */
  readonly encoding: PcmEncodingName;
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
  | { readonly container: "raw" | "wav"; readonly encoding: `${PcmEncoding}`; readonly sample_rate: SampleRate }
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

  private static fromOptions(container: `${AudioContainer}`, options: unknown): OutputFormat {
    if (options === null || typeof options !== "object" || Array.isArray(options)) {
      // Not spread: a string would turn into one field per character.
      const spec: OutputFormatSpec = { container, sampleRate: undefined as never };
      NOT_AN_OPTIONS_OBJECT.set(spec, options);
      return new OutputFormat(spec);
    }
    return new OutputFormat({ ...options, container } as OutputFormatSpec);
  }

  private constructor(
    /** The fields as given to the factory, before validation. */
    public readonly spec: OutputFormatSpec,
  ) {
    markGenuine(this);
  }

  /**
   * The `output_format` object Cartesia receives (`container`, `encoding` or `bit_rate`, `sample_rate`).
   * Call only on a format that the connector accepted.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- jsii: a JSON object is a map of any, in every language
  public toJson(): { [key: string]: any } {
    return outputFormatJson(this);
  }

  /** Whether this is 8 kHz PCM (raw or wav, any encoding): the formats that played cleanly in Genesys telephony. */
  public get isTelephonySafe(): boolean {
    return this.spec.container !== AudioContainer.MP3 && this.spec.sampleRate === SampleRate.HZ_8000;
  }
}

/**
 * Specs whose factory was given something other than an options object, with what it was given, for the
 * check to name it. Internal: lib/index.ts does not export it.
 */
export const NOT_AN_OPTIONS_OBJECT = new WeakMap<OutputFormatSpec, unknown>();

/** The loose shape of an output format before validation. */
export interface OutputFormatSpec {
  /** Audio container. */
  readonly container: AudioContainerName;
  /** PCM encoding: required for `raw` and `wav`, not allowed for `mp3`. */
  readonly encoding?: PcmEncodingName;
  /** Sample rate in Hz, required for every container. */
  readonly sampleRate: SampleRate;
  /** Bit rate: required for `mp3`, not allowed for `raw` and `wav`. */
  readonly bitRate?: Mp3BitRate;
}

/** `format.toJson()`, typed: the `output_format` object Cartesia receives. Call only on a format that `outputFormatIsSupported` accepts. */
export function outputFormatJson(format: OutputFormat): OutputFormatJson {
  const { container, encoding, sampleRate, bitRate } = format.spec;
  if (container === "mp3") {
    return { container: "mp3", sample_rate: sampleRate, bit_rate: bitRate as Mp3BitRate };
  }
  return { container, encoding: encoding as `${PcmEncoding}`, sample_rate: sampleRate };
}
