/**
 * Leak guard: watches every synth and every console line of a test file for Cartesia API keys.
 *
 * Importing this module (or listing it in jest's `setupFilesAfterEnv`) wraps `App.prototype.synth`,
 * `Testing.synth`, `Testing.synthHcl` and `Testing.fullSynth`, and the console. Each synthesized
 * document, each written `cdktf.out` tree, whatever synth prints and every console line is scanned
 * on the spot; after each test, anything found fails that test. Findings are masked: the guard
 * never prints what it found.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { format } from "node:util";
import { App, Testing } from "cdktf";
import { keyShapedIn, maskSecret } from "../../lib/private/key-hygiene";

import { TEST_KEYS } from "./test-keys";

export { TEST_KEYS } from "./test-keys";

/** One key found where none may be: where, and the masked key. */
export interface LeakFinding {
  readonly where: string;
  readonly key: string;
}

/**
 * Every key in a text: the test keys, values of secret `TF_VAR_*` variables set now (names with key,
 * secret, token or password: what a deploy would use), and anything shaped like a key (`sk_car_` and 16 or more key characters),
 * disguised or not (the library's one detector). Masked.
 */
export function findKeys(text: string): string[] {
  const secrets = new Set<string>(TEST_KEYS);
  // for...in reads only the names; the values of other variables are never fetched.
  for (const name in process.env) {
    // Only variables that hold secrets: a region or a credential's name is also in cdktf.out, on purpose.
    if (!/^TF_VAR_.*(key|secret|token|password)/i.test(name)) continue;
    const value = process.env[name];
    if (value !== undefined && value.length >= 8) secrets.add(value);
  }
  const found = new Set<string>();
  for (const secret of secrets) if (text.includes(secret)) found.add(maskSecret(secret));
  for (const match of keyShapedIn(text)) found.add(maskSecret(match));
  return [...found];
}

/** Every file below a directory as `[relative path, text]`. */
export function filesBelow(dir: string): [string, string][] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return [path.relative(dir, file), fs.readFileSync(file, "utf8")] as [string, string];
    });
}

/** Keys in a directory tree, one finding per file and key. */
export function scanTree(dir: string, label = dir): LeakFinding[] {
  return filesBelow(dir).flatMap(([file, text]) => findKeys(text).map((key) => ({ where: `${label}/${file}`, key })));
}

interface GuardState {
  findings: LeakFinding[];
  synths: number;
}

const STATE_KEY = Symbol.for("cdktf-cartesia-genesys.leak-guard");
const globalState = globalThis as unknown as { [STATE_KEY]?: GuardState };

function state(): GuardState {
  return (globalState[STATE_KEY] ??= { findings: [], synths: 0 });
}

function record(where: string, text: string): void {
  for (const key of findKeys(text)) state().findings.push({ where, key });
}

/** Runs a synth with stdout and stderr watched, so anything it prints is scanned too. */
function watchingOutput<T>(label: string, run: () => T): T {
  const streams = [process.stdout, process.stderr];
  // Unbound on purpose: put back exactly as found, and called with .call(stream).
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const originals = streams.map((s) => s.write);
  streams.forEach((stream, i) => {
    stream.write = (chunk: unknown, ...rest: unknown[]) => {
      record(`${label} output`, typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8"));
      return (originals[i] as (...args: unknown[]) => boolean).call(stream, chunk, ...rest);
    };
  });
  try {
    state().synths++;
    return run();
  } finally {
    streams.forEach((stream, i) => (stream.write = originals[i]));
  }
}

const WRAPPED = Symbol.for("cdktf-cartesia-genesys.leak-guard.wrapped");
type Wrappable = ((...args: never[]) => unknown) & { [WRAPPED]?: boolean };

function wrap<T extends object, K extends keyof T>(target: T, name: K, after: (result: unknown, self: unknown, args: unknown[]) => void): void {
  const original = target[name] as unknown as Wrappable;
  if (original[WRAPPED]) return;
  const wrapped = function (this: unknown, ...args: unknown[]) {
    const result = watchingOutput(String(name), () => (original as unknown as (...a: unknown[]) => unknown).apply(this, args));
    after(result, this, args);
    return result;
  } as unknown as Wrappable;
  wrapped[WRAPPED] = true;
  target[name] = wrapped as unknown as T[K];
}

/** Installs the guard in this test file's module registry; a second call does nothing. */
export function installLeakGuard(): void {
  wrap(App.prototype, "synth", (_result, self) => {
    const outdir = (self as App).outdir;
    for (const finding of scanTree(outdir, "cdktf.out")) state().findings.push(finding);
  });
  wrap(Testing, "synth", (result) => record("Testing.synth", String(result)));
  wrap(Testing, "synthHcl", (result) => record("Testing.synthHcl", String(result)));
  wrap(Testing, "fullSynth", (result) => {
    for (const finding of scanTree(String(result), "Testing.fullSynth")) state().findings.push(finding);
  });
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(console)
    const original = console[method] as Wrappable;
    if (original[WRAPPED]) continue;
    const wrapped = ((...args: unknown[]) => {
      const line = format(...args);
      const keys = findKeys(line);
      if (keys.length === 0) return (original as (...a: unknown[]) => void).apply(console, args);
      for (const key of keys) state().findings.push({ where: `console.${method}`, key });
      // The line is not printed: it holds a key.
      return (original as (...a: unknown[]) => void).call(console, `[leak guard: console.${method} line withheld, it holds ${keys.join(", ")}]`);
    }) as Wrappable;
    wrapped[WRAPPED] = true;
    console[method] = wrapped;
  }
}

/** Takes (and clears) what the guard found so far: for a test that plants a leak on purpose. */
export function takeLeakFindings(): LeakFinding[] {
  const findings = state().findings;
  state().findings = [];
  return findings;
}

/** How many synths the guard has watched in this test file. */
export function watchedSynths(): number {
  return state().synths;
}

installLeakGuard();

afterEach(() => {
  const findings = takeLeakFindings();
  if (findings.length > 0) {
    throw new Error(`leak guard: ${findings.length} key(s) found: ${findings.map((f) => `${f.key} in ${f.where}`).join("; ")}`);
  }
});
