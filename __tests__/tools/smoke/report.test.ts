/**
 * smoke's failure paths, from plain data: a plan (pure) and a trace of what the exchanges returned
 * (built here, no server), turned into the report (pure).
 */
import * as path from "node:path";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, OutputFormat, type CartesiaTtsConnectorProps } from "../../../lib";
import type { Exchange } from "../../../tools/smoke/http-exchange";
import type { Sent, SmokeTrace } from "../../../tools/smoke/exchanges";
import { synthesizedFromConstruct } from "../../support/smoke-from-construct";
import { planSmoke, synthesisToSend, voiceListToSend, type SmokePlan } from "../../../tools/smoke/plan";
import { reportPlan, reportRun } from "../../../tools/smoke/report";
import { parseVoiceList } from "../../../tools/smoke/voice-list";
import { newStack } from "../../support/helpers";

const KEY = "sk_car_test_not_a_real_key_0001";
const TARGET = { outdir: "/work/app/cdktf.out", cwd: "/work/app" };
const VOICES = { data: [{ id: "v-1", name: "One", language: "en", gender: "feminine" }] };

function plan(props: Partial<CartesiaTtsConnectorProps> = {}, env: Record<string, string> = { TF_VAR_cartesia_api_key: KEY }, voice?: string): SmokePlan {
  const stack = newStack("report");
  const connector = new CartesiaTtsConnector(stack, "cartesia", {
    apiKey: CartesiaApiKey.fromVariable(stack, "cartesia_api_key"),
    model: CartesiaModel.SONIC_3_2026_01_12,
    ...props,
  });
  return planSmoke({ connector: synthesizedFromConstruct(connector), env, text: "Hello", voice });
}

function answer(status: number, body: string | Buffer, contentType = "application/json"): Sent {
  const exchange: Exchange = {
    status,
    statusText: status === 200 ? "OK" : "Error",
    contentType,
    body: Buffer.from(body),
    headersMs: 5,
    firstByteMs: 6,
    totalMs: 7,
  };
  return { answered: exchange };
}

/** A trace whose voice list answered with VOICES, and whose synthesis (if any) got `synthesis`. */
function traceWith(p: SmokePlan, synthesis?: Sent): SmokeTrace {
  const request = voiceListToSend(p);
  const list = parseVoiceList(VOICES, request.attributes);
  return {
    voiceList: { request, sent: answer(200, JSON.stringify(VOICES)), list },
    voice: { kind: "chosen", voice: list.voices[0] },
    synthesis: { request: synthesisToSend(p, "v-1"), sent: synthesis },
  };
}

test("the plan names every value to mask: the key from TF_VAR_", () => {
  expect(plan().secrets).toContain(KEY);
});

test("nothing to send: the dry run, and the exit code its checks give", () => {
  const { report, send } = reportPlan(plan({}, {}), TARGET);
  expect(send).toBe(false);
  expect(report.exitCode).toBe(0);
  expect(report.closing).toEqual(["OFFLINE CHECKS PASSED: the requests fit Cartesia's contract; run again with a key to hear them."]);
});

test("an unreachable voice list stops the run, naming the origin and the URI to check", () => {
  const p = plan();
  const report = reportRun(p, { voiceList: { request: voiceListToSend(p), sent: { unreachable: "ECONNREFUSED" } } }, TARGET);
  expect(report.lines).toContain("   -> could not reach https://api.cartesia.ai: ECONNREFUSED. Check the URI in Configuration > Properties (or --endpoint).");
  expect(report.closing).toEqual(["", "FAILED (1):", "  - could not reach https://api.cartesia.ai/voices/export"]);
  expect(report.exitCode).toBe(1);
});

