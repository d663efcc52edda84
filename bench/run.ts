/**
 * `npm run bench`: the realistic platform repo's whole `cdktf synth` and `cdktn synth`, construct against
 * hand-written (the figure judged); the in-process synth at 100 and 1,000 connectors in every shape and
 * under both runners (a growth check); the default app's `cdktf synth` against its app command alone;
 * `review --plan` of 10,000 connectors (peak RSS); and `npm test`. See bench/README.md.
 *
 *   npm run bench                       # Markdown tables on stdout, progress on stderr
 *   npm run bench -- --json             # the same figures as JSON
 *   npm run bench -- --skip-tests --repeats 3 --sizes 100,1000 --shapes shared,embedded --runners compiled
 *   npm run bench -- --write bench/RESULTS.md
 *   npm run bench -- --platform-only --engines cdktf --platform-repeats 11
 *   npm run bench -- --platform-only --platform-variant no-cache=/tmp/lib-without-cache   # what a change to lib/ costs
 *   npm run bench -- --cpu-prof /tmp/prof --sizes 1000 --repeats 1 --skip-process --skip-tests
 *   npm run bench -- --packages-only    # what each of the three packages adds to a fresh app (size, packages)
 *   npm run bench -- --review-only      # review --plan of 10,000 connectors alone
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describeAppRunner, readAppCommand } from "./app-command";
import { assertSameDocuments, makeOutdir, SHAPES, type Shape, shapeNamed, stackSizes } from "./cases";
import { assertSamePlatformDocuments, ENGINE_NAMES, type EngineName, type PlatformFigures, type PlatformVariant, runPlatformRepo } from "./platform-repo";
import type { CaseKind } from "./child";
import { currentLoad, describeMachine } from "./machine";
import { type CaseResult, pairedRatio, runCase, summarize, timeCommand } from "./measure";
import { type BenchResults, evaluateTargets, growthOf, inProcessRows, type ProcessFigures, renderMarkdown, shapeVerdicts, type TestFigures } from "./report";
import { measurePackages, renderPackageFigures } from "./package-figures";
import { renderReviewMemory, runReviewMemory } from "./review-memory";
import { compileBench, type Runner, RUNNER_NAMES, runnerNamed } from "./runners";

const ROOT = path.resolve(__dirname, "..");
const KINDS: readonly CaseKind[] = ["construct", "raw", "floor"];

/** Command-line options. */
interface Options {
  readonly json: boolean;
  readonly repeats: number;
  readonly sizes: number[];
  readonly shapes: Shape[];
  readonly runners: Runner[];
  readonly skipTests: boolean;
  readonly skipProcess: boolean;
  /** Leave out the realistic platform repo. */
  readonly skipPlatform: boolean;
  /** Only the realistic platform repo. */
  readonly platformOnly: boolean;
  /** Runs of each side of the platform repo, per engine (the minimum is the figure). */
  readonly platformRepeats: number;
  /** Leave out `review --plan` of 10,000 connectors; or run only that. */
  readonly skipReview: boolean;
  readonly reviewOnly: boolean;
  /** Leave out what each package adds to a fresh consumer app (bench/package-figures.ts); or run only that. */
  readonly skipPackages: boolean;
  readonly packagesOnly: boolean;
  readonly engines: EngineName[];
  /** Other sources of the library, measured in the platform repo's rounds: `name=dir`. */
  readonly platformVariants: PlatformVariant[];
  readonly write?: string;
  readonly cpuProfileDir?: string;
  /** The Node binary that runs every case. */
  readonly node: string;
}

function parseArgs(argv: readonly string[]): Options {
  const options = {
    json: false,
    repeats: 7,
    sizes: [100, 1000],
    shapes: [...SHAPES],
    runners: RUNNER_NAMES.map((name) => runnerNamed(name, ROOT)),
    skipTests: false,
    skipProcess: false,
    skipPlatform: false,
    platformOnly: false,
    platformRepeats: 11,
    skipReview: false,
    reviewOnly: false,
    skipPackages: false,
    packagesOnly: false,
    engines: [...ENGINE_NAMES],
    platformVariants: [],
    node: process.execPath,
  } as {
    -readonly [K in keyof Options]: Options[K];
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    const list = () => [...new Set(value().split(","))];
    if (arg === "--json") options.json = true;
    else if (arg === "--skip-tests") options.skipTests = true;
    else if (arg === "--skip-process") options.skipProcess = true;
    else if (arg === "--skip-platform") options.skipPlatform = true;
    else if (arg === "--platform-only") options.platformOnly = true;
    else if (arg === "--skip-review") options.skipReview = true;
    else if (arg === "--review-only") options.reviewOnly = true;
    else if (arg === "--skip-packages") options.skipPackages = true;
    else if (arg === "--packages-only") options.packagesOnly = true;
    else if (arg === "--platform-repeats") options.platformRepeats = positiveInteger(arg, value());
    else if (arg === "--engines") options.engines = list().map(engineNamed);
    else if (arg === "--platform-variant") options.platformVariants.push(variantOf(value()));
    else if (arg === "--repeats") options.repeats = positiveInteger(arg, value());
    else if (arg === "--sizes") options.sizes = list().map((s) => positiveInteger(arg, s));
    else if (arg === "--shapes") options.shapes = list().map(shapeNamed);
    else if (arg === "--runners") options.runners = list().map((name) => runnerNamed(name, ROOT));
    else if (arg === "--write") options.write = value();
    else if (arg === "--cpu-prof") options.cpuProfileDir = path.resolve(value());
    else if (arg === "--node") options.node = path.resolve(value());
    else throw new Error(`unknown option ${arg}; see bench/README.md`);
  }
  options.sizes = [...new Set(options.sizes)].sort((a, b) => a - b);
  return options;
}

