/**
 * The review reads the same under every locale: run as the command line runs it (`runCli`), in a child process
 * whose LANG and LC_ALL (from which Node takes its default locale for Intl and `localeCompare`) name Turkish,
 * Swedish, Danish and German, its output is byte for byte the output under C. The connectors' ids are ones
 * those locales sort differently: `aa` after `z` in Danish, `I` and `ı` in Turkish, capitals before or after
 * small letters, `_` before or after letters.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { createApp } from "../../../main";
import { stackFolder, synthApp, type TerraformJson } from "../../support/helpers";
import { copyOf, onlyName } from "../../support/validate-helpers";

const ROOT = path.resolve(__dirname, "../../..");
const IDS = ["z", "aa", "a", "B", "I", "ı", "i", "_x", "å", "ä", "ö", "o", "Z9", "z10"];
const LOCALES = ["tr_TR.UTF-8", "sv_SE.UTF-8", "da_DK.UTF-8", "de_DE@collation=phonebook"];

/** One stack holding the default app's connector once per id, each with its own three resources. */
function manyConnectors(): TerraformJson {
  const clean = synthApp((outdir) => createApp(outdir)).stacks["cartesia-genesys"];
  const doc = copyOf(clean);
  const types = ["genesyscloud_integration", "genesyscloud_integration_config", "genesyscloud_integration_credential"] as const;
  const [integration, config, credential] = types.map((type) => clean.resource![type][onlyName(clean, type)]);
  for (const type of types) doc.resource![type] = {};
  for (const id of IDS) {
    doc.resource!.genesyscloud_integration[id] = copyOf(integration);
    doc.resource!.genesyscloud_integration_credential[`${id}_credential`] = { ...copyOf(credential), name: `credential ${id}` };
    doc.resource!.genesyscloud_integration_config[`${id}_config`] = {
      ...copyOf(config),
      name: `connector ${id}`,
      integration_id: `\${genesyscloud_integration.${id}.id}`,
      credentials: { basicAuth: `\${genesyscloud_integration_credential.${id}_credential.id}` },
    };
  }
  return doc;
}

/**
 * The command's output for each argument list, run one after the other in one child process under `locale`
 * (a child costs far more than a review), the environment only PATH, HOME and the locale.
 */
function reviews(argLists: readonly (readonly string[])[], locale: string): string[] {
  const script = `
    const { runTool } = require(${JSON.stringify(path.join(ROOT, "__tests__", "support", "run-tool.ts"))});
    (async () => {
      const outputs = [];
      for (const args of JSON.parse(process.argv[1])) {
        const result = await runTool(["review", ...args], { env: process.env });
        if (result.code !== 0) throw new Error("review " + args.join(" ") + " exited " + result.code + ": " + result.stderr);
        outputs.push(result.stdout);
      }
      process.stdout.write(JSON.stringify(outputs));
    })().catch((err) => { console.error(String(err)); process.exit(1); });`;
  const run = spawnSync(process.execPath, ["--import", "tsx", "-e", script, JSON.stringify(argLists)], {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: locale, LC_ALL: locale, CHECKPOINT_DISABLE: "1" },
  });
  if (run.status !== 0) throw new Error(`review under ${locale} exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[];
}

test("the child processes do take the locale: Intl and localeCompare follow LC_ALL", () => {
  const run = (locale: string) =>
    spawnSync(process.execPath, ["-p", 'new Intl.Collator().resolvedOptions().locale + " " + ["aa", "z"].sort((a, b) => a.localeCompare(b)).join(",")'], {
      encoding: "utf8",
      env: { PATH: process.env.PATH, LANG: locale, LC_ALL: locale },
    }).stdout.trim();
  expect([run("C"), run("da_DK.UTF-8")]).toEqual(["en-US aa,z", "da-DK z,aa"]);
});

test("summary and diff, Markdown and JSON: the same bytes under every locale, connectors in code-point order", () => {
  const outdir = stackFolder(manyConnectors(), "pr");
  const base = stackFolder(copyOf(manyConnectors()), "pr");
  const argLists = [[outdir], [outdir, "--base", base, "--format", "json"]];
  const expected = reviews(argLists, "C");
  for (const locale of LOCALES) expect([locale, reviews(argLists, locale)]).toEqual([locale, expected]);
  const headings = expected[0].split("\n").filter((line) => line.startsWith("#### "));
  // A config links its integration by a reference of ASCII names: the others are reviewed by address, unconfigured.
  const heading = (id: string) => (/^[A-Za-z0-9_-]+$/.test(id) ? `#### connector ${id.replace(/^_/, "\\_")}` : `#### \`genesyscloud_integration.${id}\``);
  expect(headings).toEqual([...IDS].sort().map(heading));
  expect([...IDS].sort()).toEqual(["B", "I", "Z9", "_x", "a", "aa", "i", "o", "z", "z10", "ä", "å", "ö", "ı"]);
}, 60_000);
