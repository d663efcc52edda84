/**
 * The review's Markdown, read by GitHub's own parser: `cmark-gfm` with the extensions GitHub turns on
 * (autolink, table, strikethrough, tagfilter), raw HTML let through so that any would show. A hostile
 * name (an integration name, notes, a credential name, a stack, a plan's file name) renders as exactly
 * its text: no link, image, emphasis, strikethrough or HTML, and every `@`, `#` or hash GitHub would link
 * by itself (mentions and references are GitHub's, after cmark-gfm) sits inside a code span.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { planOf } from "../../../bench/review-plan";
import { mdCode, mdRow, mdText } from "../../../tools/shared/text-escaping";
import { createApp } from "../../../main";
import { stackFolder, synthApp, tempDir, type TerraformJson } from "../../support/helpers";
import { runTool } from "../../support/run-tool";
import { copyOf, onlyName } from "../../support/validate-helpers";

const EXTENSIONS = ["autolink", "table", "strikethrough", "tagfilter"].flatMap((e) => ["--extension", e]);

/** GitHub's parser; its absence fails the suite, saying so (CI installs it), rather than passing untested. */
function githubHtml(markdown: string): string {
  const run = spawnSync("cmark-gfm", ["--unsafe", ...EXTENSIONS, "--to", "html"], { input: markdown, encoding: "utf8" });
  if (run.error)
    throw new Error(
      `cmark-gfm is needed to test the review's Markdown as GitHub reads it (Debian package cmark-gfm; .ci/run installs it): ${run.error.message}`,
    );
  if (run.status !== 0) throw new Error(`cmark-gfm failed (exit ${run.status}): ${run.stderr}`);
  return run.stdout;
}

const HOSTILE_NAMES = [
  "(www.evil.example)",
  "www.",
  "see www. and _www.)",
  "~www.evil.example",
  "*www.evil.example",
  "_www.evil.example_",
  "x www.evil.example/path?q=1",
  "http://evil.example/x",
  "HTTPS://EVIL.EXAMPLE",
  "ftp://evil.example",
  "(https://evil.example)",
  "<http://evil.example>",
  "user@evil.example",
  "mailto:user@evil.example",
  "xmpp:user@evil.example",
  "ping @octocat and @org/team",
  "fixes #123, owner/repo#4, GH-5",
  "at 0123abc4d5e6f7890123456789abcdef01234567",
  "![img](http://evil.example/i.png)",
  "[link](http://evil.example) [ref][1] [^1]",
  "[x](javascript:alert(1))",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "x<!-- hidden -->y",
  "&amp; &#64; &lt;b&gt; &copy",
  "`code` ``two`` ```",
  "`leading and trailing`",
  "a | b \\| c |",
  "*em* _em_ **strong** __strong__ ~~del~~ ~del~",
  "a_b_c __init__ snake_case_",
  "$x^2$ and $$y$$",
  "trailing backslash \\",
  ":+1: title #",
];

const clean = synthApp((outdir) => createApp(outdir)).stacks["cartesia-genesys"];
const CONFIG = onlyName(clean, "genesyscloud_integration_config");
const CREDENTIAL = onlyName(clean, "genesyscloud_integration_credential");

/** The stack with the name as the integration's name, its notes and its credential's name. */
function named(name: string): TerraformJson {
  const doc = copyOf(clean);
  Object.assign(doc.resource!.genesyscloud_integration_config[CONFIG], { name, notes: name });
  doc.resource!.genesyscloud_integration_credential[CREDENTIAL].name = name;
  return doc;
}

