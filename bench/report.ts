/**
 * The figures of one bench run, the targets checked against them (issue 25's realistic platform repo; the
 * in-process runs' growth), and the Markdown tables. `--json` prints `BenchResults` as it is; the Markdown
 * shows the same numbers, rounded.
 */
import type { AppRunner } from "./app-command";
import type { CaseKind } from "./child";
import type { Machine } from "./machine";
import { type CaseResult, pairedRatio, type Summary, summarize } from "./measure";
import { PLATFORM_RATIO_LIMIT, type PlatformFigures } from "./platform-repo";
import { renderReviewMemory, type ReviewMemoryFigures } from "./review-memory";
import type { RunnerName } from "./runners";

/** One kind of case at one size, every figure summarized over the repeats. */
export interface CaseFigures {
  readonly totalMs: Summary;
  readonly buildMs: Summary;
  readonly synthMs: Summary;
  readonly cpuMs: Summary;
  readonly peakRssMiB: Summary;
  /** Peak RSS above the child's own baseline (modules loaded, warm-up done). */
  readonly rssGrowthMiB: Summary;
}

/** The in-process cases of one runner and shape at one size. */
export interface InProcessRow {
  readonly runner: RunnerName;
  readonly shape: string;
  readonly connectors: number;
  readonly stacks: number;
  readonly construct: CaseFigures;
  readonly raw: CaseFigures;
  readonly floor: CaseFigures;
  /** Per-round ratios of total (wall) time. */
  readonly constructOverRaw: Summary;
  readonly constructOverFloor: Summary;
  /** Per-round ratio of CPU time. */
  readonly constructOverRawCpu: Summary;
  /** Per-round ratio of peak RSS. */
  readonly constructOverRawRss: Summary;
}

/** How time grows from one size to a size ten times larger (1.0 per connector = linear at 10). */
export interface Growth {
  readonly runner: RunnerName;
  readonly shape: string;
  readonly kind: CaseKind;
  readonly from: number;
  readonly to: number;
  /** Per-round ratio of wall time. */
  readonly ratio: Summary;
  /** Per-round ratio of CPU time. */
  readonly cpuRatio: Summary;
}

/** `cdktf synth` as a user runs it, against its app command alone. */
export interface ProcessFigures {
  readonly app: AppRunner;
  readonly wholeSynthMs: Summary;
  readonly appAloneMs: Summary;
  /** Per-round app alone / whole synth. */
  readonly appShare: Summary;
}

/** `npm test`, run once. */
export interface TestFigures {
  readonly wallMs: number;
  readonly exitCode: number;
}

/** A target of issue 15 for one runner and shape (or the app command), and how this run did against it. */
export interface Target {
  readonly name: string;
  /** The figure compared, as shown. */
  readonly measured: string;
  readonly limit: string;
  /** undefined: not measured in this run. */
  readonly met: boolean | undefined;
}

/** The construct's ratios for one runner and shape, as the summary table shows them. */
export interface ShapeVerdict {
  readonly runner: RunnerName;
  readonly shape: string;
  /** construct / raw at 100 and 1,000 connectors, wall and CPU medians; undefined when not measured. */
  readonly at100?: { readonly wall: number; readonly cpu: number };
  readonly at1000?: { readonly wall: number; readonly cpu: number };
  /** The construct's growth from 100 to 1,000 connectors, wall and CPU medians. */
  readonly growth?: { readonly wall: number; readonly cpu: number };
  /** The growth within its limit (the ratios are shown, not judged); undefined when not measured. */
  readonly met: boolean | undefined;
}

/** Everything one run measured. */
export interface BenchResults {
  /** When the run ended, ISO 8601. */
  readonly date: string;
  readonly machine: Machine;
  readonly repeats: number;
  /** Each runner's name and how it starts a case. */
  readonly runners: readonly { readonly name: RunnerName; readonly summary: string }[];
  /** Each shape's name and what it writes. */
  readonly shapes: readonly { readonly name: string; readonly summary: string }[];
  readonly inProcess: readonly InProcessRow[];
  readonly growth: readonly Growth[];
  /** The realistic platform repo, per engine: the figure issue 25 judges. */
  readonly platform?: readonly PlatformFigures[];
  /** `review --plan` of 10,000 connectors: peak RSS per format (issue 22). */
  readonly review?: ReviewMemoryFigures;
  readonly process?: ProcessFigures;
  readonly npmTest?: TestFigures;
  readonly verdicts: readonly ShapeVerdict[];
  readonly targets: readonly Target[];
}

