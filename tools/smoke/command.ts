import * as fs from "node:fs";
import * as path from "node:path";
import type { JsonValue } from "../../lib/private/canonical-json";
import { findConnectors, readSynthesizedStacks, type SynthesizedConnector } from "../shared/synthesized-connectors";
import { parseSmokeArgs, USAGE, type SmokeArgs } from "./args";
import { checkAudio, type AudioVerdict } from "./audio-checks";
import { declaredFormat, synthesisRequestVerdict } from "./cartesia-contract";
import { API_KEY_ENV, isKeyHeader, resolveCredentialHeaders, type CredentialHeaders, type Env } from "./credential-values";
import { describeError, diagnose, parseCartesiaError, type SentRequestContext } from "./error-mapping";
import { exchange, type Exchange, type FetchLike } from "./http-exchange";
import { renderSynthesisRequest, renderVoiceListRequest, sourceFromSynthesized, type HttpRequestSpec } from "./render-requests";
import { describeOutputFormat, outputFormatFields } from "../../lib/private/describe-output-format";
import { redactKeys } from "../../lib/private/key-hygiene";
import { isLoopbackHost } from "../../lib/private/loopback";
import { chooseVoice, parseVoiceList } from "./voice-list";

/** What the command reads and writes, so tests can run it in-process and hermetically. */
export interface SmokeDeps {
  /** @default process.env */
  readonly env: Env;
  /** Relative paths resolve against it. @default process.cwd() */
  readonly cwd: string;
  /** One line of the report. @default console.log */
  readonly stdout: (line: string) => void;
  /** One line about bad usage. @default console.error */
  readonly stderr: (line: string) => void;
  /** @default globalThis.fetch */
  readonly fetch?: FetchLike;
  /** YYYY-MM-DD, for model sunsets. @default today (UTC) */
  readonly today: string;
  /** Per request. @default 30000 */
  readonly timeoutMs?: number;
}

/** Shown in place of the voice id when nothing is sent, so the dry-run body is still the real shape. */
const VOICE_FROM_LIST = "<the first voice of the list>";

/**
 * `cartesia-genesys smoke`: sends the requests a connector's Genesys integration will send to Cartesia
 * and checks the answers against the guide's troubleshooting table and the declared audio format.
 * Returns the exit status: 0 passed, 1 failed, 2 bad usage. See `USAGE` in ./args.
 */
