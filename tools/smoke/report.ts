import * as path from "node:path";
import { describeOutputFormat, outputFormatFields } from "../../lib/shared";
import { EXIT, type ExitCode } from "../shared/cli/exit-code";
import { checkAudio, type AudioVerdict } from "./audio-checks";
import { declaredFormat } from "./cartesia-contract";
import { API_KEY_ENV } from "./credential-values";
import { describeError, diagnose, parseCartesiaError, type SentRequestContext } from "./error-mapping";
import { isSuccess, type Sent, type SmokeTrace } from "./exchanges";
import { type Exchange, MAX_RESPONSE_BYTES } from "./http-exchange";
import type { SmokePlan } from "./plan";
import type { HttpRequestSpec } from "./render-requests";
import type { ListedVoice } from "./voice-list";

const MAX_RESPONSE_MIB = MAX_RESPONSE_BYTES / (1024 * 1024);

/** Where the audio goes: `--out`, else `<cdktf.out>/smoke/<stack>.<connector id>.wav` (`.mp3` for MP3). */
export interface AudioTarget {
  readonly outdir: string;
  /** `--out`, resolved. */
  readonly out?: string;
  /** Paths in the report are shown relative to it. */
  readonly cwd: string;
}

/** What the run found, in words, and what to write. */
export interface SmokeReport {
  /** The report up to the audio. */
  readonly lines: readonly string[];
  /** A playable copy of the audio, and the line that says where it went (printed once it is written). */
  readonly audio?: { readonly file: string; readonly data: Buffer; readonly line: string };
  /** The verdict: PASSED, or FAILED with every failure. */
  readonly closing: readonly string[];
  readonly exitCode: ExitCode;
}

/** The report of a plan on which nothing can be sent, or nothing is: the requests, the contract, why. */
export function reportPlan(plan: SmokePlan, context: { readonly cwd: string; readonly outdir: string }): { report: SmokeReport; send: boolean } {
  const lines: string[] = [];
  const { connector } = plan.inputs;
  lines.push(`Smoke test of ${plan.source.label} (${connector.address}, stack ${connector.stack}) from ${path.relative(context.cwd, context.outdir) || "."}`);
  for (const [header, origin] of Object.entries(plan.credentials.origins)) lines.push(`  ${header} from ${origin}`);
  for (const warning of [...plan.credentials.warnings, ...plan.hostWarnings]) lines.push(`  warning: ${warning}`);
  const failures = [...plan.voiceList.problems, ...plan.preview.problems];
  for (const warning of plan.preview.warnings) lines.push(`  warning: ${warning}`);
  const { contract } = plan;
  const warnings = [...plan.credentials.warnings, ...plan.hostWarnings, ...plan.preview.warnings, ...(contract?.warnings ?? [])];
  // With --fail-on warning, a warning is a failure, and nothing goes out: the key stays here.
  if (plan.inputs.failOnWarning) failures.push(...warnings.map((w) => `warning (--fail-on warning): ${w}`));
  if (!plan.voiceList.request || !plan.preview.request || !contract) return { report: finish(lines, failures), send: false };

  lines.push("", "Cartesia's contract (method, headers, required body fields, output-format matrix):");
  for (const warning of contract.warnings) lines.push(`  warning: ${warning}`);
  for (const problem of contract.problems) lines.push(`  problem: ${problem}`);
  if (contract.problems.length === 0) lines.push("  the synthesis request fits.");
  failures.push(...contract.problems);
  if (plan.willSend && plan.inputs.failOnWarning && warnings.length > 0) {
    lines.push("", "Nothing was sent: --fail-on warning, and the checks above warned.");
    return { report: finish(lines, failures), send: false };
  }

  if (!plan.willSend) {
    lines.push("", "Would send (nothing was sent):", ...requestLines("1.", plan.voiceList.request), ...requestLines("2.", plan.preview.request), "");
    const missing = plan.missingKey;
    const why = missing
      ? `${missing.env.map((e) => `$${e}`).join(" and ")} ${missing.env.length > 1 ? "are" : "is"} not set`
      : "the credential has no X-Api-Key (or Authorization) field";
    lines.push(`No key: ${why}, so nothing was sent to Cartesia. Set ${API_KEY_ENV} to call the live API, or pass --endpoint to send to a test server.`);
    if (failures.length > 0) return { report: finish(lines, failures), send: false };
    return {
      report: { lines, closing: ["OFFLINE CHECKS PASSED: the requests fit Cartesia's contract; run again with a key to hear them."], exitCode: EXIT.OK },
      send: false,
    };
  }
  if (!plan.keyReady) lines.push(`  note: no key to send; sending without ${plan.missingKey?.header ?? "a key header"} (for an endpoint that adds it).`);
  return { report: { lines, closing: [], exitCode: failures.length === 0 ? EXIT.OK : EXIT.FAILED }, send: true };
}

