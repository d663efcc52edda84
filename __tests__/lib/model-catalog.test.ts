// The model catalog against Cartesia's own artifacts: the installed SDK's `TTSModel` union (read with the
// TypeScript compiler API), and Cartesia's "API Changes" page (transcribed below, with the day it was read).
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { CartesiaApiKey, CartesiaConnectorConfigError, CartesiaModel, CartesiaTtsConnector, type CartesiaTtsConnectorProps } from "../../lib";
import { nearestModels } from "../../lib/private/model-id";
import {
  CATALOG_READ_ON,
  findModel,
  MODEL_CATALOG,
  MODEL_CONSTANTS,
  type ModelEntry,
  onlyThirdParty,
  RECOMMENDED_MODEL,
} from "../../lib/private/model-catalog";
import { createApp } from "../../main";
import { newStack, warningsOf } from "../support/helpers";
import { CARTESIA_SDK_DIR, CARTESIA_TTS_DTS, literals, ROOT, sources, unionMembers } from "../support/source-text";

const AS_READ = `Cartesia's models as this library read them on ${CATALOG_READ_ON}`;

/** The string-literal members of `TTSModel` in the installed SDK. */
function sdkModels(): string[] {
  return unionMembers(CARTESIA_TTS_DTS, "TTSModel");
}

/**
 * Cartesia's "API Changes" page, https://docs.cartesia.ai/build-with-cartesia/tts-models/api-changes, as read
 * on 2026-12-05: the tables "Fully sunsetted models", "Partially sunsetted models" and "Stable offerings".
 */
const API_CHANGES_PAGE = {
  sunsetOn: "2026-06-01",
  /** Model, and the snapshots affected ("All": every snapshot of `sonic`, listed on the older models pages). */
  fullySunsetted: ["sonic", "sonic-2024-12-12", "sonic-2024-10-19", "sonic-english", "sonic-multilingual", "sonic-2-2025-03-07", "sonic-turbo-2025-03-07"],
  partlySunsetted: [
    {
      models: ["sonic-2", "sonic-2-2025-04-16", "sonic-2-2025-05-08", "sonic-2-2025-06-11"],
      dropped: ["it", "nl", "pl", "ru", "sv", "tr", "hi"],
      serves: ["en", "de", "es", "fr", "ja", "ko", "pt", "zh"],
    },
    {
      models: ["sonic-turbo", "sonic-turbo-2025-06-04"],
      dropped: ["it", "nl", "pl", "ru", "sv", "tr"],
      serves: ["en", "de", "es", "fr", "ja", "ko", "pt", "zh", "hi"],
    },
  ],
  /** "sonic-3.5: All, 42 languages"; "sonic-3: All, 42 languages". */
  fortyTwoLanguages: ["sonic-3.5", "sonic-3"],
};

const modelOf = (id: string) => (/\d{4}-\d{2}-\d{2}$/.test(id) ? CartesiaModel.snapshot(id) : CartesiaModel.alias(id));

function outcome(props: Partial<CartesiaTtsConnectorProps>): { errors: readonly string[]; warnings: string[] } {
  const stack = newStack();
  try {
    new CartesiaTtsConnector(stack, "c", { apiKey: CartesiaApiKey.fromToken("${var.cartesia_api_key}"), model: CartesiaModel.SONIC_LATEST, ...props });
  } catch (error) {
    if (!(error instanceof CartesiaConnectorConfigError)) throw error;
    return { errors: error.problems, warnings: [] };
  }
  const warnings = warningsOf(stack);
  return { errors: [], warnings };
}