export async function run(args: string[], deps: Partial<SmokeDeps> = {}): Promise<number> {
  const env = deps.env ?? process.env;
  const cwd = deps.cwd ?? process.cwd();
  const stderr = deps.stderr ?? ((line: string) => console.error(line));
  const today = deps.today ?? new Date().toISOString().slice(0, 10);

  let options: SmokeArgs;
  try {
    options = parseSmokeArgs(args);
  } catch (err) {
    stderr(`smoke: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    (deps.stdout ?? console.log)(USAGE);
    return 0;
  }

  const outdir = path.resolve(cwd, options.outdir);
  let connector: SynthesizedConnector;
  try {
    connector = pickConnector(outdir, options);
  } catch (err) {
    stderr(`smoke: ${(err as Error).message}`);
    return 2;
  }

  const source = sourceFromSynthesized(connector);
  const credentials = resolveCredentialHeaders(source.credentialFields, env);
  // Every printed line passes through redact, with every value that could be the key.
  const secrets = [...credentials.secrets, ...keyValuesInEnv(env, keyVariable(connector))];
  const print = (line = "") => (deps.stdout ?? console.log)(redactKeys(line, secrets));

  let endpoint: string | undefined;
  if (options.endpoint !== undefined) {
    const problem = endpointProblem(options.endpoint, credentials);
    if (problem) {
      stderr(`smoke: ${problem}`);
      return 2;
    }
    endpoint = options.endpoint;
  }

  const missingKey = credentials.missing.find((m) => isKeyHeader(m.header));
  // Live Cartesia only with a key to send; --endpoint may be a proxy that adds it.
  const keyReady = Object.keys(credentials.headers).some(isKeyHeader);
  const willSend = keyReady || endpoint !== undefined;
  const shownHeaders = { ...credentials.headers };
  for (const m of credentials.missing)
    shownHeaders[m.header] = m.env.length > 0 ? `<from $${m.env.join(" or $")}: not set>` : "<only terraform can resolve it>";

  print(`Smoke test of ${source.label} (${connector.address}, stack ${connector.stack}) from ${path.relative(cwd, outdir) || "."}`);
  for (const [header, origin] of Object.entries(credentials.origins)) print(`  ${header} from ${origin}`);
  for (const warning of credentials.warnings) print(`  warning: ${warning}`);

  const failures: string[] = [];
  const voiceList = renderVoiceListRequest(source, shownHeaders, endpoint);
  const preview = renderSynthesisRequest(source, shownHeaders, { text: options.text, voice: options.voice ?? VOICE_FROM_LIST }, endpoint);
  for (const problem of [...voiceList.problems, ...preview.problems]) failures.push(problem);
  for (const warning of preview.warnings) print(`  warning: ${warning}`);
  if (!voiceList.request || !preview.request) {
    return finish(print, failures);
  }

  // The contract is checked on what Genesys will send, key header included (masked here).
  const contract = synthesisRequestVerdict(preview.request, today, { keyExpected: true });
  print("");
  print("Cartesia's contract (method, headers, required body fields, output-format matrix):");
  for (const warning of contract.warnings) print(`  warning: ${warning}`);
  for (const problem of contract.problems) print(`  problem: ${problem}`);
  if (contract.problems.length === 0) print("  the synthesis request fits.");
  failures.push(...contract.problems);

  if (!willSend) {
    print("");
    print("Would send (nothing was sent):");
    printRequest(print, "1.", voiceList.request);
    printRequest(print, "2.", preview.request);
    print("");
    const why = missingKey
      ? `${missingKey.env.map((e) => `$${e}`).join(" and ")} ${missingKey.env.length > 1 ? "are" : "is"} not set`
      : "the credential has no X-Api-Key (or Authorization) field";
    print(`No key: ${why}, so nothing was sent to Cartesia. Set ${API_KEY_ENV} to call the live API, or pass --endpoint to send to a test server.`);
    if (failures.length > 0) return finish(print, failures);
    print("OFFLINE CHECKS PASSED: the requests fit Cartesia's contract; run again with a key to hear them.");
    return 0;
  }

  // Headers the environment could not fill are left out rather than sent as placeholders.
  const missingHeaders = new Set(credentials.missing.map((m) => m.header));
  const sendable = (headers: Readonly<Record<string, string>>) => Object.fromEntries(Object.entries(headers).filter(([h]) => !missingHeaders.has(h)));
  if (!keyReady) print(`  note: no key to send; sending without ${missingKey?.header ?? "a key header"} (for an endpoint that adds it).`);
  const exchangeOptions = { fetch: deps.fetch, timeoutMs: deps.timeoutMs };
  const context: Omit<SentRequestContext, "kind" | "body"> = {
    cartesiaVersion: Object.entries(credentials.headers).find(([h]) => h.toLowerCase() === "cartesia-version")?.[1],
    keyOrigin: Object.entries(credentials.origins).find(([h]) => isKeyHeader(h))?.[1],
    keyVariable: keyVariable(connector),
    today,
  };

  // 1. The voice list, as Genesys fetches it to offer voices in Architect.
  print("");
  const listRequest = { ...voiceList.request, headers: sendable(voiceList.request.headers) };
  printRequest(print, "1.", listRequest);
  const listed = await send(print, listRequest, exchangeOptions);
  if (!listed) return finish(print, [...failures, `could not reach ${listRequest.url}`]);
  if (!isSuccess(listed.status)) {
    report(print, listed);
    explain(print, listed, { ...context, kind: "voices" });
    return finish(print, [...failures, `the voice list answered ${listed.status}`]);
  }
  const list = parseVoiceList(parseJson(listed.body), voiceList.request.attributes);
  print(
    `   -> ${listed.status} ${listed.statusText}, ${listed.contentType ?? "no content type"}, ${formatBytes(listed.body.length)}, ${list.voices.length} voices${list.skipped ? ` (${list.skipped} without an id skipped)` : ""}${list.hasMore ? "; more pages exist, Genesys reads only this one" : ""}`,
  );
  failures.push(...list.problems);
  list.problems.forEach((p) => print(`   problem: ${p}`));

  const language =
    preview.request.json !== null && typeof preview.request.json === "object" && !Array.isArray(preview.request.json)
      ? preview.request.json.language
      : undefined;
  let voiceId = options.voice;
  if (voiceId === undefined) {
    const chosen = chooseVoice(list.voices, typeof language === "string" ? language : undefined);
    if (!chosen) return finish(print, [...failures, "no voice to synthesize with: pass --voice"]);
    voiceId = chosen.id;
    print(`   voice: ${describeVoice(chosen)} (the first${typeof language === "string" ? ` in "${language}"` : ""}; pass --voice to choose)`);
  } else {
    const found = list.voices.find((v) => v.id === voiceId);
    if (found) print(`   voice: ${describeVoice(found)} is in the list`);
    else {
      const problem = `voice "${voiceId}" is not in the voice list: Architect would not offer it`;
      print(`   problem: ${problem}`);
      failures.push(problem);
    }
  }

  // 2. The synthesis, as Genesys sends it for each prompt.
  const rendered = renderSynthesisRequest(source, sendable(credentials.headers), { text: options.text, voice: voiceId }, endpoint);
  const synthesis = rendered.request!;
  print("");
  printRequest(print, "2.", synthesis);
  if (synthesis.method === "GET" || synthesis.method === "HEAD") {
    return finish(print, [...failures, `a ${synthesis.method} request cannot carry synthesizeBody; nothing was sent`]);
  }
  const spoken = await send(print, synthesis, exchangeOptions);
  if (!spoken) return finish(print, [...failures, `could not reach ${synthesis.url}`]);
  report(print, spoken);
  if (!isSuccess(spoken.status)) {
    explain(print, spoken, { ...context, kind: "synthesis", body: synthesis.json });
    return finish(print, [...failures, `the synthesis answered ${spoken.status}`]);
  }

  const format = declaredFormat(synthesis.json);
  if (!format) return finish(print, [...failures, "the body's output_format does not fit Cartesia's matrix, so the audio cannot be checked"]);
  if (spoken.contentType && /json|text|html/i.test(spoken.contentType)) {
    failures.push(`the answer is ${spoken.contentType}, not audio`);
  }
  const audio = checkAudio(spoken.body, format);
  printAudio(print, audio, format);
  if (!audio.fits) failures.push(...audio.problems);

  if (audio.playable) {
    const file = outputFile(options, cwd, outdir, connector, audio.playable.extension);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, audio.playable.data);
    const what = audio.playable.extension === "mp3" ? "MP3 as received: it plays as it is" : format.container === "raw" ? "raw PCM wrapped as WAV" : "WAV";
    print(`   wrote ${path.relative(cwd, file)} (${what}, ${formatBytes(audio.playable.data.length)}): listen to it`);
  }
  return finish(print, failures);
}

function pickConnector(outdir: string, options: SmokeArgs): SynthesizedConnector {
  const stacks = readSynthesizedStacks(outdir).filter((s) => options.stack === undefined || s.name === options.stack);
  if (stacks.length === 0) throw new Error(`no stack "${options.stack}" in ${outdir}`);
  const all = stacks.flatMap((s) => findConnectors(s.name, s.document));
  if (all.length === 0) throw new Error(`no Genesys TTS Connector in ${stacks.map((s) => s.file).join(", ")}`);
  const wanted = options.connector;
  const matches =
    wanted === undefined
      ? all
      : all.filter((c) => [c.constructPath, c.constructPath?.split("/").pop(), c.address, c.address.split(".")[1], c.configAddress, c.name].includes(wanted));
  if (matches.length === 1) return matches[0];
  const choices = all.map((c) => `  --stack ${c.stack} --connector ${c.constructPath?.split("/").pop() ?? c.address}   (${c.name ?? "unnamed"})`).join("\n");
  if (matches.length === 0) throw new Error(`no connector "${wanted}"; found:\n${choices}`);
  throw new Error(`${matches.length} connectors match; choose one:\n${choices}`);
}

function endpointProblem(endpoint: string, credentials: CredentialHeaders): string | undefined {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return `--endpoint ${JSON.stringify(endpoint)} is not a URL; expected e.g. http://127.0.0.1:8080 or https://proxy.example.com/cartesia.`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return `--endpoint must be an http(s) URL; got ${url.protocol}`;
  if (url.search || url.hash || url.username || url.password) return `--endpoint takes a base URL without query, fragment or credentials.`;
  const sendsKey = Object.keys(credentials.headers).some(isKeyHeader);
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname) && sendsKey) {
    return `--endpoint ${url.origin} is plain HTTP off this machine: the key would cross the network in clear text. Use https, or a loopback address.`;
  }
  return undefined;
}