/** The report of the exchanges, after the plan's: each request and answer, the audio, the verdict. */
export function reportRun(plan: SmokePlan, trace: SmokeTrace, target: AudioTarget): SmokeReport {
  const lines: string[] = [];
  const failures = [...plan.voiceList.problems, ...plan.preview.problems, ...(plan.contract?.problems ?? [])];
  const stop = (failure: string) => finish(lines, [...failures, failure]);

  const listed = trace.voiceList!;
  lines.push("", ...requestLines("1.", listed.request));
  if ("unreachable" in listed.sent) return stop(unreachable(lines, listed.request, listed.sent));
  const answer = listed.sent.answered;
  if (answer.truncated) {
    lines.push(...exchangeLines(answer));
    return stop(`the voice list answer went on past ${MAX_RESPONSE_MIB} MiB; reading stopped there`);
  }
  if (!isSuccess(answer.status)) {
    lines.push(...exchangeLines(answer), ...explain(answer, { ...plan.sent, kind: "voices" }));
    return stop(`the voice list answered ${answer.status}`);
  }
  const list = listed.list!;
  lines.push(
    `   -> ${answer.status} ${answer.statusText}, ${answer.contentType ?? "no content type"}, ${bytes(answer.body.length)}, ${list.voices.length} voices${list.skipped ? ` (${list.skipped} without an id skipped)` : ""}${list.hasMore ? "; more pages exist, Genesys reads only this one" : ""}`,
  );
  failures.push(...list.problems);
  for (const problem of list.problems) lines.push(`   problem: ${problem}`);

  const voice = trace.voice!;
  if (voice.kind === "none") return stop("no voice to synthesize with: pass --voice");
  if (voice.kind === "chosen") {
    lines.push(`   voice: ${describeVoice(voice.voice)} (the first${voice.language ? ` in "${voice.language}"` : ""}; pass --voice to choose)`);
  } else if (voice.listed) {
    lines.push(`   voice: ${describeVoice(voice.listed)} is in the list`);
  } else {
    const problem = `voice "${voice.id}" is not in the voice list: Architect would not offer it`;
    lines.push(`   problem: ${problem}`);
    failures.push(problem);
  }

  const synthesis = trace.synthesis!;
  lines.push("", ...requestLines("2.", synthesis.request));
  if (!synthesis.sent) return stop(`a ${synthesis.request.method} request cannot carry synthesizeBody; nothing was sent`);
  if ("unreachable" in synthesis.sent) return stop(unreachable(lines, synthesis.request, synthesis.sent));
  const spoken = synthesis.sent.answered;
  lines.push(...exchangeLines(spoken));
  if (spoken.truncated) return stop(`the synthesis answer went on past ${MAX_RESPONSE_MIB} MiB; reading stopped there`);
  if (!isSuccess(spoken.status)) {
    lines.push(...explain(spoken, { ...plan.sent, kind: "synthesis", body: synthesis.request.json }));
    return stop(`the synthesis answered ${spoken.status}`);
  }

  const format = declaredFormat(synthesis.request.json);
  if (!format) return stop("the body's output_format does not fit Cartesia's matrix, so the audio cannot be checked");
  if (spoken.contentType && /json|text|html/i.test(spoken.contentType)) failures.push(`the answer is ${spoken.contentType}, not audio`);
  const audio = checkAudio(spoken.body, format);
  lines.push(...audioLines(audio, describeOutputFormat(outputFormatFields(format))));
  if (!audio.fits) failures.push(...audio.problems);

  const closing = finish([], failures);
  if (!audio.playable) return { ...closing, lines };
  const file = audioFile(plan, target, audio.playable.extension);
  const what = audio.playable.extension === "mp3" ? "MP3 as received: it plays as it is" : format.container === "raw" ? "raw PCM wrapped as WAV" : "WAV";
  const line = `   wrote ${path.relative(target.cwd, file)} (${what}, ${bytes(audio.playable.data.length)}): listen to it`;
  return { ...closing, lines, audio: { file, data: audio.playable.data, line } };
}