/** construct / raw, wall and CPU, at 100 and at 1,000 connectors: issue 15's target, shown for reference since issue 25. */
export const RATIO_LIMIT = 1.1;
/** The construct's time at 1,000 connectors over its time at 100: linear is 10, fixed costs make it less. */
export const GROWTH_LIMIT = 12;

const MiB = 1024;

/** The distinct values of `key` in `samples`, in first-seen order (the order the bench ran them). */
function distinct<T>(samples: readonly CaseResult[], key: (s: CaseResult) => T): T[] {
  return [...new Set(samples.map(key))];
}

/** Summarizes the children's results per runner, shape and size, paired by round (the i-th sample of every kind came from round i). */
export function inProcessRows(samples: readonly CaseResult[], stacksFor: (connectors: number) => number): InProcessRow[] {
  const rows: InProcessRow[] = [];
  for (const runner of distinct(samples, (s) => s.runner)) {
    for (const shape of distinct(samples, (s) => s.shape)) {
      const sizes = distinct(
        samples.filter((s) => s.runner === runner && s.shape === shape),
        (s) => s.connectors,
      ).sort((a, b) => a - b);
      for (const connectors of sizes) {
        const of = (kind: CaseKind) => samples.filter((s) => s.runner === runner && s.shape === shape && s.connectors === connectors && s.kind === kind);
        const [construct, raw, floor] = [of("construct"), of("raw"), of("floor")];
        rows.push({
          runner,
          shape,
          connectors,
          stacks: stacksFor(connectors),
          construct: figures(construct),
          raw: figures(raw),
          floor: figures(floor),
          constructOverRaw: pairedRatio(totals(construct), totals(raw)),
          constructOverFloor: pairedRatio(totals(construct), totals(floor)),
          constructOverRawCpu: pairedRatio(cpu(construct), cpu(raw)),
          constructOverRawRss: pairedRatio(
            construct.map((s) => s.peakRssKiB),
            raw.map((s) => s.peakRssKiB),
          ),
        });
      }
    }
  }
  return rows;
}

/** Time growth between consecutive sizes, per runner, shape and kind, paired by round. */
export function growthOf(samples: readonly CaseResult[]): Growth[] {
  const growth: Growth[] = [];
  for (const runner of distinct(samples, (s) => s.runner)) {
    for (const shape of distinct(samples, (s) => s.shape)) {
      const mine = samples.filter((s) => s.runner === runner && s.shape === shape);
      const sizes = distinct(mine, (s) => s.connectors).sort((a, b) => a - b);
      for (const kind of ["construct", "raw", "floor"] as const) {
        for (let i = 1; i < sizes.length; i++) {
          const at = (n: number) => mine.filter((s) => s.kind === kind && s.connectors === n);
          const [from, to] = [at(sizes[i - 1]), at(sizes[i])];
          growth.push({
            runner,
            shape,
            kind,
            from: sizes[i - 1],
            to: sizes[i],
            ratio: pairedRatio(totals(to), totals(from)),
            cpuRatio: pairedRatio(cpu(to), cpu(from)),
          });
        }
      }
    }
  }
  return growth;
}

function totals(samples: readonly CaseResult[]): number[] {
  return samples.map((s) => s.totalMs);
}

function cpu(samples: readonly CaseResult[]): number[] {
  return samples.map((s) => s.cpuMs);
}

function figures(samples: readonly CaseResult[]): CaseFigures {
  return {
    totalMs: summarize(samples.map((s) => s.totalMs)),
    buildMs: summarize(samples.map((s) => s.buildMs)),
    synthMs: summarize(samples.map((s) => s.synthMs)),
    cpuMs: summarize(cpu(samples)),
    peakRssMiB: summarize(samples.map((s) => s.peakRssKiB / MiB)),
    rssGrowthMiB: summarize(samples.map((s) => (s.peakRssKiB - s.baselineRssKiB) / MiB)),
  };
}

