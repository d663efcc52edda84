/**
 * `review` answers every input: a plan's JSON or a cdktf.out of any shape gets a review (exit 0) or bad
 * usage that says what the input is (exit 2), never a TypeError, a stack overflow or exit 1 without
 * `--fail-on`. Named cases with their exact outcome, then generated ones: a valid plan or stack with values
 * of the wrong kind put anywhere in it.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { planOf } from "../../../bench/review-plan";
import { createApp } from "../../../main";
import { CUT_NOTE } from "../../../tools/review/render-markdown";
import { summarize } from "../../../tools/review/summarize";
import { GITHUB_COMMENT_LIMIT } from "../../../tools/shared/text-escaping";
import { stackFolder, synthApp, tempDir } from "../../support/helpers";
import { runTool, type ToolResult } from "../../support/run-tool";
import { copyOf } from "../../support/validate-helpers";

const NOT_TERRAFORM = `is not terraform's JSON: expected the output of "terraform show -json <planfile>" (an object with "format_version")`;
const NOT_A_PLAN = `is not a plan: it has no "resource_changes" or "planned_values" (a state? run "terraform plan -out=plan.tfplan", then "terraform show -json plan.tfplan")`;

/** A plan of two connectors as `terraform show -json` prints it (the bench's generator). */
const PLAN = planOf(2);
const clean = synthApp((outdir) => createApp(outdir)).stacks["cartesia-genesys"];

function planFile(plan: unknown, text = JSON.stringify(plan)): string {
  const file = path.join(tempDir("cartesia-hostile-plan-"), "plan.json");
  fs.writeFileSync(file, text);
  return file;
}

/** What a command said: its exit code and its first line of standard error (empty when it reviewed). */
function outcome(result: ToolResult): [number, string] {
  return [result.code, result.stderr.split("\n")[0]];
}

function withPlan(edit: (plan: any) => void): unknown {
  const plan = copyOf(PLAN) as any;
  edit(plan);
  return plan;
}

