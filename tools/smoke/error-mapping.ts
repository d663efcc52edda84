import { KNOWN_CARTESIA_VERSIONS, PROPERTY_LABELS, VERSION_HEADER } from "../../lib/connector-config";
import { RECOMMENDED_MODEL } from "../../lib/shared";
import { parseJson } from "../shared/json-input";
import { TROUBLESHOOTING_ROWS, type TroubleshootingRow, type TroubleshootingRowId } from "../shared/troubleshooting";
import { synthesisBodyVerdict } from "./cartesia-contract";
import { GENESYS_TTS_CONNECTOR } from "../../lib/tts-connector-type";

// The guide's table is shared with verify, which meets the same messages on the integration.
export { TROUBLESHOOTING_ROWS, type TroubleshootingRow, type TroubleshootingRowId } from "../shared/troubleshooting";

/** An error answer from Cartesia, read from either shape it comes in. */
export interface CartesiaErrorBody {
  readonly status: number;
  /** Machine-readable code (API version 2026-03-01 and later); null when Cartesia has none. */
  readonly errorCode?: string | null;
  readonly title?: string;
  readonly message?: string;
  readonly requestId?: string;
  readonly docUrl?: string;
  /** Whether the body was the JSON error object of API version 2026-03-01 and later. */
  readonly structured: boolean;
}

/**
 * Reads an error response: the JSON object of API version 2026-03-01 and later (`error_code`,
 * `title`, `message`, `request_id`, `doc_url`), other JSON (`error`, `detail`, `message`), or the
 * plain text of older versions (`Title: Message`).
 */
export function parseCartesiaError(status: number, bodyText: string): CartesiaErrorBody {
  // Bounded depth: the fields are stringified below, and a server can nest as deep as it likes.
  const parsed = parseJson(bodyText);
  const json = "value" in parsed ? parsed.value : undefined;
  if (json !== null && typeof json === "object" && !Array.isArray(json)) {
    const o = json as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === "string" ? v : v === undefined || v === null ? undefined : JSON.stringify(v));
    const structured = "title" in o && "message" in o && "request_id" in o;
    return {
      status,
      errorCode: o.error_code === null ? null : str(o.error_code),
      title: str(o.title),
      message: str(o.message) ?? str(o.error) ?? str(o.detail),
      requestId: str(o.request_id),
      docUrl: str(o.doc_url),
      structured,
    };
  }
  const text = bodyText.trim();
  const split = text.match(/^([^:\n]{1,80}):\s+([\s\S]+)$/);
  return split
    ? { status, title: split[1], message: split[2], structured: false }
    : { status, message: text === "" ? undefined : text.slice(0, 500), structured: false };
}

/** What was sent, so a diagnosis can say which value to change. */
export interface SentRequestContext {
  /** `voices` for the voice-list GET, `synthesis` for the TTS POST. */
  readonly kind: "voices" | "synthesis";
  /** The parsed body that was sent (synthesis). */
  readonly body?: unknown;
  /** The Cartesia-Version value sent. */
  readonly cartesiaVersion?: string;
  /** Where the key came from, safe to print (`$TF_VAR_cartesia_api_key`); undefined when none was sent. */
  readonly keyOrigin?: string;
  /** The terraform variable that feeds the key at deploy time. */
  readonly keyVariable?: string;
}

/** An error matched to the guide's table, with what to change. */
export interface Diagnosis {
  readonly row: TroubleshootingRowId;
  /** The guide's row, when one matches. */
  readonly guide?: TroubleshootingRow;
  /** Cartesia's own words: `401 Unauthorized: You must be logged in ... (error_code ..., request_id ...)`. */
  readonly cartesiaSays: string;
  /** For a rejected body: the fields Cartesia named, or the contract found wrong. */
  readonly fields: readonly string[];
  /** What to do, one line each. */
  readonly fix: readonly string[];
}

/**
 * The `error_code` of a request to a model Cartesia has sunsetted (Cartesia's "API Changes" page,
 * docs.cartesia.ai/build-with-cartesia/tts-models/api-changes, read 2026-12-05; title "Model sunsetted").
 */
export const MODEL_SUNSETTED = "model_sunsetted";
const VERSION_WORDS = /cartesia[- ]version|version header|api version/i;
const AUTH_WORDS = /logged in|api[ _-]?key|unauthori[sz]ed|authenticat|access token|credential/i;
const PLAN_CODES = /quota|credit|concurrency|plan|subscription|billing|payment/i;
const PLAN_WORDS = /quota|credits?\b|your plan|plan's|subscription|upgrade|billing|payment required/i;