/**
 * The in-process runs as a growth check, for every runner and shape: the construct's growth from 100 to
 * 1,000 connectors within GROWTH_LIMIT, in wall-clock and CPU-time medians. construct / raw at 100 and 1,000
 * is reported beside it but no longer judged: a thousand connectors in one process is not what a user
 * runs (Genesys allows ten per organization); the realistic platform repo is judged instead.
 */
export function shapeVerdicts(inProcess: readonly InProcessRow[], growth: readonly Growth[]): ShapeVerdict[] {
  const pairs = [...new Map(inProcess.map((r) => [`${r.runner}/${r.shape}`, { runner: r.runner, shape: r.shape }])).values()];
  return pairs.map(({ runner, shape }) => {
    const at = (n: number) => {
      const row = inProcess.find((r) => r.runner === runner && r.shape === shape && r.connectors === n);
      return row && { wall: row.constructOverRaw.median, cpu: row.constructOverRawCpu.median };
    };
    const g = growth.find((x) => x.runner === runner && x.shape === shape && x.kind === "construct" && x.from === 100 && x.to === 1000);
    const verdict = { runner, shape, at100: at(100), at1000: at(1000), growth: g && { wall: g.ratio.median, cpu: g.cpuRatio.median } };
    const within = (f: { wall: number; cpu: number } | undefined, limit: number) => f !== undefined && f.wall <= limit && f.cpu <= limit;
    const measured = verdict.at100 !== undefined && verdict.at1000 !== undefined && verdict.growth !== undefined;
    return {
      ...verdict,
      met: measured ? within(verdict.growth, GROWTH_LIMIT) : undefined,
    };
  });
}

/** The platform repo's targets, the growth checks, then the app command's: a flat list for `--json` readers. */
export function evaluateTargets(verdicts: readonly ShapeVerdict[], process?: ProcessFigures, platform?: readonly PlatformFigures[]): Target[] {
  const targets: Target[] = [];
  for (const p of platform ?? []) {
    targets.push({
      name: `platform repo, whole \`${p.engine} synth\`: construct / hand-written, minimum CPU time`,
      measured: `${formatRatio(p.cpuRatioOfMinima)} (${formatMs(p.construct.cpuMs.min)} / ${formatMs(p.raw.cpuMs.min)} ms)`,
      limit: `<= ${PLATFORM_RATIO_LIMIT.toFixed(2)}`,
      met: p.cpuRatioOfMinima <= PLATFORM_RATIO_LIMIT,
    });
  }
  for (const v of verdicts) {
    const both = (f: { wall: number; cpu: number } | undefined) => (f ? `${formatRatio(f.wall)} wall, ${formatRatio(f.cpu)} CPU` : "not measured");
    const met = (f: { wall: number; cpu: number } | undefined, limit: number) => (f ? f.wall <= limit && f.cpu <= limit : undefined);
    const where = `${v.runner}, ${v.shape}`;
    targets.push({ name: `${where}: construct at 1,000 / at 100 connectors`, measured: both(v.growth), limit: "<= 12", met: met(v.growth, GROWTH_LIMIT) });
  }
  targets.push({
    name: "app command does not type-check the tree on every synth",
    measured: process ? process.app.runner : "not measured",
    limit: "transpile-only or compiled",
    met: process ? process.app.typeChecks === false : undefined,
  });
  targets.push({
    name: "app alone / whole `cdktf synth`",
    measured: process ? `${formatRatio(process.appShare.median)} (wall)` : "not measured",
    limit: "< 0.50",
    met: process ? process.appShare.median < 0.5 : undefined,
  });
  return targets;
}

/** Milliseconds with about three significant digits. */
export function formatMs(ms: number): string {
  if (ms >= 100) return Math.round(ms).toLocaleString("en-US");
  if (ms >= 10) return ms.toFixed(1);
  if (ms >= 1) return ms.toFixed(2);
  return ms.toPrecision(2);
}

/** A ratio with two decimals below 10, whole above. */
export function formatRatio(ratio: number): string {
  return ratio >= 10 ? Math.round(ratio).toLocaleString("en-US") : ratio.toFixed(2);
}

function spread(summary: Summary, format: (n: number) => string): string {
  return `${format(summary.median)} (${format(summary.min)}–${format(summary.max)})`;
}