function variantOf(text: string): PlatformVariant {
  const at = text.indexOf("=");
  const libDir = path.resolve(text.slice(at + 1));
  if (at < 1 || !fs.existsSync(libDir)) throw new Error(`--platform-variant: got ${JSON.stringify(text)}; expected name=<directory of lib sources>`);
  return { name: text.slice(0, at), libDir };
}

function engineNamed(name: string): EngineName {
  if (!(ENGINE_NAMES as readonly string[]).includes(name))
    throw new Error(`--engines: unknown engine ${JSON.stringify(name)}; known: ${ENGINE_NAMES.join(", ")}`);
  return name as EngineName;
}

function positiveInteger(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag}: got ${JSON.stringify(text)}; expected a positive integer`);
  return n;
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** Asserts construct == raw in each shape at each size, and leaves the documents where the floor's children read them. */
function prepareDocuments(shapes: readonly Shape[], sizes: readonly number[], dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const shape of shapes) {
    for (const size of sizes) {
      const documents = assertSameDocuments(size, shape);
      const file = path.join(dir, `documents-${shape.name}-${size}.json`);
      fs.writeFileSync(file, JSON.stringify(documents));
      files.set(`${shape.name}/${size}`, file);
    }
    log(`${shape.name}: construct and raw bindings synthesize the same JSON at ${sizes.join(", ")} connectors`);
  }
  return files;
}

/** Every in-process case, interleaved: round by round, runner by runner, shape by shape, size by size, kind by kind. */
function runInProcess(options: Options, documents: Map<string, string>, loads: number[]): CaseResult[] {
  const results: CaseResult[] = [];
  for (let round = 1; round <= options.repeats; round++) {
    const started = performance.now();
    for (const runner of options.runners) {
      for (const shape of options.shapes) {
        for (const size of options.sizes) {
          // Alternate which variant goes first, so a trend in the machine's load favours neither.
          const kinds = round % 2 === 1 ? KINDS : [KINDS[1], KINDS[0], ...KINDS.slice(2)];
          const line: string[] = [];
          for (const kind of kinds) {
            const result = runCase(runner, kind, shape.name, size, {
              documentsFile: kind === "floor" ? documents.get(`${shape.name}/${size}`) : undefined,
              cpuProfileDir: options.cpuProfileDir,
              label: `round${round}`,
              node: options.node,
            });
            results.push(result);
            line.push(`${kind} ${result.totalMs.toFixed(1)} ms`);
          }
          log(`round ${round}/${options.repeats} ${runner.name} ${shape.name} x${size}: ${line.join(", ")}`);
        }
      }
    }
    loads.push(currentLoad());
    log(`round ${round} took ${((performance.now() - started) / 1000).toFixed(0)} s; load ${loads[loads.length - 1]}`);
  }
  return results;
}

/** The realistic platform repo under each engine's CLI, both sides checked to write the same documents first. */
function runPlatform(options: Options): PlatformFigures[] {
  assertSamePlatformDocuments(ROOT);
  log(`platform repo: ${options.platformRepeats} runs of each side under ${options.engines.join(" and ")}, interleaved ...`);
  return runPlatformRepo({
    root: ROOT,
    engines: options.engines,
    repeats: options.platformRepeats,
    node: options.node,
    variants: options.platformVariants,
    log,
  });
}

/** The whole `cdktf synth` of the default app, and its app command alone, alternating. */
function runProcess(repeats: number, dir: string): ProcessFigures {
  const app = describeAppRunner(readAppCommand(ROOT));
  const cdktf = path.join(ROOT, "node_modules", ".bin", "cdktf");
  const whole: number[] = [];
  const alone: number[] = [];
  for (let round = 1; round <= repeats; round++) {
    const wholeOut = path.join(dir, `whole-${round}`);
    const w = timeCommand(cdktf, ["synth", "--output", wholeOut], { cwd: ROOT });
    mustHaveSynthesized(w, wholeOut, "cdktf synth");
    const appOut = path.join(dir, `app-${round}`);
    const a = timeCommand(app.command, [], { cwd: ROOT, env: { CDKTF_OUTDIR: appOut }, shell: true });
    mustHaveSynthesized(a, appOut, app.command);
    whole.push(w.wallMs);
    alone.push(a.wallMs);
    log(`round ${round}/${repeats}: cdktf synth ${w.wallMs.toFixed(0)} ms, app alone ${a.wallMs.toFixed(0)} ms`);
  }
  return { app, wholeSynthMs: summarize(whole), appAloneMs: summarize(alone), appShare: pairedRatio(alone, whole) };
}

function mustHaveSynthesized(run: { exitCode: number; tail: string }, outdir: string, what: string): void {
  if (run.exitCode !== 0 || !fs.existsSync(path.join(outdir, "manifest.json"))) {
    throw new Error(`${what} did not synthesize into ${outdir} (exit ${run.exitCode}):\n${run.tail}`);
  }
}

function runTests(): TestFigures {
  log("npm test (once) ...");
  const run = timeCommand("npm", ["test"], { cwd: ROOT });
  log(`npm test: ${(run.wallMs / 1000).toFixed(1)} s, exit ${run.exitCode}`);
  if (run.exitCode !== 0) log(`npm test failed; its output ends with:\n${run.tail}`);
  return { wallMs: run.wallMs, exitCode: run.exitCode };
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  process.env.CHECKPOINT_DISABLE = "1";
  const machine = describeMachine(options.node);
  log(`${machine.nproc} CPUs, ${machine.cpuModel}, Node ${machine.node} (${machine.nodePath}); load ${machine.loadAverage.start}`);
  const dir = makeOutdir("cartesia-bench-run-");
  try {
    if (options.packagesOnly) {
      process.stdout.write(`${renderPackageFigures(measurePackages(ROOT, log)).join("\n")}\n`);
      return;
    }
    if (options.cpuProfileDir) fs.mkdirSync(options.cpuProfileDir, { recursive: true });
    const review = options.skipReview ? undefined : runReviewMemory(ROOT, dir, options.node);
    if (review)
      log(
        `review --plan of ${review.connectors} connectors: ${review.runs.map((r) => `${r.format} ${(r.peakRssKiB / 1024).toFixed(0)} MiB peak RSS`).join(", ")}`,
      );
    if (options.reviewOnly) {
      process.stdout.write(options.json ? `${JSON.stringify(review, null, 2)}\n` : `${renderReviewMemory(review!).join("\n")}\n`);
      return;
    }
    if (!options.platformOnly && options.runners.some((r) => r.name === "compiled")) {
      log("npm run build:dist, then bench/*.ts into dist/bench/ (the compiled runner) ...");
      compileBench(ROOT);
    }
    const platform = options.skipPlatform ? undefined : runPlatform(options);
    const inProcessToo = !options.platformOnly;
    const documents = inProcessToo ? prepareDocuments(options.shapes, options.sizes, dir) : new Map<string, string>();
    const loads: number[] = [];
    const samples = inProcessToo ? runInProcess(options, documents, loads) : [];
    const processFigures = options.skipProcess || !inProcessToo ? undefined : runProcess(options.repeats, dir);
    const npmTest = options.skipTests || !inProcessToo ? undefined : runTests();
    const inProcess = inProcessRows(samples, (n) => stackSizes(n).length);
    const growth = growthOf(samples);
    const verdicts = shapeVerdicts(inProcess, growth);
    const results: BenchResults = {
      date: new Date().toISOString(),
      machine: { ...machine, loadAverage: { start: machine.loadAverage.start, rounds: loads, end: currentLoad() } },
      repeats: options.repeats,
      runners: options.runners.map(({ name, summary }) => ({ name, summary })),
      shapes: options.shapes.map(({ name, summary }) => ({ name, summary })),
      inProcess,
      growth,
      platform,
      review,
      process: processFigures,
      npmTest,
      verdicts,
      targets: evaluateTargets(verdicts, processFigures, platform),
    };
    const markdown = renderMarkdown(results);
    if (options.write) {
      const heading = `# Benchmark results\n\nWritten by \`npm run bench -- --write ${options.write}\`; bench/README.md says what each figure means.\n\n`;
      fs.writeFileSync(options.write, `${heading}${markdown}\n`);
      log(`wrote ${options.write}`);
    }
    process.stdout.write(options.json ? `${JSON.stringify(results, null, 2)}\n` : `${markdown}\n`);
    if (!options.skipPackages && !options.platformOnly && !options.json)
      process.stdout.write(`\n${renderPackageFigures(measurePackages(ROOT, log)).join("\n")}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