/** A reviewed plan: exit 0, a comment under GitHub's limit, nothing on standard error. */
async function expectReviewed(plan: unknown): Promise<string> {
  const result = await runTool(["review", "--plan", planFile(plan)]);
  expect(outcome(result)).toEqual([0, ""]);
  expect(result.stdout.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
  const json = await runTool(["review", "--plan", planFile(plan), "--format", "json"]);
  expect(outcome(json)).toEqual([0, ""]);
  expect(JSON.parse(json.stdout).mode).toBe("plan");
  return result.stdout;
}

describe("a plan's JSON of the wrong kind is bad usage, saying what it is", () => {
  test.each([
    ["a list", "[]"],
    ["null", "null"],
    ["a string", '"plan"'],
    ["a number", "42"],
    ["format_version a number", '{"format_version": 1, "resource_changes": []}'],
  ])("%s", async (_case, text) => {
    const file = planFile(undefined, text);
    expect(outcome(await runTool(["review", "--plan", file]))).toEqual([2, `review: --plan: ${file} ${NOT_TERRAFORM}`]);
  });

  test("an object with format_version and neither resource_changes nor planned_values: a state, not a plan", async () => {
    const file = planFile({ format_version: "1.0", resource_changes: { a: 1 }, planned_values: [] });
    expect(outcome(await runTool(["review", "--plan", file]))).toEqual([2, `review: --plan: ${file} ${NOT_A_PLAN}`]);
  });

  test("nested 100,000 levels deep: refused at the 64th, with where", async () => {
    const file = planFile(undefined, `{"format_version": "1.2", "resource_changes": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`);
    expect(outcome(await runTool(["review", "--plan", file]))).toEqual([
      2,
      `review: --plan: cannot read ${JSON.stringify(file)}: nested more than 64 levels deep (at $.resource_changes[0][0][0][0][0]…)`,
    ]);
  });

  test("empty, and cut off in the middle", async () => {
    const empty = planFile(undefined, "");
    expect(outcome(await runTool(["review", "--plan", empty]))).toEqual([
      2,
      `review: --plan: cannot read ${JSON.stringify(empty)}: not valid JSON: unexpected end of JSON input`,
    ]);
    const cut = planFile(undefined, JSON.stringify(PLAN).slice(0, 100));
    expect(outcome(await runTool(["review", "--plan", cut]))[1]).toMatch(
      /^review: --plan: cannot read ".*": not valid JSON: (unterminated string|unexpected end of JSON input)/,
    );
  });

  test("larger than any plan of 10,000 connectors: refused before it is read", async () => {
    const file = planFile(undefined, "");
    fs.truncateSync(file, 200 * 1024 * 1024);
    expect(outcome(await runTool(["review", "--plan", file]))).toEqual([
      2,
      `review: --plan: ${JSON.stringify(file)} is 209,715,200 bytes; at most 134,217,728 are read`,
    ]);
  });

  test("a folder, and a file that does not exist", async () => {
    const dir = tempDir();
    expect(outcome(await runTool(["review", "--plan", dir]))).toEqual([2, `review: --plan: ${JSON.stringify(dir)} is a directory, not a regular file`]);
    const missing = path.join(dir, "none.json");
    expect(outcome(await runTool(["review", "--plan", missing]))).toEqual([2, `review: --plan: cannot read ${JSON.stringify(missing)}: ENOENT`]);
  });
});

describe("a plan with values of the wrong kind inside is reviewed as far as it says anything", () => {
  test("resource_changes of entries that name no resource: none is listed", async () => {
    const out = await expectReviewed(withPlan((p) => (p.resource_changes = [null, 1, "x", [], {}, { address: 7 }, { address: "" }])));
    expect(out).toContain("Plan: 0 to add, 0 to change, 0 to destroy.");
    expect(out).toContain("No connector changes.");
    expect(out).not.toContain("### Other resources");
  });

  test("resource_changes null, planned_values an object: an empty plan", async () => {
    const out = await expectReviewed({ format_version: "1.2", resource_changes: null, planned_values: {} });
    expect(out).toContain("0 changed, 0 moved, 0 replaced, 0 added, 0 removed, 0 unchanged;");
  });

  test.each([
    ["change null", (c: any) => (c.change = null)],
    ["actions a string", (c: any) => (c.change.actions = "update")],
    ["before and after numbers", (c: any) => Object.assign(c.change, { before: 1, after: 2 })],
    ["after a list", (c: any) => (c.change.after = [c.change.after])],
    ["after unknown as a whole", (c: any) => (c.change.after_unknown = true)],
    ["after sensitive as a whole", (c: any) => (c.change.after_sensitive = true)],
    ["marks of the wrong kind", (c: any) => Object.assign(c.change, { after_unknown: "x", before_sensitive: [1], after_sensitive: 3 })],
    ["importing a list, previous_address a number", (c: any) => Object.assign(c, { previous_address: 5 }, { change: { ...c.change, importing: [] } })],
    ["a config block list of nulls", (c: any) => (c.change.after.config = [null, 1])],
    ["credentials a string", (c: any) => (c.change.after.credentials = "x")],
  ])("on every resource: %s", async (_case, edit) => {
    await expectReviewed(withPlan((p) => p.resource_changes.forEach(edit)));
  });

  test.each([
    ["configuration a list", (p: any) => (p.configuration = [])],
    ["root_module resources an object", (p: any) => (p.configuration.root_module.resources = { a: 1 })],
    [
      "references of the wrong kind",
      (p: any) => p.configuration.root_module.resources.forEach((r: any) => (r.expressions = { a: { references: "x" }, b: [null] })),
    ],
    ["provider_config a string", (p: any) => (p.configuration.provider_config = "genesyscloud")],
    ["a provider's region a number", (p: any) => (p.configuration.provider_config.genesyscloud.expressions = { aws_region: { constant_value: 5 } })],
    ["errored a string, terraform_version a list", (p: any) => Object.assign(p, { errored: "yes", terraform_version: [] })],
    ["resource_drift an object", (p: any) => (p.resource_drift = { address: "x" })],
  ])("%s", async (_case, edit) => {
    await expectReviewed(withPlan(edit));
  });

  test("names taken from Object.prototype are only names: an integration named __proto__, attributes named constructor", async () => {
    const plan = withPlan((p) => {
      const [integration, config] = p.resource_changes;
      const renamed = "genesyscloud_integration.__proto__";
      integration.address = renamed;
      integration.name = "__proto__";
      config.change.after.integration_id = integration.change.after.id;
      config.change.after.properties = '{"__proto__": {"polluted": true}, "constructor": "c"}';
      p.configuration.root_module.resources.push({ address: "constructor", expressions: { __proto__: { references: ["x"] } } });
    });
    const out = await expectReviewed(plan);
    expect(out).toContain("`genesyscloud_integration.__proto__`");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("50,000 other resources and a 1 MB name: the comment is cut where GitHub would refuse it, and says so", async () => {
    const plan = withPlan((p) => {
      p.resource_changes[1].change.after.name = "n".repeat(1 << 20);
      for (let i = 0; i < 50_000; i++) {
        p.resource_changes.push({ address: `null_resource.r${i}`, mode: "managed", type: "null_resource", name: `r${i}`, change: { actions: ["create"] } });
      }
    });
    const out = await expectReviewed(plan);
    expect(out).toContain("Plan: 50000 to add, 1 to change, 0 to destroy.");
    expect(out.endsWith(`\n\n${CUT_NOTE}\n`)).toBe(true);
  });

  test("a name of 200,000 backtick runs: set as code with a longer fence, no stack overflow", async () => {
    const out = await expectReviewed(withPlan((p) => (p.resource_changes[1].change.after.name = "`a".repeat(200_000))));
    expect(out.endsWith(`\n\n${CUT_NOTE}\n`)).toBe(true);
  });

  test("a properties document of 150,000 keys (more than a call's arguments can hold): a row each, as far as the comment holds", async () => {
    const properties = JSON.stringify(Object.fromEntries(Array.from({ length: 150_000 }, (_, i) => [`k${i}`, i])));
    const result = await runTool(["review", "--plan", planFile(withPlan((p) => (p.resource_changes[1].change.after.properties = properties)))]);
    expect(outcome(result)).toEqual([0, ""]);
    const out = result.stdout;
    expect(out).toContain("| Property k0 | (absent) | `0` |");
    expect(out.endsWith(`\n\n${CUT_NOTE}\n`)).toBe(true);
  });

  test("a properties string nested deeper than 64 levels is not read, and not shown", async () => {
    const plan = withPlan((p) => (p.resource_changes[1].change.after.properties = `${"[".repeat(1000)}${"]".repeat(1000)}`));
    const out = await expectReviewed(plan);
    expect(out).toContain("| properties | (absent) | not a JSON object (not shown) |");
  });
});

describe("a cdktf.out of any shape", () => {
  const write = (outdir: string, relative: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(outdir, relative)), { recursive: true });
    fs.writeFileSync(path.join(outdir, relative), text);
  };
  const review = async (outdir: string) => outcome(await runTool(["review", outdir]));
  const noStacks = (outdir: string) =>
    `review: no stacks in ${outdir}: expected ${path.join(outdir, "stacks", "<stack>", "cdk.tf.json")}. Synthesize first (cdktf synth, or cdktn synth), or pass the cdktf.out directory.`;

  test("a file where the folder should be, and where stacks/ should be", async () => {
    const file = path.join(tempDir(), "cdktf.out");
    fs.writeFileSync(file, "{}");
    expect(await review(file)).toEqual([2, `review: cannot list ${JSON.stringify(path.join(file, "stacks"))}: not a directory`]);
    const outdir = tempDir();
    write(outdir, "stacks", "");
    expect(await review(outdir)).toEqual([2, `review: cannot list ${JSON.stringify(path.join(outdir, "stacks"))}: not a directory`]);
  });

  test("a folder that does not exist, an empty one, a stack folder without cdk.tf.json", async () => {
    const outdir = tempDir();
    expect(await review(path.join(outdir, "missing"))).toEqual([2, noStacks(path.join(outdir, "missing"))]);
    expect(await review(outdir)).toEqual([2, noStacks(outdir)]);
    fs.mkdirSync(path.join(outdir, "stacks", "empty"), { recursive: true });
    write(outdir, "stacks/file-not-folder", "x");
    expect(await review(outdir)).toEqual([2, noStacks(outdir)]);
  });

  test("next to a stack without cdk.tf.json, and without manifest.json, the stack that has one is reviewed", async () => {
    const outdir = stackFolder(clean, "pr");
    fs.mkdirSync(path.join(outdir, "stacks", "empty"));
    const result = await runTool(["review", outdir]);
    expect(outcome(result)).toEqual([0, ""]);
    expect(result.lines[3]).toBe("1 connector in 1 stack: 0 risky, 1 warning, 1 note.");
  });

  test("a cdk.tf.json that is a folder, a dangling link, a link out of the folder, a named pipe", async () => {
    const outside = path.join(tempDir(), "outside.json");
    fs.writeFileSync(outside, JSON.stringify(clean));
    const cases: [string, (file: string) => void, (file: string) => string][] = [
      ["folder", (f) => fs.mkdirSync(f), (f) => `review: ${JSON.stringify(f)} is a directory, not a regular file`],
      ["dangling", (f) => fs.symlinkSync(path.join(path.dirname(f), "none"), f), (f) => `review: cannot read ${JSON.stringify(f)}: ENOENT`],
      [
        "outside",
        (f) => fs.symlinkSync(outside, f),
        (f) =>
          `review: ${JSON.stringify(f)} leads out of ${JSON.stringify(path.dirname(path.dirname(path.dirname(f))))} (a symbolic link); only files inside the folder are read`,
      ],
      ["fifo", (f) => expect(spawnSync("mkfifo", [f]).status).toBe(0), (f) => `review: ${JSON.stringify(f)} is a named pipe (FIFO), not a regular file`],
    ];
    for (const [stack, make, message] of cases) {
      const outdir = tempDir();
      const file = path.join(outdir, "stacks", stack, "cdk.tf.json");
      fs.mkdirSync(path.dirname(file), { recursive: true });
      make(file);
      expect([stack, ...(await review(outdir))]).toEqual([stack, 2, message(file)]);
    }
  });

  test.each([
    ["empty", "", (f: string) => `review: ${JSON.stringify(f)} is not valid JSON: unexpected end of JSON input`],
    [
      "null",
      "null",
      (f: string) => `review: ${JSON.stringify(f)} is not shaped like a cdk.tf.json: $: expected an object (a Terraform JSON document), got null`,
    ],
    [
      "resource a list",
      '{"resource": []}',
      (f: string) => `review: ${JSON.stringify(f)} is not shaped like a cdk.tf.json: $.resource: expected an object of resource types, got a list`,
    ],
    [
      "nested 100,000 levels",
      `{"locals": {"x": ${"[".repeat(100_000)}${"]".repeat(100_000)}}}`,
      (f: string) => `review: ${JSON.stringify(f)} is nested more than 64 levels deep (at $.locals.x[0][0][0][0]…)`,
    ],
  ])("a cdk.tf.json %s", async (_case, text, message) => {
    const outdir = tempDir();
    write(outdir, "stacks/pr/cdk.tf.json", text);
    expect(await review(outdir)).toEqual([2, message(path.join(outdir, "stacks", "pr", "cdk.tf.json"))]);
  });

  test("--base that is a file", async () => {
    const file = path.join(tempDir(), "base");
    fs.writeFileSync(file, "");
    expect(outcome(await runTool(["review", stackFolder(clean), "--base", file]))).toEqual([
      2,
      `review: cannot list ${JSON.stringify(path.join(file, "stacks"))}: not a directory`,
    ]);
  });
});

describe("a stack of thousands of connectors, flows and moved blocks", () => {
  test("each connector lists its own flows and its own moved block, read once per stack", () => {
    const count = 3000;
    const document = {
      resource: {
        genesyscloud_integration: Object.fromEntries(Array.from({ length: count }, (_, i) => [`c${i}`, { integration_type: "genesys-tts-connector" }])),
        genesyscloud_flow: Object.fromEntries(
          Array.from({ length: count }, (_, i) => [
            `f${i}`,
            { filepath: "flow.yaml", substitutions: { engine: `connector-\${genesyscloud_integration.c${i}.id}` } },
          ]),
        ),
      },
      moved: Array.from({ length: count }, (_, i) => ({ from: `genesyscloud_integration.old${i}`, to: `genesyscloud_integration.c${i}` })),
    };
    const [stack] = summarize([{ name: "pr", document }]).stacks;
    expect(stack.connectors).toHaveLength(count);
    for (const c of stack.connectors) {
      const i = c.address.slice("genesyscloud_integration.c".length);
      expect([c.flows, c.movedFrom]).toEqual([[`genesyscloud_flow.f${i}`], `genesyscloud_integration.old${i}`]);
    }
  });
});

// ---- Generated: a valid input with values of the wrong kind put anywhere in it --------------------------

/** Every path into a JSON value, the root's included. */
function pathsOf(value: unknown, at: (string | number)[] = [], into: (string | number)[][] = []): (string | number)[][] {
  into.push(at);
  if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) pathsOf(child, [...at, Array.isArray(value) ? Number(key) : key], into);
  }
  return into;
}

