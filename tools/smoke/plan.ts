import type { SynthesizedConnector } from "../shared/synthesized-connectors";
import { isLoopbackHost } from "../../lib/shared";
import { UsageError } from "../shared/cli/usage-error";
import { synthesisRequestVerdict, type ContractVerdict } from "./cartesia-contract";
import { API_KEY_ENV, isKeyHeader, resolveCredentialHeaders, type CredentialHeaders, type Env, type MissingValue } from "./credential-values";
import type { SentRequestContext } from "./error-mapping";
import {
  renderSynthesisRequest,
  renderVoiceListRequest,
  sourceFromSynthesized,
  type ConnectorSource,
  type Rendered,
  type SynthesisRequest,
  type VoiceListRequest,
} from "./render-requests";
import { keyHostWarnings } from "./key-destinations";
import { chooseVoice, type ListedVoice, type VoiceList } from "./voice-list";

/** What a smoke run is asked to do, once the connector is picked. */
export interface SmokeInputs {
  readonly connector: SynthesizedConnector;
  readonly env: Env;
  readonly text: string;
  readonly voice?: string;
  /** Another base URL for both requests. */
  readonly endpoint?: string;
  /** `--fail-on warning`: a warning fails the run, and nothing is sent. */
  readonly failOnWarning?: boolean;
}

/**
 * Everything decided before anything is sent: the credential's headers and where each comes from, the
 * two requests rendered from the synthesized config, the contract's verdict on the synthesis, and
 * whether there is anything to send at all. Pure: the same inputs, the same plan.
 */
export interface SmokePlan {
  readonly inputs: SmokeInputs;
  readonly source: ConnectorSource;
  readonly credentials: CredentialHeaders;
  /** Every value that could be the key or another secret: never printed. */
  readonly secrets: readonly string[];
  /** The key header has a value to send. */
  readonly keyReady: boolean;
  /** The key header the environment could not fill, if so. */
  readonly missingKey?: MissingValue;
  /** Synthesized URIs that send the key to a host that is not Cartesia's or the declared apiBaseUrl's. */
  readonly hostWarnings: readonly string[];
  /** Something will be sent: a key, or an endpoint (a proxy that may add it). */
  readonly willSend: boolean;
  readonly voiceList: Rendered<VoiceListRequest>;
  /** The synthesis with a placeholder voice: what the contract is checked on. */
  readonly preview: Rendered<SynthesisRequest>;
  /** Undefined when a request could not be rendered. */
  readonly contract?: ContractVerdict;
  /** What a diagnosis of an error answer needs to know about what was sent. */
  readonly sent: Omit<SentRequestContext, "kind" | "body">;
}

/** Shown in place of the voice id when nothing is sent, so the dry-run body is still the real shape. */
export const VOICE_FROM_LIST = "<the first voice of the list>";

/** Plans a smoke run; a `UsageError` when `--endpoint` is not a base URL the key may be sent to. */
export function planSmoke(inputs: SmokeInputs): SmokePlan {
  const { connector, env, endpoint } = inputs;
  const source = sourceFromSynthesized(connector);
  const credentials = resolveCredentialHeaders(source.credentialFields, env);
  const variable = keyVariable(connector);
  const secrets = [...credentials.secrets, ...[env[API_KEY_ENV], variable === undefined ? undefined : env[`TF_VAR_${variable}`]].filter(nonEmpty)];
  if (endpoint !== undefined) {
    const problem = endpointProblem(endpoint, credentials);
    if (problem) throw new UsageError(problem);
  }
  const keyReady = Object.keys(credentials.headers).some(isKeyHeader);
  const shown: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, credentials.headers);
  for (const m of credentials.missing) shown[m.header] = m.env.length > 0 ? `<from $${m.env.join(" or $")}: not set>` : "<only terraform can resolve it>";
  const voiceList = renderVoiceListRequest(source, shown, endpoint);
  const preview = renderSynthesisRequest(source, shown, { text: inputs.text, voice: inputs.voice ?? VOICE_FROM_LIST }, endpoint);
  // The contract is checked on what Genesys will send, key header included (masked when printed).
  const contract = voiceList.request && preview.request ? synthesisRequestVerdict(preview.request, { keyExpected: true }) : undefined;
  return {
    inputs,
    source,
    credentials,
    secrets,
    keyReady,
    missingKey: credentials.missing.find((m) => isKeyHeader(m.header)),
    hostWarnings: keyHostWarnings(source),
    // Live Cartesia only with a key to send; --endpoint may be a proxy that adds it.
    willSend: keyReady || endpoint !== undefined,
    voiceList,
    preview,
    contract,
    sent: {
      cartesiaVersion: Object.entries(credentials.headers).find(([h]) => h.toLowerCase() === "cartesia-version")?.[1],
      keyOrigin: Object.entries(credentials.origins).find(([h]) => isKeyHeader(h))?.[1],
      keyVariable: variable,
    },
  };
}

