/**
 * A catalogue of hostile text: names from a folder, a server or an argument that hold control characters
 * (ESC sequences that recolour, clear the screen or retitle the terminal, CR that rewrites a line, LF that
 * forges one, bidi overrides that reorder it), and Markdown that would turn a name into a link, a mention,
 * a heading or a broken table in a pull-request comment. Each case asserts the exact escaped text.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { createApp } from "../../../main";
import { CUT_NOTE } from "../../../tools/review/render-markdown";
import { capComment, escapeControls, GITHUB_COMMENT_LIMIT, mdCode, mdText, terminalText, tsComment, tsString } from "../../../tools/shared/text-escaping";
import { stackFolder, synthApp, tempDir, type TerraformJson } from "../../support/helpers";
import { runTool, type ToolResult } from "../../support/run-tool";
import { copyOf, onlyName } from "../../support/validate-helpers";

const clean = synthApp((outdir) => createApp(outdir)).stacks["cartesia-genesys"];
const INTEGRATION = onlyName(clean, "genesyscloud_integration");
const CONFIG = onlyName(clean, "genesyscloud_integration_config");
const CREDENTIAL = onlyName(clean, "genesyscloud_integration_credential");

/** Every control character but the line feeds that end lines, every C1 control, bidi and line separators. */
// eslint-disable-next-line no-control-regex -- looking for them is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]/u;

const folder = (doc: unknown, stack = "pr") => stackFolder(doc, stack, "cartesia-hostile-text-");

function edited(edit: (doc: TerraformJson) => void): TerraformJson {
  const doc = copyOf(clean);
  edit(doc);
  return doc;
}

function expectNoRawControl(result: ToolResult): void {
  expect(`${result.stdout}${result.stderr}`).not.toMatch(RAW_CONTROL);
}

// The hostile names, each built of the characters a terminal acts on.
const CLEAR_SCREEN = "\u001b[2J\u001b[H";
const RETITLE = "\u001b]0;owned\u0007";
const FORGED_LINE = "ok\r\nvalidate: 1 of 1 stacks clean";
const REORDERED = "\u202eyek_ipa";
const C1_CSI = "\u009b31m";

