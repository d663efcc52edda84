import type { FetchLike } from "../shared/cli/context";
import { AnswerTimeoutError, exchange, type Exchange } from "./http-exchange";
import { decideVoice, synthesisToSend, voiceListToSend, type SmokePlan, type VoiceDecision } from "./plan";
import type { HttpRequestSpec, SynthesisRequest, VoiceListRequest } from "./render-requests";
import { parseJson } from "../shared/json-input";
import { parseVoiceList, type VoiceList } from "./voice-list";

/** A request's outcome: an answer read to its end, or why none came. */
export type Sent = { readonly answered: Exchange } | { readonly unreachable: string };

/** Sends one request. */
export type Send = (request: HttpRequestSpec) => Promise<Sent>;

/** What the run sent and got, step by step; a step is absent when an earlier one stopped the run. */
export interface SmokeTrace {
  readonly voiceList?: { readonly request: VoiceListRequest; readonly sent: Sent; readonly list?: VoiceList };
  readonly voice?: VoiceDecision;
  /** `sent` is absent when the method cannot carry a body. */
  readonly synthesis?: { readonly request: SynthesisRequest; readonly sent?: Sent };
}

/**
 * The exchanges with Cartesia, in the order Genesys makes them: the voice list (as Genesys fetches it
 * to offer voices in Architect), then one synthesis with the chosen voice (as for each prompt). Stops
 * where Genesys would: an unreachable or failing voice list, no voice to use, a body-less method.
 */
export async function runExchanges(plan: SmokePlan, send: Send): Promise<SmokeTrace> {
  const listRequest = voiceListToSend(plan);
  const listed = await send(listRequest);
  if (!("answered" in listed) || !isSuccess(listed.answered.status) || listed.answered.truncated) return { voiceList: { request: listRequest, sent: listed } };
  const list = parseVoiceList(parseBody(listed.answered.body), listRequest.attributes);
  const voiceList = { request: listRequest, sent: listed, list };
  const voice = decideVoice(plan, list);
  if (voice.kind === "none") return { voiceList, voice };
  const request = synthesisToSend(plan, voice.kind === "chosen" ? voice.voice.id : voice.id);
  if (request.method === "GET" || request.method === "HEAD") return { voiceList, voice, synthesis: { request } };
  return { voiceList, voice, synthesis: { request, sent: await send(request) } };
}

/** A `Send` over `fetch`, with a timeout per request; a failure to connect is an outcome, not an error. */
export function sender(options: { readonly fetch: FetchLike; readonly timeoutMs?: number; readonly now?: () => number; readonly maxBytes?: number }): Send {
  return async (request) => {
    try {
      return { answered: await exchange(request, options) };
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      return { unreachable: err instanceof AnswerTimeoutError ? err.message : (cause?.code ?? cause?.message ?? (err as Error).message) };
    }
  };
}

export function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

/** An answer's JSON, or undefined when it is not JSON or nests deeper than any voice list. */
function parseBody(body: Buffer): unknown {
  const parsed = parseJson(body.toString("utf8"));
  return "value" in parsed ? parsed.value : undefined;
}
