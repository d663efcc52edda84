/** An output format's fields as any source has them: an `OutputFormat`'s spec, or `output_format` read back from JSON. */
export interface OutputFormatFields {
  readonly container?: unknown;
  readonly encoding?: unknown;
  readonly sampleRate?: unknown;
  readonly bitRate?: unknown;
}

/**
 * An output format in words, the same in every message, review and report: `raw pcm_s16le 8000 Hz`,
 * `mp3 44100 Hz 128000 bit/s`. Missing fields are left out; a rate that is not a number is shown as
 * the JSON it is (`"8000" Hz`), so a hand-written string stands out.
 */
export function describeOutputFormat(format: OutputFormatFields): string {
  const shown = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : JSON.stringify(value));
  const rate = (value: unknown, unit: string) =>
    value === undefined || value === null ? undefined : `${typeof value === "number" ? value : JSON.stringify(value)} ${unit}`;
  return [format.container, format.encoding]
    .filter((part) => part !== undefined && part !== null)
    .map(shown)
    .concat([rate(format.sampleRate, "Hz"), rate(format.bitRate, "bit/s")].filter((part): part is string => part !== undefined))
    .join(" ");
}

/** The fields of a Cartesia `output_format` object (snake case), for `describeOutputFormat`. */
export function outputFormatFields(json: { readonly [key: string]: unknown }): OutputFormatFields {
  return { container: json.container, encoding: json.encoding, sampleRate: json.sample_rate, bitRate: json.bit_rate };
}