/**
 * Matches a Cartesia error to the row of the guide's troubleshooting table that Genesys would show,
 * and says what to change. Rows are tried in the guide's spirit: the version header and the key are
 * about the credential; quota and plan limits about the subscription; any other 4xx about the body or
 * the properties, naming the body fields Cartesia (or the contract check) found wrong.
 */
export function diagnose(error: CartesiaErrorBody, sent: SentRequestContext): Diagnosis {
  const words = [error.errorCode, error.title, error.message].filter(Boolean).join(" ");
  const cartesiaSays = describeError(error);
  const row = (id: TroubleshootingRowId) => TROUBLESHOOTING_ROWS.find((r) => r.id === id);

  if (VERSION_WORDS.test(words) && error.status < 500) {
    const refused = sent.cartesiaVersion === undefined ? `No ${VERSION_HEADER} was sent` : `${VERSION_HEADER} "${sent.cartesiaVersion}" was refused`;
    return {
      row: "cartesia-version",
      guide: row("cartesia-version"),
      cartesiaSays,
      fields: [],
      fix: [
        `${refused}. Put a version Cartesia documents in the ${VERSION_HEADER} credential field (the construct's cartesiaVersion prop), such as the guide's "2026-03-01"; known: ${KNOWN_CARTESIA_VERSIONS.join(", ")}.`,
      ],
    };
  }
  if (error.status === 401 || (error.status === 403 && AUTH_WORDS.test(words))) {
    const origin = sent.keyOrigin ? `The key from ${sent.keyOrigin} was refused` : "No key was sent";
    const deploy = sent.keyVariable ? `; deploy it with TF_VAR_${sent.keyVariable}` : "";
    return {
      row: "api-key",
      guide: row("api-key"),
      cartesiaSays,
      fields: [],
      fix: [
        `${origin}. Put a standard key from play.cartesia.ai/keys in the X-Api-Key credential field (sk_car_..., not an admin key sk_car_admin_...)${deploy}.`,
      ],
    };
  }
  if (error.status === 402 || (error.status < 500 && (PLAN_CODES.test(error.errorCode ?? "") || PLAN_WORDS.test(words)))) {
    const concurrency = /concurrency/i.test(words);
    return {
      row: "plan",
      guide: row("plan"),
      cartesiaSays,
      fields: [],
      fix: [
        `Your Cartesia plan refused the request: upgrade the subscription at play.cartesia.ai/subscription${concurrency ? " (the plan's concurrency limit: Genesys sends one request per prompt being played, so busy hours need more)" : ""}.`,
      ],
    };
  }
  if (error.errorCode === MODEL_SUNSETTED) {
    const model = lookup(sent.body, "model_id");
    return {
      row: "invalid-request",
      guide: row("invalid-request"),
      cartesiaSays,
      fields: ["model_id"],
      fix: [
        `model_id: Cartesia no longer serves ${model === undefined ? "the model sent" : JSON.stringify(model)} (it has been sunsetted). Configuration > Advanced: set synthesizeBody.model_id to a current model (the construct's model prop), e.g. "${RECOMMENDED_MODEL.id}".`,
      ],
    };
  }
  if (error.status >= 400 && error.status < 500 && error.status !== 429) {
    return invalidRequest(error, sent, cartesiaSays, words);
  }
  return {
    row: "other",
    cartesiaSays,
    fields: [],
    fix: [
      error.status === 429
        ? "Cartesia is rate-limiting this key: wait and retry; if it persists at normal load, look at the plan's limits."
        : error.status >= 500
          ? "Cartesia failed on its side: retry later (status.cartesia.ai). Genesys falls back to its base TTS engine while this lasts."
          : `Unexpected answer ${error.status}: compare the request above with the guide.`,
    ],
  };
}