function finish(lines: readonly string[], failures: readonly string[]): SmokeReport {
  if (failures.length === 0) return { lines, closing: ["", "PASSED: Genesys will get audio it can play from this configuration."], exitCode: EXIT.OK };
  return { lines, closing: ["", `FAILED (${failures.length}):`, ...failures.map((f) => `  - ${f}`)], exitCode: EXIT.FAILED };
}

function unreachable(lines: string[], request: HttpRequestSpec, sent: Extract<Sent, { unreachable: string }>): string {
  lines.push(`   -> could not reach ${new URL(request.url).origin}: ${sent.unreachable}. Check the URI in Configuration > Properties (or --endpoint).`);
  return `could not reach ${request.url}`;
}

function requestLines(step: string, request: HttpRequestSpec): string[] {
  return [
    `${step} ${request.method} ${request.url}`,
    ...Object.entries(request.headers).map(([name, value]) => `   ${name}: ${value}`),
    ...(request.body === undefined ? [] : [`   body: ${request.body}`]),
  ];
}

function exchangeLines(ex: Exchange): string[] {
  return [
    `   -> ${ex.status} ${ex.statusText}, ${ex.contentType ?? "no content type"}, ${bytes(ex.body.length)}`,
    `      time to first byte ${ms(ex.firstByteMs ?? ex.headersMs)}, total ${ms(ex.totalMs)}`,
  ];
}

function explain(ex: Exchange, context: SentRequestContext): string[] {
  const error = parseCartesiaError(ex.status, ex.body.toString("utf8"));
  const diagnosis = diagnose(error, context);
  return [
    `   Cartesia says: ${describeError(error)}`,
    ...(diagnosis.guide ? [`   Guide's troubleshooting row: "${diagnosis.guide.genesysShows}" means ${diagnosis.guide.meaning}.`] : []),
    ...(diagnosis.fields.length > 0 ? [`   Rejected in the body: ${diagnosis.fields.join(", ")}`] : []),
    ...diagnosis.fix.map((line) => `   Fix: ${line}`),
  ];
}

function audioLines(audio: AudioVerdict, declared: string): string[] {
  const duration = audio.durationSeconds === undefined ? "unknown" : `${audio.durationSeconds.toFixed(3)} s`;
  return [
    `      audio: ${bytes(audio.audioBytes)} of sound, duration ${duration}, declared ${declared} (${audio.expectedBytesPerSecond.toLocaleString("en-US")} bytes/s)`,
    `      fits the declared format: ${audio.fits ? "yes" : "NO"}`,
    ...audio.problems.map((problem) => `      problem: ${problem}`),
    ...audio.notes.map((note) => `      ${note}`),
  ];
}

function audioFile(plan: SmokePlan, target: AudioTarget, extension: "wav" | "mp3"): string {
  const { connector } = plan.inputs;
  const id = connector.constructPath?.split("/").pop() ?? connector.address.split(".")[1];
  const file = target.out ?? path.join(target.outdir, "smoke", `${connector.stack}.${id}.wav`);
  return extension === "wav" ? file : file.replace(/\.wav$/i, "") + ".mp3";
}

function describeVoice(voice: ListedVoice): string {
  const details = [voice.language, voice.gender].filter(Boolean).join(", ");
  return `${voice.id}${voice.name ? ` "${voice.name}"` : ""}${details ? ` (${details})` : ""}`;
}

function bytes(n: number): string {
  return `${n.toLocaleString("en-US")} bytes`;
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}
