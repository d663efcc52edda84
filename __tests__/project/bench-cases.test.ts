// The benchmark compares the construct with the same resources written by hand, in every shape users
// write; the comparison only means something while both sides synthesize the same JSON. Small N, no
// timing: the bench itself is never part of npm test.
import { assertSameDocuments, SHAPES, shapeNamed, stackSizes, type TerraformDocument } from "../../bench/cases";
import { evaluateTargets, RATIO_LIMIT, shapeVerdicts, type Growth, type InProcessRow } from "../../bench/report";
import type { PlatformFigures } from "../../bench/platform-repo";
import { summarize } from "../../bench/measure";

type Blocks = Record<string, Record<string, Record<string, unknown>>>;

function blocks(document: TerraformDocument, kind: "resource" | "data" | "variable"): Blocks {
  return (document[kind] ?? {}) as Blocks;
}

describe("bench cases", () => {
  test("split connectors into stacks of at most ten, one organization each", () => {
    expect(stackSizes(1)).toEqual([1]);
    expect(stackSizes(10)).toEqual([10]);
    expect(stackSizes(12)).toEqual([10, 2]);
    expect(stackSizes(1000)).toHaveLength(100);
    expect(() => stackSizes(0)).toThrow("expected a positive integer");
  });

  test("every shape the issue names is benchmarked, today's first", () => {
    expect(SHAPES.map((s) => s.name)).toEqual(["shared", "key-per-connector", "objects-per-connector", "from-token", "embedded", "all-per-connector"]);
    expect(() => shapeNamed("nope")).toThrow("unknown shape");
  });

  test.each(SHAPES.map((s) => [s.name, s] as const))("%s: the construct and the raw bindings synthesize the same JSON, byte for byte", (_name, shape) => {
    const documents = assertSameDocuments(12, shape);
    expect(Object.keys(documents)).toEqual(["org-0", "org-1"]);
    const org1 = documents["org-1"];
    const resources = blocks(org1, "resource");
    const embedded = shape.name === "embedded";
    const types = ["genesyscloud_integration", "genesyscloud_integration_credential", ...(embedded ? [] : ["genesyscloud_integration_config"])].sort();
    expect(Object.keys(resources).sort()).toEqual(types);
    expect(Object.keys(resources.genesyscloud_integration)).toHaveLength(2);
    for (const integration of Object.values(resources.genesyscloud_integration)) expect(integration.config !== undefined).toBe(embedded);

    // Each shape's own inputs, as its summary says.
    const variables = Object.keys(blocks(org1, "variable"));
    const keyPerConnector = shape.name === "key-per-connector" || shape.name === "all-per-connector";
    if (shape.name === "from-token") {
      expect(variables).toEqual([]);
      expect(Object.keys(blocks(org1, "data").terraform_remote_state)).toEqual(["keys"]);
    } else {
      expect(variables).toEqual(keyPerConnector ? ["key_0", "key_1"] : ["cartesia_api_key"]);
    }
    const keyRefs = Object.values(resources.genesyscloud_integration_credential).map((c) => (c.fields as Record<string, string>)["X-Api-Key"]);
    expect(new Set(keyRefs).size).toBe(shape.name === "from-token" || keyPerConnector ? 2 : 1);
  });

  test("a raw side that writes something else is caught, with the first difference shown", () => {
    const shared = SHAPES[0];
    const drifted = { ...shared, name: "drifted", raw: (...args: Parameters<typeof shared.raw>) => shapeNamed("key-per-connector").raw(...args) };
    expect(() => assertSameDocuments(2, drifted)).toThrow(
      /in shape drifted, the construct and the raw bindings no longer synthesize the same JSON at 2 connectors[^]*first difference/,
    );
  });
});

describe("bench verdicts", () => {
  const ratio = (median: number) => summarize([median]);
  const row = (connectors: number, wall: number, cpu: number): InProcessRow =>
    ({ runner: "compiled", shape: "shared", connectors, constructOverRaw: ratio(wall), constructOverRawCpu: ratio(cpu) }) as InProcessRow;
  const growth = (wall: number): Growth => ({
    runner: "compiled",
    shape: "shared",
    kind: "construct",
    from: 100,
    to: 1000,
    ratio: ratio(wall),
    cpuRatio: ratio(wall),
  });

  test("a growth check: met when growth from 100 to 1,000 connectors is linear, the ratios shown but not judged", () => {
    expect(shapeVerdicts([row(100, 1.05, 1.02), row(1000, 1.1, 1.09)], [growth(8)])[0].met).toBe(true);
    const verdict = shapeVerdicts([row(100, 1.05, RATIO_LIMIT + 0.3), row(1000, 1.5, 1.0)], [growth(8)])[0];
    expect(verdict).toMatchObject({ met: true, at100: { wall: 1.05, cpu: RATIO_LIMIT + 0.3 }, at1000: { wall: 1.5, cpu: 1.0 } });
    expect(shapeVerdicts([row(100, 1.0, 1.0), row(1000, 1.0, 1.0)], [growth(12.5)])[0].met).toBe(false);
  });

  test("the platform repo is judged on the ratio of the two sides' minimum CPU times", () => {
    const side = (min: number) => ({ cpuMs: summarize([min, min + 100]), wallMs: summarize([min]) });
    const platform = (construct: number, raw: number): PlatformFigures => ({
      engine: "cdktf",
      node: "node",
      nodeVersion: "v20",
      construct: side(construct),
      raw: side(raw),
      cpuRatioOfMinima: construct / raw,
    });
    const targets = evaluateTargets([], undefined, [platform(2100, 2000), platform(2101, 2000)]);
    expect(targets.slice(0, 2).map((t) => [t.measured, t.met])).toEqual([
      ["1.05 (2,100 / 2,000 ms)", true],
      ["1.05 (2,101 / 2,000 ms)", false],
    ]);
    expect(targets[0].name).toBe("platform repo, whole `cdktf synth`: construct / hand-written, minimum CPU time");
  });

  test("not judged when a size was not measured", () => {
    expect(shapeVerdicts([row(100, 1.0, 1.0)], [])[0]).toMatchObject({ met: undefined, at1000: undefined });
  });
});