const ms = (s: Summary) => spread(s, formatMs);
const ratio = (s: Summary) => spread(s, formatRatio);
const mib = (s: Summary) => spread(s, (n) => n.toFixed(0));
const count = (n: number) => n.toLocaleString("en-US");
const metCell = (met: boolean | undefined) => (met === undefined ? "not measured" : met ? "yes" : "**no**");

/** The summary table: one row per runner and shape, the ratios the targets judge. The README shows it. */
export function renderVerdicts(verdicts: readonly ShapeVerdict[]): string[] {
  const pair = (f: { wall: number; cpu: number } | undefined) => (f ? `${formatRatio(f.wall)} / ${formatRatio(f.cpu)}` : "not measured");
  const lines = [
    "| runner | shape | construct / raw at 100, wall / CPU | at 1,000, wall / CPU | growth 100 → 1,000, wall / CPU | met |",
    "| --- | --- | ---: | ---: | ---: | --- |",
  ];
  for (const v of verdicts) lines.push(`| ${v.runner} | ${v.shape} | ${pair(v.at100)} | ${pair(v.at1000)} | ${pair(v.growth)} | ${metCell(v.met)} |`);
  return lines;
}

/** The platform repo's table: per engine, each side's CPU time (minimum, median) and the ratio of minima. The README shows it. */
export function renderPlatform(platform: readonly PlatformFigures[]): string[] {
  const lines = [
    "| engine (Node) | construct CPU ms, min (median) | hand-written CPU ms, min (median) | construct / hand-written, min CPU | wall ms, construct / hand-written (medians) | met |",
    "| --- | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const p of platform) {
    const cell = (s: Summary) => `${formatMs(s.min)} (${formatMs(s.median)})`;
    lines.push(
      `| \`${p.engine} synth\` (${p.nodeVersion}) | ${cell(p.construct.cpuMs)} | ${cell(p.raw.cpuMs)} | ${formatRatio(p.cpuRatioOfMinima)} | ${formatMs(p.construct.wallMs.median)} / ${formatMs(p.raw.wallMs.median)} | ${metCell(p.cpuRatioOfMinima <= PLATFORM_RATIO_LIMIT)} |`,
    );
    for (const v of p.variants ?? []) {
      lines.push(`| \`${p.engine} synth\`, variant ${v.name} | ${cell(v.cpuMs)} | ${cell(p.raw.cpuMs)} | ${formatRatio(v.cpuRatioOfMinima)} | | |`);
    }
  }
  return lines;
}

