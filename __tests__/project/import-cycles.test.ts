// lib's modules import one another in one direction: a circle means neither side can be read, moved or
// split into another package without the other, and its load order depends on which one a user imports
// first. Type-only imports count, since they tie the files together just the same.
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "..", "..");

/** A module graph: each file, relative to the root, with the files it imports. */
type Graph = ReadonlyMap<string, readonly string[]>;

/** Every `.ts` file under `dir` with the files of that same tree it imports (relative specifiers only). */
function importGraph(dir: string): Graph {
  const files = fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .map((f) => path.join(dir, f));
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(path.join(ROOT, file), "utf8"), true, true);
    const targets = importedFiles
      .map((i) => i.fileName)
      .filter((specifier) => specifier.startsWith("."))
      .flatMap((specifier) => {
        const base = path.join(path.dirname(file), specifier);
        return [`${base}.ts`, path.join(base, "index.ts")].filter((candidate) => known.has(candidate)).slice(0, 1);
      });
    graph.set(file, [...new Set(targets)].sort());
  }
  return graph;
}

/** Each circle of imports once, as the files along it from its smallest name back to that name. */
function cycles(graph: Graph): string[][] {
  const found = new Map<string, string[]>();
  const walk = (file: string, trail: string[]): void => {
    const at = trail.indexOf(file);
    if (at >= 0) {
      const circle = trail.slice(at);
      const start = circle.indexOf([...circle].sort()[0]);
      const rotated = [...circle.slice(start), ...circle.slice(0, start)];
      found.set(rotated.join(" "), [...rotated, rotated[0]]);
      return;
    }
    if (done.has(file)) return;
    for (const next of graph.get(file) ?? []) walk(next, [...trail, file]);
    done.add(file);
  };
  const done = new Set<string>();
  for (const file of [...graph.keys()].sort()) walk(file, []);
  return [...found.values()];
}

test("the cycle finder finds a circle of two and of three, each once, and none in a chain", () => {
  const graph = new Map([
    ["a.ts", ["b.ts"]],
    ["b.ts", ["a.ts", "c.ts"]],
    ["c.ts", ["d.ts"]],
    ["d.ts", ["e.ts"]],
    ["e.ts", ["c.ts"]],
    ["f.ts", ["a.ts"]],
  ]);
  expect(cycles(graph)).toEqual([
    ["a.ts", "b.ts", "a.ts"],
    ["c.ts", "d.ts", "e.ts", "c.ts"],
  ]);
  expect(
    cycles(
      new Map([
        ["x.ts", ["y.ts"]],
        ["y.ts", []],
      ]),
    ),
  ).toEqual([]);
});

test("the import graph reads lib's relative imports, type-only ones included", () => {
  const graph = importGraph("lib");
  expect(graph.get(path.join("lib", "index.ts"))).toContain(path.join("lib", "cartesia-tts-connector.ts"));
  expect(graph.get(path.join("lib", "private", "verdict.ts"))).toEqual([]);
  expect(graph.size).toBeGreaterThan(30);
});

test("no module in lib imports itself through others", () => {
  expect(cycles(importGraph("lib")).map((circle) => circle.join(" -> "))).toEqual([]);
});
