import { isJsonObject } from "../shared/json-path";
import type { Cartesia } from "@cartesia/cartesia-js";
import type { JsonValue } from "../../lib/shared";
import { CartesiaModel, ModelKind } from "../../lib/cartesia-model";
import { modelIsServed } from "../../lib/shared";
import { modelServesLanguage } from "../../lib/shared";
import { modelKindOf } from "../../lib/shared";
import { RECOMMENDED_MODEL } from "../../lib/shared";
import { API_KEY_HEADER, KNOWN_CARTESIA_VERSIONS, PROPERTY_LABELS, VERSION_HEADER } from "../../lib/connector-config";
import { bodyValueProblems, buildSynthesizeBody } from "../../lib/shared";
import type { OutputFormatJson, OutputFormatSpec } from "../../lib/output-format";
import { outputFormatIsSupported } from "../../lib/shared";
import { describeValue } from "../../lib/shared";
import { substitutePlaceholders, type PlaceholderValues } from "./placeholders";
import type { SynthesisRequest } from "./render-requests";

/**
 * Cartesia's `POST /tts/bytes` body as Cartesia's official SDK types it (`@cartesia/cartesia-js`, a dev
 * dependency; only its types are used, so nothing of it runs or ships).
 */
export type CartesiaTtsRequest = Cartesia.TTSGenerateParams;

// ---- Compile time -------------------------------------------------------------------------------

type Assert<T extends true> = T;
type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * Fails to compile unless lib's `OutputFormatJson` and the SDK's `output_format` union accept exactly
 * the same values: a sample rate, encoding or bit rate added to or dropped from either side shows up
 * in `npm run typecheck`, not in Genesys.
 */
export type OutputFormatMatchesSdk = Assert<MutuallyAssignable<OutputFormatJson, CartesiaTtsRequest["output_format"]>>;

/** The body fields Cartesia's SDK knows; the assertion below keeps the list equal to the SDK's. */
export const BODY_FIELDS = [
  "model_id",
  "transcript",
  "voice",
  "output_format",
  "language",
  "locale",
  "generation_config",
  "normalization",
  "pronunciation_dict_id",
  "save",
  "speed",
] as const;
/** Fails to compile when the SDK adds or drops a body field that `BODY_FIELDS` does not list. */
export type BodyFieldsMatchSdk = Assert<MutuallyAssignable<(typeof BODY_FIELDS)[number], keyof CartesiaTtsRequest>>;

/** A type with each string-literal union widened to `string`, arrays and the rest kept. */
type NamesWidened<T> = T extends string ? string : T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]: NamesWidened<T[K]> } : T;

/**
 * Cartesia's request type with its names widened, but for `output_format`, kept exact (and asserted equal
 * above): the connector sends a name the SDK's unions do not list yet (an emotion by `Emotion.of`, a
 * snapshot by `CartesiaModel.snapshot`) with a warning rather than refuse it, so names are checked at run
 * time against the catalog, and the shape here.
 */
type ConnectorTtsRequest = NamesWidened<Omit<CartesiaTtsRequest, "output_format">> & Pick<CartesiaTtsRequest, "output_format">;

/**
 * Renders the construct's body with its placeholders filled. `satisfies` makes the compiler check the
 * rendered body against Cartesia's own request type for every format the construct can produce.
 */
export function renderTypedBody(settings: Parameters<typeof buildSynthesizeBody>[0], values: PlaceholderValues) {
  return substitutePlaceholders(buildSynthesizeBody(settings), values) satisfies ConnectorTtsRequest;
}

// ---- Run time -----------------------------------------------------------------------------------

/** The first API version whose errors are JSON objects (`error_code`, `title`, `message`, `request_id`). */
export const JSON_ERRORS_SINCE = "2026-03-01";
/** Text longer than this (UTF-8 bytes) may not play in Genesys. */
export const GENESYS_TEXT_LIMIT_BYTES = 3000;

/** What checking a request against Cartesia's contract found. */
export interface ContractVerdict {
  /** Cartesia will reject the request (or Genesys cannot send it). */
  readonly problems: readonly string[];
  /** Works, but worth a look. */
  readonly warnings: readonly string[];
}

