import type { JsonValue } from "../../lib/shared";
import { OutputFormat, type OutputFormatSpec } from "../../lib/output-format";
import { outputFormatIsSupported } from "../../lib/shared";
import { describeOutputFormat, outputFormatFields } from "../../lib/shared";

/** What the review says about the `output_format` of a synthesized config. */
export interface OutputFormatStatus {
  /** `raw pcm_s16le 8000 Hz`, `mp3 44100 Hz 128000 bit/s`; undefined when no `output_format` is set. */
  readonly description?: string;
  /** 8 kHz PCM (raw or wav), the library's rule for what Genesys telephony plays cleanly. */
  readonly telephonySafe: boolean;
  /** Where the format breaks Cartesia's output-format matrix, in the library's words. */
  readonly problems: readonly string[];
}

/** Reads an `output_format` object back into the library's types and checks it the way the construct does. */
export function classifyOutputFormat(value: JsonValue | undefined): OutputFormatStatus {
  if (value === undefined || value === null || typeof value !== "object" || Array.isArray(value)) {
    return { telephonySafe: false, problems: value === undefined ? [] : ["output_format is not an object."] };
  }
  const record = value;
  // Loose on purpose: hand-written JSON may hold anything, and outputFormatIsSupported names what is wrong.
  const spec = {
    container: record.container,
    encoding: record.encoding,
    sampleRate: record.sample_rate,
    bitRate: record.bit_rate,
  } as unknown as OutputFormatSpec;
  const description = describeOutputFormat(outputFormatFields(record));
  const problems = outputFormatIsSupported(spec, "output_format").errors;
  const telephonySafe = problems.length === 0 && toOutputFormat(spec).isTelephonySafe;
  return { description, telephonySafe, problems };
}

function toOutputFormat(spec: OutputFormatSpec): OutputFormat {
  if (spec.container === "mp3") return OutputFormat.mp3({ sampleRate: spec.sampleRate, bitRate: spec.bitRate! });
  const pcm = { encoding: spec.encoding!, sampleRate: spec.sampleRate };
  return spec.container === "wav" ? OutputFormat.wav(pcm) : OutputFormat.raw(pcm);
}