async function send(
  print: (line?: string) => void,
  request: HttpRequestSpec,
  options: { fetch?: FetchLike; timeoutMs?: number },
): Promise<Exchange | undefined> {
  try {
    return await exchange(request, options);
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const reason = (err as Error).name === "TimeoutError" ? "no answer in time" : (cause?.code ?? cause?.message ?? (err as Error).message);
    print(`   -> could not reach ${new URL(request.url).origin}: ${reason}. Check the URI in Configuration > Properties (or --endpoint).`);
    return undefined;
  }
}

function printRequest(print: (line?: string) => void, step: string, request: HttpRequestSpec): void {
  print(`${step} ${request.method} ${request.url}`);
  for (const [name, value] of Object.entries(request.headers)) print(`   ${name}: ${value}`);
  if (request.body !== undefined) print(`   body: ${request.body}`);
}

function report(print: (line?: string) => void, ex: Exchange): void {
  print(`   -> ${ex.status} ${ex.statusText}, ${ex.contentType ?? "no content type"}, ${formatBytes(ex.body.length)}`);
  print(`      time to first byte ${formatMs(ex.firstByteMs ?? ex.headersMs)}, total ${formatMs(ex.totalMs)}`);
}

function explain(print: (line?: string) => void, ex: Exchange, context: SentRequestContext): void {
  const error = parseCartesiaError(ex.status, ex.body.toString("utf8"));
  const diagnosis = diagnose(error, context);
  print(`   Cartesia says: ${describeError(error)}`);
  if (diagnosis.guide) {
    print(`   Guide's troubleshooting row: "${diagnosis.guide.genesysShows}" means ${diagnosis.guide.meaning}.`);
  }
  if (diagnosis.fields.length > 0) print(`   Rejected in the body: ${diagnosis.fields.join(", ")}`);
  for (const line of diagnosis.fix) print(`   Fix: ${line}`);
}

