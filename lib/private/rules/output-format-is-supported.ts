import { AUDIO_CONTAINERS, MP3_BIT_RATES, NOT_AN_OPTIONS_OBJECT, PCM_ENCODINGS, SAMPLE_RATES, type OutputFormatSpec } from "../../output-format";
import { describeKey, describeValue } from "../describe-value";
import { errorsOnly, type Verdict } from "../verdict";

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
 * A format against Cartesia's output-format matrix: one error per problem, each naming the field, the
 * value received and what is allowed.
 */
export function outputFormatIsSupported(spec: OutputFormatSpec, prop = "outputFormat"): Verdict {
  return errorsOnly(errors(spec, prop));
}

function errors(spec: OutputFormatSpec, prop: string): string[] {
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
    // Own properties only: a field named "constructor" must not find Object's.
    const spelled = Object.hasOwn(FIELD_SPELLINGS, field.toLowerCase()) ? FIELD_SPELLINGS[field.toLowerCase()] : undefined;
    const meant = spelled ?? SPEC_FIELDS.find((f) => f.toLowerCase() === field.toLowerCase());
    problems.push(
      `${prop}.${describeKey(field)}: OutputFormat.${container} has no option ${describeValue(field)}${meant ? ` (did you mean ${meant}?)` : ""}; its options are ${fields}.`,
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
  return [...SAMPLE_RATES, ...MP3_BIT_RATES].includes(n) ? ` (a string; pass the number ${n})` : "";
}
