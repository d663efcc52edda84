/**
 * The figures of one bench run, the targets of issue 6 checked against them, and the Markdown table.
 * `--json` prints `BenchResults` as it is; the Markdown shows the same numbers, rounded.
 */
import type { AppRunner } from "./app-command";
import type { CaseKind, ChildResult } from "./child";
import type { Machine } from "./machine";
import { pairedRatio, type Summary, summarize } from "./measure";

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

/** The in-process cases at one size. */
export interface InProcessRow {
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

/** A target of issue 6 and how this run did against it. */
export interface Target {
  readonly name: string;
  /** The figure compared, as shown. */
  readonly measured: string;
  readonly limit: string;
  /** undefined: not measured in this run. */
  readonly met: boolean | undefined;
}

/** Everything one run measured. */
export interface BenchResults {
  /** When the run ended, ISO 8601. */
  readonly date: string;
  readonly machine: Machine;
  readonly repeats: number;
  readonly inProcess: readonly InProcessRow[];
  readonly growth: readonly Growth[];
  readonly process?: ProcessFigures;
  readonly npmTest?: TestFigures;
  readonly targets: readonly Target[];
}

const MiB = 1024;

/** Summarizes the children's results, paired by round (the i-th sample of every kind came from round i). */
export function inProcessRows(samples: readonly ChildResult[], stacksFor: (connectors: number) => number): InProcessRow[] {
  const sizes = [...new Set(samples.map((s) => s.connectors))].sort((a, b) => a - b);
  return sizes.map((connectors) => {
    const of = (kind: CaseKind) => samples.filter((s) => s.connectors === connectors && s.kind === kind);
    const [construct, raw, floor] = [of("construct"), of("raw"), of("floor")];
    return {
      connectors,
      stacks: stacksFor(connectors),
      construct: figures(construct),
      raw: figures(raw),
      floor: figures(floor),
      constructOverRaw: pairedRatio(totals(construct), totals(raw)),
      constructOverFloor: pairedRatio(totals(construct), totals(floor)),
      constructOverRawCpu: pairedRatio(
        construct.map((s) => s.cpuMs),
        raw.map((s) => s.cpuMs),
      ),
      constructOverRawRss: pairedRatio(
        construct.map((s) => s.peakRssKiB),
        raw.map((s) => s.peakRssKiB),
      ),
    };
  });
}

/** Time growth between consecutive sizes, per kind, paired by round. */
export function growthOf(samples: readonly ChildResult[]): Growth[] {
  const sizes = [...new Set(samples.map((s) => s.connectors))].sort((a, b) => a - b);
  const growth: Growth[] = [];
  for (const kind of ["construct", "raw", "floor"] as const) {
    for (let i = 1; i < sizes.length; i++) {
      const at = (n: number) => samples.filter((s) => s.kind === kind && s.connectors === n);
      const [from, to] = [at(sizes[i - 1]), at(sizes[i])];
      growth.push({
        kind,
        from: sizes[i - 1],
        to: sizes[i],
        ratio: pairedRatio(totals(to), totals(from)),
        cpuRatio: pairedRatio(
          to.map((s) => s.cpuMs),
          from.map((s) => s.cpuMs),
        ),
      });
    }
  }
  return growth;
}

function totals(samples: readonly ChildResult[]): number[] {
  return samples.map((s) => s.totalMs);
}

function figures(samples: readonly ChildResult[]): CaseFigures {
  return {
    totalMs: summarize(samples.map((s) => s.totalMs)),
    buildMs: summarize(samples.map((s) => s.buildMs)),
    synthMs: summarize(samples.map((s) => s.synthMs)),
    cpuMs: summarize(samples.map((s) => s.cpuMs)),
    peakRssMiB: summarize(samples.map((s) => s.peakRssKiB / MiB)),
    rssGrowthMiB: summarize(samples.map((s) => (s.peakRssKiB - s.baselineRssKiB) / MiB)),
  };
}

/**
 * Issue 6's targets, each judged on ratios measured in this run. A time ratio is met only when both the
 * wall-clock and the CPU-time medians are within the limit: wall time is what a user waits, CPU time is
 * what the work costs when other jobs share the machine.
 */
export function evaluateTargets(inProcess: readonly InProcessRow[], growth: readonly Growth[], process?: ProcessFigures): Target[] {
  const targets: Target[] = [];
  for (const size of [100, 1000]) {
    const row = inProcess.find((r) => r.connectors === size);
    targets.push(
      row
        ? withinBoth(`construct / raw bindings at ${size.toLocaleString("en-US")} connectors`, row.constructOverRaw, row.constructOverRawCpu, 1.1, "<= 1.10")
        : notMeasured(`construct / raw bindings at ${size.toLocaleString("en-US")} connectors`, "<= 1.10"),
    );
  }
  const linear = growth.find((g) => g.kind === "construct" && g.from === 100 && g.to === 1000);
  const linearName = "linear: construct at 1,000 / at 100 connectors";
  targets.push(linear ? withinBoth(linearName, linear.ratio, linear.cpuRatio, 12, "<= 12") : notMeasured(linearName, "<= 12"));
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

function withinBoth(name: string, wall: Summary, cpu: Summary, limit: number, limitText: string): Target {
  return {
    name,
    measured: `${formatRatio(wall.median)} wall, ${formatRatio(cpu.median)} CPU`,
    limit: limitText,
    met: wall.median <= limit && cpu.median <= limit,
  };
}

function notMeasured(name: string, limit: string): Target {
  return { name, measured: "not measured", limit, met: undefined };
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

/** The whole report as Markdown: tables, targets and the machine. */
export function renderMarkdown(results: BenchResults): string {
  const { machine, repeats } = results;
  const lines: string[] = [];
  lines.push(`Median of ${repeats} runs, (min–max) in brackets; ratios are per round (each construct run over the raw or floor run right beside it).`, "");

  lines.push("### In-process synth: build the tree and `app.synth()` (ms)", "");
  lines.push("| connectors (stacks) | construct | raw bindings | floor: `JSON.stringify` | construct / raw | construct / floor | construct / raw, CPU time |");
  lines.push("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const row of results.inProcess) {
    lines.push(
      `| ${row.connectors.toLocaleString("en-US")} (${row.stacks}) | ${ms(row.construct.totalMs)} | ${ms(row.raw.totalMs)} | ${ms(row.floor.totalMs)} | ${ratio(row.constructOverRaw)} | ${ratio(row.constructOverFloor)} | ${ratio(row.constructOverRawCpu)} |`,
    );
  }
  lines.push("");

  lines.push("### Peak RSS of each case's own process (MiB; growth over its baseline after imports and warm-up)", "");
  lines.push("| connectors | construct | raw bindings | floor | construct / raw |");
  lines.push("| ---: | ---: | ---: | ---: | ---: |");
  for (const row of results.inProcess) {
    const cell = (f: CaseFigures) => `${mib(f.peakRssMiB)}; +${f.rssGrowthMiB.median.toFixed(0)}`;
    lines.push(
      `| ${row.connectors.toLocaleString("en-US")} | ${cell(row.construct)} | ${cell(row.raw)} | ${cell(row.floor)} | ${ratio(row.constructOverRawRss)} |`,
    );
  }
  lines.push("");

  if (results.growth.length > 0) {
    lines.push("### Growth: time at a size over time at the size before (wall, and the CPU-time median; 10x the connectors: linear = 10)", "");
    const steps = [...new Set(results.growth.map((g) => `${g.from}→${g.to}`))];
    lines.push(`| case | ${steps.join(" | ")} |`);
    lines.push(`| --- | ${steps.map(() => "---:").join(" | ")} |`);
    for (const kind of ["construct", "raw", "floor"] as const) {
      const cells = steps.map((step) => {
        const g = results.growth.find((x) => x.kind === kind && `${x.from}→${x.to}` === step);
        return g ? `${ratio(g.ratio)}; CPU ${formatRatio(g.cpuRatio.median)}` : "";
      });
      lines.push(`| ${kind === "raw" ? "raw bindings" : kind} | ${cells.join(" | ")} |`);
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

  lines.push("### Targets (issue 6)", "");
  lines.push("| target | measured | limit | met |", "| --- | --- | --- | --- |");
  for (const t of results.targets) {
    lines.push(`| ${t.name} | ${t.measured} | ${t.limit} | ${t.met === undefined ? "not measured" : t.met ? "yes" : "**no**"} |`);
  }
  lines.push("");

  const load = machine.loadAverage;
  lines.push(
    `Run ${results.date.slice(0, 16).replace("T", " ")} UTC. Machine: ${machine.nproc} CPUs (\`nproc\`), ${machine.cpuModel}, ${machine.memoryGiB} GiB memory, Node ${machine.node}, ${machine.os}; ` +
      `1-minute load average ${load.start} at the start, ${load.end ?? "?"} at the end (the machine is shared).`,
  );
  return lines.join("\n");
}