function printAudio(
  print: (line?: string) => void,
  audio: AudioVerdict,
  format: { container: string; sample_rate: number; encoding?: string; bit_rate?: number },
): void {
  const declared = describeOutputFormat(outputFormatFields(format));
  const duration = audio.durationSeconds === undefined ? "unknown" : `${audio.durationSeconds.toFixed(3)} s`;
  print(
    `      audio: ${formatBytes(audio.audioBytes)} of sound, duration ${duration}, declared ${declared} (${audio.expectedBytesPerSecond.toLocaleString("en-US")} bytes/s)`,
  );
  print(`      fits the declared format: ${audio.fits ? "yes" : "NO"}`);
  for (const problem of audio.problems) print(`      problem: ${problem}`);
  for (const note of audio.notes) print(`      ${note}`);
}

function finish(print: (line?: string) => void, failures: readonly string[]): number {
  print("");
  if (failures.length === 0) {
    print("PASSED: Genesys will get audio it can play from this configuration.");
    return 0;
  }
  print(`FAILED (${failures.length}):`);
  for (const failure of failures) print(`  - ${failure}`);
  return 1;
}

function outputFile(options: SmokeArgs, cwd: string, outdir: string, connector: SynthesizedConnector, extension: "wav" | "mp3"): string {
  const id = connector.constructPath?.split("/").pop() ?? connector.address.split(".")[1];
  const file = options.out !== undefined ? path.resolve(cwd, options.out) : path.join(outdir, "smoke", `${connector.stack}.${id}.wav`);
  return extension === "wav" ? file : file.replace(/\.wav$/i, "") + ".mp3";
}

/** The terraform variable behind the key field, to name `TF_VAR_<name>` in advice. */
function keyVariable(connector: SynthesizedConnector): string | undefined {
  const field = Object.entries(connector.credential?.fields ?? {}).find(([name]) => isKeyHeader(name))?.[1];
  return field?.kind === "variable" ? field.name : undefined;
}

/** The key's possible values in the environment, so even one this run does not use is never echoed. */
function keyValuesInEnv(env: Env, variable: string | undefined): string[] {
  return [env[API_KEY_ENV], variable === undefined ? undefined : env[`TF_VAR_${variable}`]].filter((v): v is string => v !== undefined && v !== "");
}

function describeVoice(voice: { id: string; name?: string; language?: string; gender?: string }): string {
  const details = [voice.language, voice.gender].filter(Boolean).join(", ");
  return `${voice.id}${voice.name ? ` "${voice.name}"` : ""}${details ? ` (${details})` : ""}`;
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

function parseJson(body: Buffer): JsonValue | undefined {
  try {
    return JSON.parse(body.toString("utf8")) as JsonValue;
  } catch {
    return undefined;
  }
}

function formatBytes(n: number): string {
  return `${n.toLocaleString("en-US")} bytes`;
}

function formatMs(ms: number): string {
  return `${Math.round(ms)} ms`;
}