/** Headers the environment could not fill are left out of what is sent, rather than sent as placeholders. */
function sendable(plan: SmokePlan, headers: Readonly<Record<string, string>>): Record<string, string> {
  const missing = new Set(plan.credentials.missing.map((m) => m.header));
  return Object.fromEntries(Object.entries(headers).filter(([h]) => !missing.has(h)));
}

/** The voice-list request as it is sent. Call only when the plan rendered one. */
export function voiceListToSend(plan: SmokePlan): VoiceListRequest {
  const request = plan.voiceList.request!;
  return { ...request, headers: sendable(plan, request.headers) };
}

/** The synthesis request as it is sent, with the chosen voice. Call only when the plan rendered one. */
export function synthesisToSend(plan: SmokePlan, voiceId: string): SynthesisRequest {
  const { inputs, source, credentials } = plan;
  return renderSynthesisRequest(source, sendable(plan, credentials.headers), { text: inputs.text, voice: voiceId }, inputs.endpoint).request!;
}

/** Which voice the synthesis uses, and whether the list offers it. */
export type VoiceDecision =
  | { readonly kind: "chosen"; readonly voice: ListedVoice; readonly language?: string }
  | { readonly kind: "given"; readonly id: string; readonly listed?: ListedVoice }
  | { readonly kind: "none" };

/** `--voice`, checked against the list; else the first voice of the body's language, else the first. */
export function decideVoice(plan: SmokePlan, list: VoiceList): VoiceDecision {
  const given = plan.inputs.voice;
  if (given !== undefined) return { kind: "given", id: given, listed: list.voices.find((v) => v.id === given) };
  const json = plan.preview.request?.json;
  const language = json !== null && typeof json === "object" && !Array.isArray(json) && typeof json.language === "string" ? json.language : undefined;
  const voice = chooseVoice(list.voices, language);
  return voice ? { kind: "chosen", voice, language } : { kind: "none" };
}

/** Why `--endpoint` cannot be used, or undefined: a base URL, and plain HTTP only to loopback when a key goes out. */
export function endpointProblem(endpoint: string, credentials: CredentialHeaders): string | undefined {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return `--endpoint ${JSON.stringify(endpoint)} is not a URL; expected e.g. http://127.0.0.1:8080 or https://proxy.example.com/cartesia.`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return `--endpoint must be an http(s) URL; got ${url.protocol}`;
  if (url.search || url.hash || url.username || url.password) return `--endpoint takes a base URL without query, fragment or credentials.`;
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname) && credentials.secretHeaders.length > 0) {
    const which = credentials.secretHeaders.every(isKeyHeader) ? "the key" : `a secret (${credentials.secretHeaders.join(", ")})`;
    return `--endpoint ${url.origin} is plain HTTP off this machine: ${which} would cross the network in clear text. Use https, or a loopback address.`;
  }
  return undefined;
}

/** The terraform variable behind the key field, to name `TF_VAR_<name>` in advice. */
function keyVariable(connector: SynthesizedConnector): string | undefined {
  const field = Object.entries(connector.credential?.fields ?? {}).find(([name]) => isKeyHeader(name))?.[1];
  return field?.kind === "variable" ? field.name : undefined;
}

function nonEmpty(value: string | undefined): value is string {
  return value !== undefined && value !== "";
}