/**
 * Checks a synthesis body against Cartesia's documented contract: the required fields, the
 * output-format matrix (lib's `outputFormatIsSupported`, with the body's field names), `language` xor
 * `locale`, the value ranges of the optional fields the props set (lib's `bodyValueProblems`), and the model against the library's catalog: a model Cartesia
 * sunsetted, or a language it sunsetted for the model, is a problem; anything else about the model is
 * advice. Nothing here depends on today's date.
 */
export function synthesisBodyVerdict(body: unknown): ContractVerdict {
  const problems: string[] = [];
  const warnings: string[] = [];
  if (!isJsonObject(body)) return { problems: [`body: got ${describeValue(body)}; expected a JSON object.`], warnings };

  const modelId = body.model_id;
  if (typeof modelId !== "string" || modelId.trim() === "") {
    problems.push(`model_id: got ${describeValue(modelId)}; required, a model such as "${RECOMMENDED_MODEL.id}".`);
  } else {
    const language = typeof body.language === "string" ? body.language : typeof body.locale === "string" ? body.locale.split("-")[0] : undefined;
    const model = modelKindOf(modelId) === ModelKind.ALIAS ? CartesiaModel.alias(modelId) : CartesiaModel.snapshot(modelId);
    const verdict = modelIsServed(model, "model_id", language !== undefined);
    const languageVerdict = language === undefined ? undefined : modelServesLanguage(modelId, language, "language");
    // Only what Cartesia says no longer works is a problem; the library's doubts about a name are advice.
    const sunsetted = verdict.errors.filter((e) => e.includes("model_sunsetted"));
    problems.push(...sunsetted, ...(languageVerdict?.errors ?? []));
    warnings.push(...verdict.errors.filter((e) => !sunsetted.includes(e)), ...verdict.warnings, ...(languageVerdict?.warnings ?? []));
  }

  const transcript = body.transcript;
  if (typeof transcript !== "string" || transcript === "") {
    problems.push(`transcript: got ${describeValue(transcript)}; required, the text to speak ("$text" in synthesizeBody).`);
  } else if (Buffer.byteLength(transcript, "utf8") > GENESYS_TEXT_LIMIT_BYTES) {
    warnings.push(`transcript: ${Buffer.byteLength(transcript, "utf8")} bytes; Genesys may not play text over about ${GENESYS_TEXT_LIMIT_BYTES} bytes.`);
  }

  problems.push(...voiceProblems(body.voice));
  const format = outputFormatVerdict(body.output_format);
  problems.push(...format.problems);
  warnings.push(...format.warnings);

  if (body.language !== undefined && body.locale !== undefined) {
    problems.push(`language and locale: both set; Cartesia takes one or the other.`);
  }
  for (const field of ["language", "locale"] as const) {
    const value = body[field];
    if (value !== undefined && value !== null && (typeof value !== "string" || value === "")) {
      problems.push(`${field}: got ${describeValue(value)}; expected a code such as "en"${field === "locale" ? ' or "en-GB"' : ""}.`);
    }
  }
  problems.push(...bodyValueProblems(body));

  const unknown = Object.keys(body).filter((key) => !(BODY_FIELDS as readonly string[]).includes(key));
  if (unknown.length > 0) {
    warnings.push(`${unknown.join(", ")}: not a field of Cartesia's request (SDK 4.2); Cartesia may reject or ignore ${unknown.length === 1 ? "it" : "them"}.`);
  }
  return { problems, warnings };
}

/** Type guard: a body with no contract problems is a `CartesiaTtsRequest`. */
export function isCartesiaTtsRequest(body: unknown): body is CartesiaTtsRequest {
  return synthesisBodyVerdict(body).problems.length === 0;
}

/**
 * Checks the whole synthesis request: method `POST`, a JSON content type, a `Cartesia-Version` date,
 * a key header (`X-API-Key` or `Authorization: Bearer`), then the body.
 */