test("a refused key on the voice list names the guide's row and the variable to fix", () => {
  const p = plan();
  const refused = answer(401, JSON.stringify({ error_code: null, title: "Unauthorized", message: "You must be logged in to access this endpoint" }));
  const report = reportRun(p, { voiceList: { request: voiceListToSend(p), sent: refused } }, TARGET);
  expect(report.lines).toContain(
    '   Guide\'s troubleshooting row: "You must be logged in to access this endpoint" means the X-Api-Key credential is incorrect.',
  );
  expect(report.closing.slice(-1)).toEqual(["  - the voice list answered 401"]);
});

test("an empty voice list and no --voice: nothing to synthesize with", () => {
  const p = plan();
  const request = voiceListToSend(p);
  const empty = {
    voiceList: { request, sent: answer(200, '{"data":[]}'), list: parseVoiceList({ data: [] }, request.attributes) },
    voice: { kind: "none" },
  } as const;
  expect(reportRun(p, empty, TARGET).closing.slice(-1)).toEqual(["  - no voice to synthesize with: pass --voice"]);
});

test("a --voice the list does not offer is a failure, and the synthesis still runs", () => {
  const p = plan({}, { TF_VAR_cartesia_api_key: KEY }, "v-9");
  const request = voiceListToSend(p);
  const list = parseVoiceList(VOICES, request.attributes);
  const trace: SmokeTrace = {
    voiceList: { request, sent: answer(200, JSON.stringify(VOICES)), list },
    voice: { kind: "given", id: "v-9" },
    synthesis: { request: synthesisToSend(p, "v-9"), sent: answer(200, Buffer.alloc(1600), "application/octet-stream") },
  };
  const report = reportRun(p, trace, TARGET);
  expect(report.lines).toContain('   problem: voice "v-9" is not in the voice list: Architect would not offer it');
  expect(report.closing).toEqual(["", "FAILED (1):", '  - voice "v-9" is not in the voice list: Architect would not offer it']);
});

test("a GET synthesis method cannot carry the body: nothing is sent", () => {
  const p = plan();
  const trace = traceWith(p);
  const get = { ...trace, synthesis: { request: { ...trace.synthesis!.request, method: "GET" } } };
  expect(reportRun(p, get, TARGET).closing.slice(-1)).toEqual(["  - a GET request cannot carry synthesizeBody; nothing was sent"]);
});

test("a rejected body names the fields Cartesia named", () => {
  const p = plan();
  const invalid = answer(
    400,
    JSON.stringify({ error_code: "invalid_request", title: "Your request was invalid", message: "output_format.sample_rate: unsupported" }),
  );
  const report = reportRun(p, traceWith(p, invalid), TARGET);
  expect(report.lines).toContain("   Rejected in the body: output_format.sample_rate");
  expect(report.closing.slice(-1)).toEqual(["  - the synthesis answered 400"]);
});

test("a 200 that is a web page is not audio, and does not fit the format", () => {
  const p = plan();
  const report = reportRun(p, traceWith(p, answer(200, "<html>proxy login</html>", "text/html")), TARGET);
  expect(report.closing).toContain("  - the answer is text/html, not audio");
  expect(report.exitCode).toBe(1);
});

test("audio that fits: the WAV to write, where, and PASSED", () => {
  const p = plan({ outputFormat: OutputFormat.TELEPHONY });
  const report = reportRun(p, traceWith(p, answer(200, Buffer.alloc(16000), "application/octet-stream")), TARGET);
  expect(report.lines).toContain("      audio: 16,000 bytes of sound, duration 1.000 s, declared raw pcm_s16le 8000 Hz (16,000 bytes/s)");
  expect(report.audio?.file).toBe(path.join(TARGET.outdir, "smoke", "report.cartesia.wav"));
  expect(report.audio?.line).toBe("   wrote cdktf.out/smoke/report.cartesia.wav (raw PCM wrapped as WAV, 16,044 bytes): listen to it");
  expect(report.closing).toEqual(["", "PASSED: Genesys will get audio it can play from this configuration."]);
  expect(report.exitCode).toBe(0);
});