describe("terminal output: every control character in a name is spelled out, and each line stays one line", () => {
  test("validate: an attribute named with ESC, CR and LF", async () => {
    const key = `${CLEAR_SCREEN}${FORGED_LINE}`;
    const result = await runTool(["validate", folder(edited((d) => (d.resource!.genesyscloud_integration[INTEGRATION][key] = "x")))]);
    expect(result.lines.filter((l) => l.startsWith("  "))).toEqual([
      `  $.resource.genesyscloud_integration.${INTEGRATION}["\\u001b[2J\\u001b[Hok\\r\\nvalidate: 1 of 1 stacks clean"]: unknown attribute or block "\\u001b[2J\\u001b[Hok\\u000d\\u000avalidate: 1 of 1 stacks clean" in genesyscloud_integration`,
    ]);
    expect(result.lines.at(-1)).toBe("validate: 1 of 1 stacks failed");
    expectNoRawControl(result);
  });

  test("validate: a stack folder named with a C1 control and a bidi override", async () => {
    const result = await runTool(["validate", folder(clean, `pr${C1_CSI}${REORDERED}`)]);
    expect(result.lines[0]).toBe(
      `${path.join("stacks", "pr\\u009b31m\\u202eyek_ipa", "cdk.tf.json")}: ok (3 resources, 0 data sources, 1 provider configuration checked)`,
    );
    expectNoRawControl(result);
  });

  test("review: an integration name that would clear the screen and retitle the terminal", async () => {
    const doc = edited((d) => (d.resource!.genesyscloud_integration_config[CONFIG].name = `Cartesia${CLEAR_SCREEN}${RETITLE}`));
    const result = await runTool(["review", folder(doc)]);
    expect(result.lines).toContain("#### Cartesia\\\\u001b\\[2J\\\\u001b\\[H\\\\u001b\\]0;owned\\\\u0007");
    expectNoRawControl(result);
  });

  test("smoke: a header name, a construct path and the integration name, all from the folder", async () => {
    const doc = edited((d) => {
      d.resource!.genesyscloud_integration_credential[CREDENTIAL].fields = { "Cartesia-Version": "2026-03-01", [`X-${C1_CSI}Evil`]: "x" };
      (d.resource!.genesyscloud_integration[INTEGRATION]["//"] as { metadata: { path: string } }).metadata.path = `app/${FORGED_LINE}/integration`;
    });
    const result = await runTool(["smoke", folder(doc)]);
    expect(result.lines[0]).toMatch(/^Smoke test of app\/ok\\u000d\\u000avalidate: 1 of 1 stacks clean \(genesyscloud_integration\./);
    expect(result.lines).toContain("   X-\\u009b31mEvil: x");
    expectNoRawControl(result);
  });

  test("smoke: an argument echoed back", async () => {
    const result = await runTool(["smoke", folder(clean), "--connector", `${CLEAR_SCREEN}x`]);
    expect(result.stderr.split("\n")[0]).toBe('smoke: no connector "\\u001b[2J\\u001b[Hx"; found:');
    expectNoRawControl(result);
  });

  test("smoke: a server whose voice names and error messages hold control characters", async () => {
    const server = http.createServer((req, res) => {
      if (req.url?.includes("voices")) {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ data: [{ id: `v1${RETITLE}`, name: `Voice${CLEAR_SCREEN}`, language: "en", gender: "feminine" }] }));
      } else {
        res.writeHead(400, { "content-type": "application/json" });
        res.end(JSON.stringify({ error_code: "invalid", title: "Bad", message: `no${FORGED_LINE}`, request_id: "r\u001b[31m" }));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const result = await runTool(["smoke", folder(clean), "--endpoint", url], { env: { CARTESIA_API_KEY: "any-key-for-the-test" } });
      expect(result.lines).toContain('   voice: v1\\u001b]0;owned\\u0007 "Voice\\u001b[2J\\u001b[H" (en, feminine) (the first; pass --voice to choose)');
      expect(result.lines.find((l) => l.startsWith("   Cartesia says:"))).toBe(
        "   Cartesia says: 400 Bad: nook\\u000d\\u000avalidate: 1 of 1 stacks clean (error_code invalid, request_id r\\u001b[31m)",
      );
      expectNoRawControl(result);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  test("the helpers themselves: lines kept or folded, every other control spelled out", () => {
    expect(escapeControls("a\tb\u001b[0m\nc\r\u0085\u{e0041}")).toBe("a\\u0009b\\u001b[0m\nc\\u000d\\u0085\\u{e0041}");
    expect(terminalText("a\nb\u2028c\u200bd")).toBe("a\\u000ab\\u2028c\\u200bd");
  });
});

describe("Markdown: a name renders as the text it is", () => {
  test.each([
    ["a table pipe and a backslash before it", "a|b\\|c", "a\\|b\\\\\\|c"],
    ["emphasis of every kind", "*bold* _it_ snake_case ~~gone~~", "\\*bold\\* \\_it_ snake_case \\~\\~gone\\~\\~"],
    ["a link, an image, a footnote", "[x](https://e.x) ![i](u) [^1]", "`[x](https://e.x`) !\\[i\\](u) \\[^1\\]"],
    ["HTML and an entity", "<img src=x onerror=alert(1)> &amp;", "\\<img src=x onerror=alert(1)\\> \\&amp;"],
    ["math", "$x^2$", "\\$x^2\\$"],
    ["code fences", "```js", "\\`\\`\\`js"],
    ["a mention and a team", "ping @octocat and @org/team.", "ping `@octocat` and `@org/team`."],
    ["issue references", "fixes #12, owner/repo#3 and GH-42", "fixes `#12`, `owner/repo#3` and `GH-42`"],
    ["URLs and www. hosts", "see https://evil.example.com/x or www.evil.example.", "see `https://evil.example.com/x` or `www.evil.example`."],
    ["a commit hash", "at 0123abc4d5e6f7890123456789abcdef01234567", "at `0123abc4d5e6f7890123456789abcdef01234567`"],
    ["line breaks and controls", "a\r\nb\u001b[31m", "a b\\\\u001b\\[31m"],
  ])("%s", (_case, name, rendered) => {
    expect(mdText(name)).toBe(rendered);
  });

  test("a code span holds any backtick run and any pipe", () => {
    expect([mdCode("a``b|c"), mdCode("`x`", false), mdCode("")]).toEqual(["```a``b\\|c```", "`` `x` ``", "`  `"]);
  });

  test("a hostile integration name keeps the review's table at two cells a row", async () => {
    const name = "A | B \\| C <b>`x`</b> @team #1 https://e.x";
    const result = await runTool(["review", folder(edited((d) => (d.resource!.genesyscloud_integration_config[CONFIG].name = name)))]);
    const row = result.lines.find((l) => l.startsWith("| Integration name |"))!;
    expect(row).toBe("| Integration name | A \\| B \\\\\\| C \\<b\\>\\`x\\`\\</b\\> `@team` `#1` `https://e.x` |");
    // GitHub splits a row at every pipe that no backslash escapes.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(2);
  });
});

describe("a comment stays under GitHub's limit", () => {
  test("capComment cuts at a line, closes an open <details>, and says so", () => {
    const lines = ["# title", "<details><summary>all</summary>", ...Array.from({ length: 2000 }, (_, i) => `line ${i} ${"x".repeat(60)}`), "</details>"];
    const cut = capComment(lines.join("\n"), "CUT", 10_000);
    expect(cut.length).toBeLessThanOrEqual(10_000);
    expect(cut.endsWith("\n</details>\n\nCUT\n")).toBe(true);
    expect(capComment("short\n", "CUT", 10_000)).toBe("short\n");
  });

  /** A cdktf.out of `count` stacks, each holding the default app's connector with these notes. */
  function stacks(count: number, notes: string): string {
    const doc = edited((d) => (d.resource!.genesyscloud_integration_config[CONFIG].notes = notes));
    const outdir = tempDir("cartesia-hostile-cap-");
    for (let i = 0; i < count; i++) {
      fs.mkdirSync(path.join(outdir, "stacks", `pr${i}`), { recursive: true });
      fs.writeFileSync(path.join(outdir, "stacks", `pr${i}`, "cdk.tf.json"), JSON.stringify(doc));
    }
    return outdir;
  }

  test("one enormous note: the comment stops before it, with the note", async () => {
    const summary = await runTool(["review", stacks(2, "note ".repeat(40_000))]);
    expect(summary.stdout.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(summary.stdout.endsWith(`\n\n${CUT_NOTE}\n`)).toBe(true);
    expect(summary.stdout).not.toContain("| Notes |");
  });

  test("many stacks: the summary and the diff's folded section are cut, the section closed", async () => {
    const outdir = stacks(120, "n ".repeat(450));
    const summary = await runTool(["review", outdir]);
    expect(summary.stdout.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(summary.stdout.endsWith(`\n\n${CUT_NOTE}\n`)).toBe(true);
    const diff = await runTool(["review", outdir, "--base", outdir]);
    expect(diff.stdout.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(diff.stdout).toContain("<details><summary>Every connector after this change</summary>");
    expect(diff.stdout.endsWith(`\n</details>\n\n${CUT_NOTE}\n`)).toBe(true);
  });
});

describe("TypeScript source: a string literal and comment text that nothing can end", () => {
  test.each([
    ["a\nb", '"a\\nb"'],
    ["a\u2028b\u2029c", '"a\\u2028b\\u2029c"'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ["a\u0085\u202eb", '"a\\u0085\\u202eb"'],
    ["a\ud800b", '"a\\ud800b"'],
    ["*/ `${x}`", '"*/ `${x}`"'],
  ])("tsString(%j) is %s", (text, literal) => {
    expect(tsString(text)).toBe(literal);
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating the literal is the point: it must hold the same text
    expect(new Function(`return ${literal};`)()).toBe(text);
  });

  test.each([
    ["a\nb", "a\\u000ab"],
    ["a\r\u2028\u2029b", "a\\u000d\\u2028\\u2029b"],
    ["a */ b", "a *\\/ b"],
  ])("tsComment(%j) is %s", (text, comment) => {
    expect(tsComment(text)).toBe(comment);
  });
});