/** The whole report as Markdown: what ran, the tables, the targets and the machine. */
export function renderMarkdown(results: BenchResults): string {
  const { machine, repeats } = results;
  const lines: string[] = [];
  lines.push(`Median of ${repeats} runs, (min–max) in brackets; ratios are per round (each construct run over the raw or floor run right beside it).`, "");
  lines.push("Runners:", "");
  for (const r of results.runners) lines.push(`- **${r.name}**: ${r.summary}`);
  lines.push("", "Shapes (the raw side writes the same resources and variables by hand):", "");
  for (const s of results.shapes) lines.push(`- **${s.name}**: ${s.summary}`);
  lines.push("");

  if (results.platform && results.platform.length > 0) {
    lines.push(`### Target: the realistic platform repo, construct / hand-written <= ${PLATFORM_RATIO_LIMIT.toFixed(2)} in CPU time`, "");
    lines.push(...renderPlatform(results.platform), "");
  }
  if (results.review) lines.push(...renderReviewMemory(results.review), "");
  if (results.verdicts.length > 0) {
    lines.push(`### Growth check: construct at 1,000 / at 100 connectors <= ${GROWTH_LIMIT}, in wall and CPU time (construct / raw shown, not judged)`, "");
    lines.push(...renderVerdicts(results.verdicts), "");
  }

  for (const runner of results.runners) {
    lines.push(`### In-process synth under ${runner.name}: build the tree and \`app.synth()\` (ms)`, "");
    lines.push(
      "| shape | connectors (stacks) | construct | raw bindings | floor: `JSON.stringify` | construct / raw | construct / raw, CPU time | construct / floor |",
    );
    lines.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const row of results.inProcess.filter((r) => r.runner === runner.name)) {
      lines.push(
        `| ${row.shape} | ${count(row.connectors)} (${row.stacks}) | ${ms(row.construct.totalMs)} | ${ms(row.raw.totalMs)} | ${ms(row.floor.totalMs)} | ${ratio(row.constructOverRaw)} | ${ratio(row.constructOverRawCpu)} | ${ratio(row.constructOverFloor)} |`,
      );
    }
    lines.push("");
  }

  lines.push("### Peak RSS of each case's own process (MiB; growth over its baseline after imports and warm-up)", "");
  lines.push("| runner | shape | connectors | construct | raw bindings | floor | construct / raw |");
  lines.push("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
  for (const row of results.inProcess) {
    const cell = (f: CaseFigures) => `${mib(f.peakRssMiB)}; +${f.rssGrowthMiB.median.toFixed(0)}`;
    lines.push(
      `| ${row.runner} | ${row.shape} | ${count(row.connectors)} | ${cell(row.construct)} | ${cell(row.raw)} | ${cell(row.floor)} | ${ratio(row.constructOverRawRss)} |`,
    );
  }
  lines.push("");

  if (results.growth.length > 0) {
    lines.push("### Growth: time at a size over time at the size before (wall, and the CPU-time median; 10x the connectors: linear = 10)", "");
    const steps = [...new Set(results.growth.map((g) => `${g.from}→${g.to}`))];
    lines.push(`| runner | shape | case | ${steps.join(" | ")} |`);
    lines.push(`| --- | --- | --- | ${steps.map(() => "---:").join(" | ")} |`);
    const groups = [...new Map(results.growth.map((g) => [`${g.runner}/${g.shape}/${g.kind}`, g])).values()];
    for (const { runner, shape, kind } of groups) {
      const cells = steps.map((step) => {
        const g = results.growth.find((x) => x.runner === runner && x.shape === shape && x.kind === kind && `${x.from}→${x.to}` === step);
        return g ? `${ratio(g.ratio)}; CPU ${formatRatio(g.cpuRatio.median)}` : "";
      });
      lines.push(`| ${runner} | ${shape} | ${kind === "raw" ? "raw bindings" : kind} | ${cells.join(" | ")} |`);
    }
    lines.push("");
  }

  if (results.process) {
    const p = results.process;
    lines.push("### The default app as a process (ms)", "");
    lines.push("| what | wall time | share of the whole synth |");
    lines.push("| --- | ---: | ---: |");
    lines.push(`| whole \`cdktf synth\` | ${ms(p.wholeSynthMs)} | 1.00 |`);
    lines.push(`| app command alone: \`${p.app.command}\` (${p.app.runner}) | ${ms(p.appAloneMs)} | ${ratio(p.appShare)} |`);
    lines.push(`| the CLI's share (whole − app, medians) | ${formatMs(p.wholeSynthMs.median - p.appAloneMs.median)} | ${formatRatio(1 - p.appShare.median)} |`);
    lines.push("");
  }

  if (results.npmTest) {
    lines.push("### `npm test` (type-check and jest, run once)", "");
    lines.push("| wall time | exit code |", "| ---: | ---: |");
    lines.push(`| ${(results.npmTest.wallMs / 1000).toFixed(1)} s | ${results.npmTest.exitCode} |`, "");
  }

  lines.push("### Every target", "");
  lines.push("| target | measured | limit | met |", "| --- | --- | --- | --- |");
  for (const t of results.targets) lines.push(`| ${t.name} | ${t.measured} | ${t.limit} | ${metCell(t.met)} |`);
  lines.push("");

  lines.push(`Run ${results.date.slice(0, 16).replace("T", " ")} UTC. ${describeRun(machine)}`);
  return lines.join("\n");
}

/** The machine, the Node that ran the cases, and the load around the run, in one sentence. */
export function describeRun(machine: Machine): string {
  const load = machine.loadAverage;
  const rounds = load.rounds && load.rounds.length > 0 ? `, ${Math.min(...load.rounds)}–${Math.max(...load.rounds)} after the rounds` : "";
  return (
    `Machine: ${machine.nproc} CPUs (\`nproc\`), ${machine.cpuModel}, ${machine.memoryGiB} GiB memory, ${machine.os}; cases run by Node ${machine.node} (\`${machine.nodePath}\`); ` +
    `1-minute load average ${load.start} at the start${rounds}, ${load.end ?? "?"} at the end (the machine is shared).`
  );
}