describe("Cartesia's SDK", () => {
  test("every string-literal member of the installed SDK's TTSModel is in the catalog, sourced to that SDK, and no other row is", () => {
    const union = sdkModels();
    expect(union.length).toBeGreaterThan(0);
    const fromSdk = MODEL_CATALOG.filter((m) => m.sources.some((s) => s.kind === "sdk")).map((m) => m.id);
    expect([...fromSdk].sort()).toEqual([...union].sort());
  });

  test("the catalog names the SDK version it was read from, and that is the one installed", () => {
    const installed = (JSON.parse(fs.readFileSync(path.join(CARTESIA_SDK_DIR, "package.json"), "utf8")) as { version: string }).version;
    const versions = new Set(MODEL_CATALOG.flatMap((m) => m.sources.flatMap((s) => (s.kind === "sdk" ? [s.version] : []))));
    expect([...versions]).toEqual([installed]);
  });

  test.each(sdkModels())("%s synthesizes without error", (id) => {
    expect(outcome({ model: modelOf(id) }).errors).toEqual([]);
    expect(outcome({ model: modelOf(id), language: "en" }).errors).toEqual([]);
  });
});

describe("Cartesia's API Changes page", () => {
  test("what the page says Cartesia sunsetted is what the catalog refuses, with the page's date", () => {
    const sunsetted = MODEL_CATALOG.filter((m) => m.status.kind === "sunsetted");
    expect(sunsetted.map((m) => m.id).sort()).toEqual([...API_CHANGES_PAGE.fullySunsetted].sort());
    for (const m of sunsetted) expect(m.status).toEqual({ kind: "sunsetted", since: API_CHANGES_PAGE.sunsetOn });
  });

  test("the partly sunsetted models serve exactly the page's languages, and dropped the page's", () => {
    const partly = MODEL_CATALOG.filter((m) => m.status.kind === "partly-sunsetted");
    expect(partly.map((m) => m.id).sort()).toEqual(API_CHANGES_PAGE.partlySunsetted.flatMap((p) => p.models).sort());
    for (const group of API_CHANGES_PAGE.partlySunsetted) {
      for (const id of group.models) {
        expect(findModel(id)).toMatchObject({
          languages: group.serves,
          status: { kind: "partly-sunsetted", since: API_CHANGES_PAGE.sunsetOn, dropped: group.dropped },
        });
      }
    }
  });

  test("the sonic-3.5 and sonic-3 families list 42 languages", () => {
    for (const m of MODEL_CATALOG.filter((e) => API_CHANGES_PAGE.fortyTwoLanguages.some((family) => e.id === family || e.id.startsWith(`${family}-2`)))) {
      expect([m.id, m.languages?.length]).toEqual([m.id, 42]);
    }
  });

  test("every day in a status is the page's: no sunset rests on a date no Cartesia source gives", () => {
    const days = MODEL_CATALOG.flatMap((m) => ("since" in m.status ? [m.status.since] : "sunsetOn" in m.status ? [m.status.sunsetOn] : []));
    expect(days.filter((d) => d > CATALOG_READ_ON || d !== API_CHANGES_PAGE.sunsetOn)).toEqual([]);
  });
});

describe("the catalog's rows", () => {
  test.each(MODEL_CATALOG.map((m) => [m.id, m] as const))("%s has a source, and a docs source says when it was read", (_id, m: ModelEntry) => {
    expect(m.sources.length).toBeGreaterThan(0);
    for (const s of m.sources) if (s.kind === "docs") expect([s.url.startsWith("https://docs.cartesia.ai/"), s.read]).toEqual([true, CATALOG_READ_ON]);
  });

  test("the recommended model is a current snapshot from Cartesia's SDK, not only from third parties", () => {
    expect(RECOMMENDED_MODEL.status).toEqual({ kind: "current" });
    expect(RECOMMENDED_MODEL.id).toMatch(/-\d{4}-\d{2}-\d{2}$/);
    expect(RECOMMENDED_MODEL.sources.some((s) => s.kind === "sdk")).toBe(true);
  });

  test("the recommended model serves every language Cartesia dropped elsewhere, as the language error says", () => {
    const dropped = MODEL_CATALOG.flatMap((m) => (m.status.kind === "partly-sunsetted" ? m.status.dropped : []));
    expect(dropped.filter((language) => !RECOMMENDED_MODEL.languages!.includes(language))).toEqual([]);
  });

  test("each CartesiaModel constant is its catalog row", () => {
    for (const [name, entry] of Object.entries(MODEL_CONSTANTS)) {
      expect([name, (CartesiaModel as unknown as Record<string, CartesiaModel>)[name].id]).toEqual([name, entry.id]);
    }
  });
});

