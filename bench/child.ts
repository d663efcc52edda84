/**
 * One measured case, run in a process of its own so its peak RSS is its own:
 *
 *   node --expose-gc --import tsx bench/child.ts <construct|raw|floor> <shape> <connectors> [documents.json]
 *   node --expose-gc dist/bench/child.js ...       (the compiled runner: bench/runners.ts)
 *
 * Prints one JSON line (`ChildResult`). Every kind loads the same modules first, so the baselines match.
 */
import * as fs from "node:fs";
import { App } from "cdktf";
import { buildConnectors, makeOutdir, type Shape, shapeNamed, type TerraformDocument, type Variant, VARIANTS } from "./cases";
import { PROFILE_ENV, startProfile } from "./profile";

/** A construct-tree variant, or the floor: `JSON.stringify` of the finished documents. */
export type CaseKind = Variant | "floor";

/** What one child measured. Times in milliseconds, memory in KiB (`maxRSS`). */
export interface ChildResult {
  readonly kind: CaseKind;
  readonly shape: string;
  readonly connectors: number;
  /** Whether Node mapped stack traces through source maps in this process (tsx turns them on). */
  readonly sourceMaps: boolean;
  /** Building the construct tree (0 for the floor). */
  readonly buildMs: number;
  /** `app.synth()` into a temporary outdir; for the floor, stringifying the documents. */
  readonly synthMs: number;
  readonly totalMs: number;
  /** CPU time of the whole process (user + system, every thread) over the measured run (the same span as the wall time): less swayed by other work on a shared machine. */
  readonly cpuMs: number;
  /** Peak RSS after loading modules and a one-connector warm-up, before the measured run. */
  readonly baselineRssKiB: number;
  /** Peak RSS of the whole process, measured run included. */
  readonly peakRssKiB: number;
}

/** What one run took: wall time split into building the tree and synthesizing, and CPU time over both. */
interface Timing {
  readonly buildMs: number;
  readonly synthMs: number;
  readonly cpuMs: number;
}

/**
 * Times `run` by the wall clock and in CPU time (user + system, every thread), and profiles it when the
 * bench asked (`PROFILE_ENV`). Only `run` is inside: removing the output directory afterwards is not.
 */
function measured(run: () => number): Timing {
  const target = process.env[PROFILE_ENV];
  const stopProfile = target ? startProfile() : undefined;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const buildMs = run();
  const totalMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  stopProfile?.(`${target}.cpuprofile`);
  return { buildMs, synthMs: totalMs - buildMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** Builds and synthesizes once into a temporary directory; returns the time building the tree took. */
function synthOnce(variant: Variant, shape: Shape, connectors: number, outdir: string): number {
  const start = performance.now();
  const app = new App({ outdir });
  buildConnectors(app, variant, connectors, shape);
  const buildMs = performance.now() - start;
  app.synth();
  return buildMs;
}

/** The floor: the text of every finished document, as cdktf would write it (two-space indent). */
function stringifyAll(documents: readonly TerraformDocument[]): number {
  let length = 0;
  for (const document of documents) length += JSON.stringify(document, null, 2).length;
  return length;
}

function main(argv: readonly string[]): ChildResult {
  const [kind, shapeName, count, documentsFile] = argv as [CaseKind, string, string, string | undefined];
  const shape = shapeNamed(shapeName);
  const connectors = Number(count);
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  let baselineRssKiB: number;
  let timing: Timing;

  if (kind === "floor") {
    if (!documentsFile) throw new Error("floor: pass the documents file");
    const documents = Object.values(JSON.parse(fs.readFileSync(documentsFile, "utf8")) as Record<string, TerraformDocument>);
    stringifyAll(documents.slice(0, 1));
    gc();
    baselineRssKiB = process.resourceUsage().maxRSS;
    timing = measured(() => (stringifyAll(documents), 0));
  } else if ((VARIANTS as readonly string[]).includes(kind)) {
    const variant = kind;
    const outdirs = [makeOutdir(), makeOutdir()];
    try {
      // The first synth of a process pays for lazy requires and cold code; every kind gets the same start.
      synthOnce(variant, shape, 1, outdirs[0]);
      gc();
      baselineRssKiB = process.resourceUsage().maxRSS;
      timing = measured(() => synthOnce(variant, shape, connectors, outdirs[1]));
    } finally {
      for (const dir of outdirs) fs.rmSync(dir, { recursive: true, force: true });
    }
  } else {
    throw new Error(`unknown case kind ${JSON.stringify(kind)}; expected construct, raw or floor`);
  }
  const sourceMaps = (process as { sourceMapsEnabled?: boolean }).sourceMapsEnabled === true;
  const { buildMs, synthMs, cpuMs } = timing;
  return {
    kind,
    shape: shape.name,
    connectors,
    sourceMaps,
    buildMs,
    synthMs,
    totalMs: buildMs + synthMs,
    cpuMs,
    baselineRssKiB,
    peakRssKiB: process.resourceUsage().maxRSS,
  };
}

if (require.main === module) {
  process.stdout.write(`${JSON.stringify(main(process.argv.slice(2)))}\n`);
}