/** Values of every kind, and the ones that broke readers before: `__proto__` keys, lists of junk, wide objects, long strings. */
const hostileValue = fc.oneof(
  fc.constantFrom(null, true, 0, -1.5, "", "__proto__", "${var.x}", [], {}, [null, 1, "x"]),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": 1}, "constructor": "c", "toString": 1}') as unknown),
  fc.integer({ min: 1, max: 20_000 }).map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]))),
  fc.integer({ min: 1, max: 100_000 }).map((n) => "x".repeat(n)),
  fc.integer({ min: 65, max: 200 }).map((depth) => JSON.parse(`${"[".repeat(depth)}${"]".repeat(depth)}`) as unknown),
);

/** Up to four edits of a document: each puts a hostile value at a path the document has. */
function edits(document: unknown) {
  const paths = pathsOf(document);
  return fc.array(fc.tuple(fc.nat(paths.length - 1), hostileValue), { minLength: 1, maxLength: 4 }).map((list) => (): unknown => {
    const edited = copyOf(document) as any;
    let root = edited;
    for (const [index, value] of list) {
      const at = paths[index];
      const copy = copyOf(value);
      if (at.length === 0) {
        root = copy;
        continue;
      }
      let parent = root;
      for (const key of at.slice(0, -1)) parent = parent !== null && typeof parent === "object" ? parent[key] : undefined;
      if (parent !== null && typeof parent === "object") Object.defineProperty(parent, at[at.length - 1], { value: copy, enumerable: true, writable: true });
    }
    return root;
  });
}