describe("what the library does with each status", () => {
  test("a sunsetted model is an error naming the day and the recommended model", () => {
    for (const m of MODEL_CATALOG.filter((e) => e.status.kind === "sunsetted")) {
      expect(outcome({ model: modelOf(m.id) }).errors).toEqual([
        `model: got "${m.id}", which Cartesia sunsetted on 2026-06-01 (its requests fail with error_code model_sunsetted); use a current model such as "${RECOMMENDED_MODEL.id}" (${AS_READ}).`,
      ]);
    }
  });

  test("a partly sunsetted model: a dropped language is an error naming what it still serves; a served one is fine; none is a warning", () => {
    for (const group of API_CHANGES_PAGE.partlySunsetted) {
      for (const id of group.models) {
        expect(outcome({ model: modelOf(id), language: group.dropped[0] }).errors).toEqual([
          `language: got "${group.dropped[0]}", which Cartesia stopped serving with "${id}" on 2026-06-01; it still serves ${group.serves.join(", ")}. For "${group.dropped[0]}", use "${RECOMMENDED_MODEL.id}" (${AS_READ}).`,
        ]);
        expect(outcome({ model: modelOf(id), language: group.serves[0] }).errors).toEqual([]);
      }
    }
    expect(outcome({ model: CartesiaModel.snapshot("sonic-2-2025-06-11") }).warnings).toEqual([
      `model: "sonic-2-2025-06-11" serves only en, de, es, fr, ja, ko, pt, zh since 2026-06-01 (Cartesia sunsetted its other languages: it, nl, pl, ru, sv, tr, hi); set language to one of them, or use "${RECOMMENDED_MODEL.id}" (${AS_READ}).`,
    ]);
  });

  test.each([
    ["sonic-4", ["sonic-3", "sonic-2", "sonic-3.5"]],
    ["sonic-3.6-latest", ["sonic-3-latest", "sonic-latest", "sonic-3.6"]],
  ])("any alias of the form sonic, a version, suffixes, is accepted with warnings naming the nearest known: %s", (id, nearest) => {
    expect(nearestModels(id)).toEqual(nearest);
    expect(outcome({ model: CartesiaModel.alias(id) })).toEqual({
      errors: [],
      warnings: [
        `model: "${id}" is an alias that Cartesia moves to newer models without notice; pin a dated snapshot for production, e.g. CartesiaModel.snapshot("${RECOMMENDED_MODEL.id}").`,
        `model: "${id}" is an alias this library does not know; nearest known: ${nearest.map((n) => `"${n}"`).join(", ")}; recommended: "${RECOMMENDED_MODEL.id}" (${AS_READ}). Cartesia decides: if it serves "${id}", it works.`,
      ],
    });
  });

  test("a snapshot dated after the catalog was read is accepted, with a warning naming the nearest known", () => {
    expect(outcome({ model: CartesiaModel.snapshot("sonic-3.5-2027-03-01") })).toEqual({
      errors: [],
      warnings: [
        `model: "sonic-3.5-2027-03-01" is a dated snapshot this library does not know; nearest known: ${nearestModels("sonic-3.5-2027-03-01")
          .map((n) => `"${n}"`)
          .join(", ")}; recommended: "${RECOMMENDED_MODEL.id}" (${AS_READ}). Cartesia decides: if it serves "sonic-3.5-2027-03-01", it works.`,
      ],
    });
    expect(nearestModels("sonic-3.5-2027-03-01")[0]).toBe("sonic-3.5-2026-05-04");
  });

  test("a model only third parties name is accepted, with a warning that says so", () => {
    for (const m of MODEL_CATALOG.filter(onlyThirdParty)) {
      const { errors, warnings } = outcome({ model: modelOf(m.id) });
      expect(errors).toEqual([]);
      expect(warnings).toContain(
        `model: "${m.id}" is named only by third-party code, not by Cartesia's SDK or pages; if Cartesia refuses it, use "${RECOMMENDED_MODEL.id}" (${AS_READ}).`,
      );
    }
  });

  test("a language outside the model's list is a warning, not an error", () => {
    expect(outcome({ model: CartesiaModel.SONIC_3_5_2026_05_04, language: "ur" })).toEqual({
      errors: [],
      warnings: [
        `language: "ur" is not among the languages Cartesia lists for "${RECOMMENDED_MODEL.id}": ${RECOMMENDED_MODEL.languages!.join(", ")} (${AS_READ}).`,
      ],
    });
  });
});

