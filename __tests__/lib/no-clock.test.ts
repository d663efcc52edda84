// No verdict of synth depends on the calendar: the same app, run with the clock moved before Cartesia's
// sunsets and years past them (libfaketime, installed by .ci/run), gives the same errors, warnings and
// cdk.tf.json, byte for byte.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { CATALOG_READ_ON, MODEL_CATALOG } from "../../lib/private/model-catalog";
import { ENGINE } from "../support/engine";
import { tempDir } from "../support/helpers";
import { scanTree } from "../support/leak-guard";

const ROOT = path.join(__dirname, "..", "..");
const APP = path.join("__tests__", "fixtures", "clock", "app.ts");

interface Outcome {
  readonly errors: string[];
  readonly warnings: string[];
  readonly stacks: string[];
}

/** Runs the fixture app in a child process, under faketime when a day is given; returns what it printed. */
function run(day?: string): string {
  const outdir = tempDir();
  const node = [process.execPath, "--import", "tsx", APP, outdir];
  const [command, ...args] = day === undefined ? node : ["faketime", `${day} 00:00:00`, ...node];
  const printed = execFileSync(command, args, { cwd: ROOT, env: { ...process.env, CHECKPOINT_DISABLE: "1" }, encoding: "utf8", timeout: 60_000 });
  expect(scanTree(outdir)).toEqual([]); // a child process: the leak guard does not see it
  return printed;
}

// A child process loads cdktf whatever jest maps: the verdicts come from lib alone, the same on both engines.
(ENGINE === "cdktf" ? describe : describe.skip)("the same app on any day", () => {
  let today = "";
  beforeAll(() => {
    today = run();
  });

  test("the clock in the child is the one asked for", () => {
    const year = execFileSync("faketime", ["2031-12-05 00:00:00", process.execPath, "-e", "process.stdout.write(String(new Date().getUTCFullYear()))"], {
      encoding: "utf8",
    });
    expect(year).toBe("2031");
  });

  test.each(["2031-12-05", "2026-05-15"])("on %s: the same errors, warnings and cdk.tf.json, byte for byte", (day) => {
    expect(run(day)).toBe(today);
  });

  test("what it compares is not empty: every sunsetted model refused, every stack written, the read date in the warnings", () => {
    const outcome = JSON.parse(today) as Outcome;
    const sunsetted = MODEL_CATALOG.filter((m) => m.status.kind === "sunsetted").map((m) => m.id);
    for (const id of sunsetted) expect(outcome.errors.filter((e) => e.startsWith(`model: got "${id}", which Cartesia sunsetted`))).toHaveLength(2);
    expect(outcome.stacks.length).toBe(MODEL_CATALOG.length + 2);
    expect(outcome.warnings.some((w) => w.includes(`read them on ${CATALOG_READ_ON}`))).toBe(true);
  });
});

test("lib reads no clock: no Date.now, no argument-less new Date()", () => {
  const files = fs
    .readdirSync(path.join(ROOT, "lib"), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.join(e.parentPath, e.name));
  const reading = files.filter((file) => /Date\.now\s*\(|new Date\s*\(\s*\)|performance\.now\s*\(/.test(fs.readFileSync(file, "utf8")));
  expect(reading.map((file) => path.relative(ROOT, file))).toEqual([]);
});