/** What a generated case may end in: a review, or bad usage in the words of one of the readers' messages. */
const USAGE = [
  / is not terraform's JSON: /,
  / is not a plan: /,
  /: nested more than 64 levels deep \(at \$/,
  / is not shaped like a cdk\.tf\.json: \$/,
  / is nested more than 64 levels deep \(at \$/,
];

function expectAnswered(result: ToolResult, format: "markdown" | "json"): void {
  const [code, first] = outcome(result);
  if (code === 2) {
    expect(first).toMatch(new RegExp(`^review: .*(?:${USAGE.map((pattern) => pattern.source).join("|")})`));
  } else {
    expect([code, first]).toEqual([0, ""]);
    if (format === "markdown") expect(result.stdout.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    else expect(JSON.parse(result.stdout).tool).toBe("cartesia-genesys review");
  }
}

describe("generated inputs: every one is answered (60 plans, 30 stacks, each in Markdown and JSON)", () => {
  test("plans", async () => {
    await fc.assert(
      fc.asyncProperty(edits(PLAN), async (make) => {
        const file = planFile(make());
        expectAnswered(await runTool(["review", "--plan", file]), "markdown");
        const json = await runTool(["review", "--plan", file, "--format", "json"]);
        expectAnswered(json, "json");
        if (json.code === 0) expect(JSON.parse(json.stdout).mode).toBe("plan");
      }),
      { numRuns: 60, seed: 22 },
    );
  }, 120_000);

  test("stacks", async () => {
    await fc.assert(
      fc.asyncProperty(edits(clean), async (make) => {
        const outdir = stackFolder(make(), "pr", "cartesia-hostile-gen-");
        expectAnswered(await runTool(["review", outdir]), "markdown");
        const json = await runTool(["review", outdir, "--base", outdir, "--format", "json"]);
        expectAnswered(json, "json");
        if (json.code === 0) expect(JSON.parse(json.stdout).mode).toBe("diff");
      }),
      { numRuns: 30, seed: 22 },
    );
  }, 120_000);
});