export function synthesisRequestVerdict(request: SynthesisRequest, options: { keyExpected: boolean }): ContractVerdict {
  const problems: string[] = [];
  const warnings: string[] = [];
  if (request.method !== "POST") {
    problems.push(`method: ${request.method}; Cartesia's /tts/bytes takes POST. Set "${PROPERTY_LABELS.synthesizeMethod}" to "post".`);
  }
  const header = (name: string) => Object.entries(request.headers).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
  const version = header(VERSION_HEADER);
  if (version === undefined) {
    problems.push(`${VERSION_HEADER}: missing; Cartesia requires it on every request. Add it to the credential (the guide: "2026-03-01").`);
  } else if (!/^\d{4}-\d{2}-\d{2}$/.test(version)) {
    problems.push(`${VERSION_HEADER}: got ${JSON.stringify(version)}; expected a date YYYY-MM-DD such as "2026-03-01".`);
  } else if (!KNOWN_CARTESIA_VERSIONS.includes(version)) {
    warnings.push(`${VERSION_HEADER}: "${version}" is not a version Cartesia documents (${KNOWN_CARTESIA_VERSIONS.join(", ")}).`);
  } else if (version < JSON_ERRORS_SINCE) {
    warnings.push(`${VERSION_HEADER}: "${version}" predates ${JSON_ERRORS_SINCE}; Cartesia's errors come back as plain text, not JSON.`);
  }
  const authorization = header("Authorization");
  if (options.keyExpected && header(API_KEY_HEADER) === undefined && authorization === undefined) {
    problems.push(`${API_KEY_HEADER}: missing; the credential must carry the key as "${API_KEY_HEADER}" (or "Authorization: Bearer ...").`);
  }
  if (authorization !== undefined && !/^Bearer \S+$/.test(authorization)) {
    problems.push(`Authorization: not of the form "Bearer <key>"; Cartesia reads the key from it only in that form.`);
  }
  if (!/^application\/json\b/i.test(header("Content-Type") ?? "")) {
    problems.push(`Content-Type: ${header("Content-Type") ?? "missing"}; the body is JSON.`);
  }
  let body: JsonValue | undefined;
  try {
    body = JSON.parse(request.body ?? "") as JsonValue;
  } catch {
    problems.push(`body: not valid JSON; Cartesia cannot read it.`);
  }
  if (body !== undefined) {
    const verdict = synthesisBodyVerdict(body);
    problems.push(...verdict.problems);
    warnings.push(...verdict.warnings);
  }
  return { problems, warnings };
}

/** The declared format of a body, when its `output_format` passes the matrix. */
export function declaredFormat(body: unknown): OutputFormatJson | undefined {
  const format = isJsonObject(body) ? body.output_format : undefined;
  return outputFormatVerdict(format).problems.length === 0 ? (format as OutputFormatJson) : undefined;
}

function outputFormatVerdict(format: unknown): ContractVerdict {
  if (!isJsonObject(format)) {
    return {
      problems: [`output_format: got ${describeValue(format)}; required, e.g. {"container":"raw","encoding":"pcm_s16le","sample_rate":8000}.`],
      warnings: [],
    };
  }
  const spec = {
    container: format.container,
    encoding: format.encoding,
    sampleRate: format.sample_rate,
    bitRate: format.bit_rate,
  } as unknown as OutputFormatSpec;
  // lib names the construct's props; the body's fields are snake_case.
  const problems = outputFormatIsSupported(spec, "output_format").errors.map((p) =>
    p.replace("output_format.sampleRate", "output_format.sample_rate").replace("output_format.bitRate", "output_format.bit_rate"),
  );
  const unknown = Object.keys(format).filter((key) => !["container", "encoding", "sample_rate", "bit_rate"].includes(key));
  return { problems, warnings: unknown.length > 0 ? [`output_format: ${unknown.join(", ")} is not an output_format field.`] : [] };
}

function voiceProblems(voice: unknown): string[] {
  if (typeof voice === "string") return voice === "" ? [`voice: got ""; expected a voice id.`] : [];
  if (!isJsonObject(voice)) return [`voice: got ${describeValue(voice)}; required, {"mode":"id","id":"$voice"}.`];
  const problems: string[] = [];
  if (voice.mode !== undefined && voice.mode !== "id") {
    problems.push(`voice.mode: got ${describeValue(voice.mode)}; only "id" is accepted (no embeddings in this API version).`);
  }
  if (typeof voice.id !== "string" || voice.id === "") {
    problems.push(`voice.id: got ${describeValue(voice.id)}; required, the voice id ("$voice" in synthesizeBody).`);
  }
  return problems;
}