function invalidRequest(error: CartesiaErrorBody, sent: SentRequestContext, cartesiaSays: string, words: string): Diagnosis {
  const base = { row: "invalid-request" as const, guide: TROUBLESHOOTING_ROWS.find((r) => r.id === "invalid-request"), cartesiaSays };
  if (error.status === 404 && !/voice/i.test(words)) {
    const meaning = sent.kind === "voices" ? "voicesUri" : "synthesizeUri";
    const property = `"${PROPERTY_LABELS[meaning]}" (${GENESYS_TTS_CONNECTOR.propertyKeys[meaning]})`;
    return {
      ...base,
      fields: [],
      fix: [
        `Configuration > Properties: ${property} names no Cartesia endpoint; the guide's are https://api.cartesia.ai/tts/bytes and https://api.cartesia.ai/voices/export.`,
      ],
    };
  }
  if (error.status === 405) {
    return { ...base, fields: [], fix: [`Configuration > Properties: "${PROPERTY_LABELS.synthesizeMethod}" must be "post".`] };
  }
  if (sent.kind === "voices") {
    return {
      ...base,
      fields: [],
      fix: [`Configuration > Properties: the voice list request was refused; compare "${PROPERTY_LABELS.voicesUri}" with the guide's.`],
    };
  }
  const named = namedFields(words);
  const local = synthesisBodyVerdict(sent.body).problems;
  const fields = named.length > 0 ? named : [...new Set(local.map((p) => p.split(":")[0]))];
  const fix = fields.map((field) => `${field}: ${whereToFix(field, sent.body)}`);
  if (named.length === 0 && local.length > 0) fix.push(...local.map((p) => `contract check: ${p}`));
  if (fix.length === 0) {
    fix.push("Cartesia did not say which field: compare Configuration > Advanced (synthesizeBody) with the guide's, field by field.");
  }
  return { ...base, fields, fix };
}

/** How a message names each body field; the most specific paths come first. */
const FIELD_MENTIONS: readonly (readonly [string, RegExp])[] = [
  ["output_format.container", /container/i],
  ["output_format.encoding", /encoding/i],
  ["output_format.sample_rate", /sample[_ ]?rate/i],
  ["output_format.bit_rate", /bit[_ ]?rate/i],
  ["output_format", /output[_ ]?format/i],
  ["voice.mode", /voice[_.]mode/i],
  ["voice.id", /voice[_. ]?id|voice\b.*\b(not found|does not exist|unknown|invalid)|(unknown|invalid)\b.*\bvoice\b/i],
  ["model_id", /model/i],
  ["transcript", /transcript|\btext\b/i],
  ["language", /\blanguage\b/i],
  ["locale", /\blocale\b/i],
  ["generation_config.speed", /\bspeed\b/i],
  ["generation_config.volume", /\bvolume\b/i],
  ["generation_config.emotion", /\bemotion\b/i],
  ["pronunciation_dict_id", /pronunciation/i],
];

/** Body fields a message names, most specific first; `output_format` only when no part of it is named. */
export function namedFields(text: string): string[] {
  const found = FIELD_MENTIONS.filter(([, pattern]) => pattern.test(text)).map(([field]) => field);
  return found.filter((field) => !found.some((other) => other !== field && other.startsWith(`${field}.`)));
}

function whereToFix(field: string, body: unknown): string {
  const top = field.split(".")[0];
  const value = lookup(body, field);
  const shown = value === undefined ? "absent" : JSON.stringify(value);
  switch (top) {
    case "transcript":
      return `the text ("$text", here ${shown.length > 80 ? `${shown.slice(0, 77)}..."` : shown}) was refused; Genesys sends each prompt's text there.`;
    case "voice":
      return `the voice ("$voice", here ${shown}) was refused: pick a voice id from the voice list of this key.`;
    case "model_id":
      return `Configuration > Advanced: synthesizeBody.model_id is ${shown}; set a current model (the construct's model prop), e.g. "${RECOMMENDED_MODEL.id}".`;
    case "output_format":
      return `Configuration > Advanced: synthesizeBody.${field} is ${shown}; see Cartesia's output-format matrix (the construct's outputFormat prop).`;
    case "language":
    case "locale":
      return `Configuration > Advanced: synthesizeBody.${field} is ${shown}; use a language the model supports (the construct's language prop).`;
    default:
      return `Configuration > Advanced: synthesizeBody.${field} is ${shown}.`;
  }
}

function lookup(body: unknown, path: string): unknown {
  let value: unknown = body;
  for (const key of path.split(".")) {
    value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

/** The most of a server's message that is shown. */
const MAX_SHOWN = 500;

/** `401 Unauthorized: You must be logged in ... (error_code x, request_id y)`. */
export function describeError(error: CartesiaErrorBody): string {
  // A server's words are shown, not all of them: an answer can be megabytes long.
  const shown = (said: string, max: number) => (said.length > max ? `${said.slice(0, max)}… (${said.length} characters)` : said);
  const text = shown([error.title, error.message].filter(Boolean).join(": ") || "(no message)", MAX_SHOWN);
  const ids = [
    error.errorCode ? `error_code ${shown(error.errorCode, 100)}` : undefined,
    error.requestId ? `request_id ${shown(error.requestId, 100)}` : undefined,
  ].filter(Boolean);
  return `${error.status} ${text}${ids.length > 0 ? ` (${ids.join(", ")})` : ""}`;
}