/** The HTML's text as a browser shows it: tags dropped, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&(lt|gt|quot|#39|amp);/g, (_m, entity: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[entity]!);
}

/** Where a name rendered: no markup but code spans, and nothing GitHub links outside them. */
function expectInert(fragment: string, name: string): void {
  const tags = [...fragment.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]);
  expect(tags.filter((tag) => tag !== "code")).toEqual([]);
  expect(fragment).not.toMatch(/<!--/);
  expect(visibleText(fragment)).toBe(name);
  const outsideCode = fragment.replace(/<code>.*?<\/code>/gs, "");
  expect(outsideCode).not.toMatch(/[@#]|:\/\/|www\.|\b[0-9a-f]{7,40}\b/i);
}

/** The cells of the table row whose first cell is `label`. */
function rowCells(html: string, label: string): string[] {
  const row = [...html.matchAll(/<tr>\n([\s\S]*?)<\/tr>/g)]
    .map((m) => [...m[1].matchAll(/<td>([\s\S]*?)<\/td>/g)].map((c) => c[1]))
    .find((cells) => cells[0] === label);
  if (!row) throw new Error(`no row ${label} in:\n${html}`);
  return row.slice(1);
}

describe("cmark-gfm is there", () => {
  test("and renders a link, emphasis and a table as GitHub does, so the checks below can fail", () => {
    expect(githubHtml("see (www.x.example) *em*\n\n| a |\n| - |\n| b |\n")).toBe(
      '<p>see (<a href="http://www.x.example">www.x.example</a>) <em>em</em></p>\n<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>b</td>\n</tr>\n</tbody>\n</table>\n',
    );
  });
});

describe.each(HOSTILE_NAMES.map((name) => [name]))("the name %j", (name) => {
  test("in the summary: its heading, its name, notes and credential cells", async () => {
    const result = await runTool(["review", stackFolder(named(name), "pr")]);
    expect(result.code).toBe(0);
    const html = githubHtml(result.stdout);
    const heading = [...html.matchAll(/<h4>([\s\S]*?)<\/h4>/g)].map((m) => m[1]);
    expect(heading).toHaveLength(1);
    expectInert(heading[0], name);
    expectInert(rowCells(html, "Integration name")[0], name);
    expectInert(rowCells(html, "Notes")[0], name);
    // The credential's name follows its address, in parentheses: `address` (name, type `userDefined`) ...
    const credential = rowCells(html, "Credential")[0];
    const [, inParentheses] = /^<code>[^<]*<\/code> \(([\s\S]*), type <code>userDefined<\/code>\) in slot/.exec(credential)!;
    expectInert(inParentheses, name);
  });

  test("in a diff: the old and the new name, as code", async () => {
    const base = stackFolder(clean, "pr");
    const result = await runTool(["review", stackFolder(named(name), "pr"), "--base", base]);
    const [before, after] = rowCells(githubHtml(result.stdout), "Integration name");
    expectInert(before, JSON.stringify("Genesys TTS Connector: Cartesia"));
    expectInert(after, JSON.stringify(name));
  });
});

describe("names that are not from the stack's resources", () => {
  test.each(["@octocat", "www.evil.example", "*em*", "a`b"])("a stack folder named %j", async (stack) => {
    const outdir = stackFolder(clean, stack);
    const html = githubHtml((await runTool(["review", outdir])).stdout);
    const [, heading] = /<h3>Stack ([\s\S]*?)<\/h3>/.exec(html)!;
    expectInert(heading, stack);
  });

  test("what only a plan says: terraform's reason, an imported id, another resource's address", async () => {
    const name = "(www.evil.example) ~www.evil.example @octocat #1 *x* <b>";
    const plan = planOf(1) as { resource_changes: Record<string, any>[] };
    const [integration, config] = plan.resource_changes;
    integration.change.actions = ["delete", "create"];
    integration.action_reason = name;
    config.change.importing = { id: name };
    plan.resource_changes.push({ address: `null_resource.${name}`, mode: "managed", type: "null_resource", name, change: { actions: ["create"] } });
    const planFile = path.join(tempDir(), "plan.json");
    fs.writeFileSync(planFile, JSON.stringify(plan));
    const html = githubHtml((await runTool(["review", "--plan", planFile])).stdout);
    const items = [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]).filter((item) => item.includes("evil"));
    // The two actions, the replacement's risk, the import's note, the other resource: each holds the name as its text.
    expect(items).toHaveLength(5);
    for (const item of items) {
      expect(visibleText(item)).toContain(name);
      expect([...item.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]).filter((tag) => !["code", "strong", "p"].includes(tag))).toEqual([]);
      expect(item.replace(/<code>.*?<\/code>/gs, "")).not.toMatch(/[@#]|www\./);
    }
  });

  test.each(["@octocat.json", "www.evil.example", "_x_.json"])("a plan file named %j", async (file) => {
    const planFile = path.join(tempDir(), file);
    fs.writeFileSync(planFile, JSON.stringify(planOf(1)));
    const html = githubHtml((await runTool(["review", "--plan", planFile])).stdout);
    const [, label] = /<p>([\s\S]*?) \(terraform/.exec(html)!;
    expectInert(label, file);
  });
});

describe("generated names, built of everything Markdown and GitHub read as markup (1,000 of them)", () => {
  const PARTS = [
    ..."a B 7 _ * ** ~ ~~ ` `` | \\ < > & &amp; &#64; # #12 @ @x [ ] ( ) ! : / . $ www. http:// ftp:// mailto: xmpp: <b> <!-- --> <? ]]>".split(" "),
    ..."0123abcd GH-1 a@b.c - + = ' \" { } ^ % ; , ?".split(" "),
    " ",
  ];
  const names = fc.sample(
    fc
      .array(fc.constantFrom(...PARTS), { minLength: 1, maxLength: 12 })
      .map((parts) => parts.join("").trim().replace(/ {2,}/g, " "))
      .filter((name) => name !== ""),
    { numRuns: 1000, seed: 22 },
  );

  test("in a table cell, as text and as code: inert, and read as themselves", () => {
    const markdown = [mdRow(["text", "code"]), mdRow(["---", "---"]), ...names.map((name) => mdRow([mdText(name), mdCode(name)]))].join("\n");
    const rows = [...githubHtml(`${markdown}\n`).matchAll(/<tr>\n<td>([\s\S]*?)<\/td>\n<td>([\s\S]*?)<\/td>\n<\/tr>/g)];
    expect(rows).toHaveLength(names.length);
    rows.forEach(([, text, code], i) => {
      expectInert(text, names[i]);
      expect([...code.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1])).toEqual(["code", "code"]);
      expect(visibleText(code)).toBe(names[i]);
    });
  });

  test("in a heading and in a list item, as text: inert, and read as themselves", () => {
    const markdown = names.map((name) => `#### ${mdText(name, false)}\n\n- **Note:** ${mdText(name, false)}\n`).join("\n");
    const sections = [...githubHtml(markdown).matchAll(/<h4>([\s\S]*?)<\/h4>\n<ul>\n<li><strong>Note:<\/strong> ([\s\S]*?)<\/li>\n<\/ul>/g)];
    expect(sections).toHaveLength(names.length);
    sections.forEach(([, heading, item], i) => {
      expectInert(heading, names[i]);
      expectInert(item, names[i]);
    });
  });
});