describe("one place for each model id, one recommended snapshot everywhere", () => {
  test("each model id is written in exactly one source file under lib/ and tools/ (and main.ts): the catalog", () => {
    const files = [...sources("lib"), ...sources("tools"), "main.ts"];
    const texts = new Map(files.map((f) => [f, literals(path.join(ROOT, f)).join("\n")]));
    for (const { id } of MODEL_CATALOG) {
      const word = new RegExp(`(?<![\\w.-])${id.replace(/[.]/g, "\\.")}(?![\\w[-]|\\.\\d)`);
      expect([id, files.filter((f) => word.test(texts.get(f)!))]).toEqual([id, ["lib/private/model-catalog.ts"]]);
    }
  });

  test("the README's Usage example, the default app and its warning recommend the catalog's recommended snapshot", () => {
    const constant = Object.entries(MODEL_CONSTANTS).find(([, entry]) => entry === RECOMMENDED_MODEL)![0];
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const usage = readme.slice(readme.indexOf("## Usage"), readme.indexOf("\n## ", readme.indexOf("## Usage") + 1));
    const pinned = [...usage.matchAll(/model: CartesiaModel\.(\w+)/g)].map((m) => m[1]);
    expect(pinned.length).toBeGreaterThan(0);
    expect(pinned.filter((name) => name !== constant)).toEqual([]);
    expect(fs.readFileSync(path.join(ROOT, "main.ts"), "utf8")).toContain(`CartesiaModel.${constant}`);
    const app = createApp(undefined);
    const warnings = app.node
      .findAll()
      .flatMap((c) => c.node.metadata)
      .filter((m) => m.type === "@cdktf/warn")
      .map((m) => String(m.data));
    expect(warnings.filter((w) => w.startsWith("model:"))).toEqual([
      `model: "${MODEL_CONSTANTS.SONIC_LATEST.id}" is an alias that Cartesia moves to newer models without notice; pin a dated snapshot for production, e.g. CartesiaModel.snapshot("${RECOMMENDED_MODEL.id}").`,
    ]);
  });

  test("the README says when the catalog was read, and which constant rests on third-party evidence only (as its TSDoc does)", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    expect(readme).toContain(`read on ${CATALOG_READ_ON}`);
    const file = path.join(ROOT, "lib", "cartesia-model.ts");
    const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const docs = new Map<string, string>();
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyDeclaration(node) && ts.isIdentifier(node.name)) {
        docs.set(
          node.name.text,
          ts
            .getJSDocCommentsAndTags(node)
            .map((d) => d.getText())
            .join("\n"),
        );
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    const thirdParty = Object.entries(MODEL_CONSTANTS).filter(([, entry]) => onlyThirdParty(entry));
    expect(thirdParty.length).toBeGreaterThan(0);
    for (const [name] of thirdParty) {
      expect([name, /third-party evidence only/.test(docs.get(name) ?? "")]).toEqual([name, true]);
      expect([name, readme.split("\n").some((line) => line.includes(name) && line.includes("third-party evidence only"))]).toEqual([name, true]);
    }
  });
});
