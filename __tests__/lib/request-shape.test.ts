// The body the construct writes, against the request shape of every Cartesia-Version the library knows: the
// table in docs/cartesia-request-shapes.md (transcribed from Cartesia's API reference and definition), whose
// last row is checked against the installed SDK's own `TTSGenerateParams`.
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { KNOWN_CARTESIA_VERSIONS } from "../../lib/connector-config";
import { RECOMMENDED_MODEL } from "../../lib/private/model-catalog";
import { buildSynthesizeBody } from "../../lib/private/synthesize-body";
import { validateConnectorProps } from "../../lib/private/validate-props";
import { CartesiaApiKey, CartesiaModel, Emotion, OutputFormat } from "../../lib";

const ROOT = path.join(__dirname, "..", "..");
const SDK_DEFAULT_VERSION = "2026-08-14";

interface Shape {
  readonly version: string;
  readonly required: readonly string[];
  readonly optional: readonly string[];
  /** `mode-id`: an object `{"mode": "id", "id"}`; `id-or-object`: a voice id string, or an object with `id`. */
  readonly voice: "mode-id" | "id-or-object";
}

/** The rows of the table below the `request-shapes` marker. */
function documentedShapes(): Shape[] {
  const text = fs.readFileSync(path.join(ROOT, "docs", "cartesia-request-shapes.md"), "utf8");
  const table = text.slice(text.indexOf("<!-- request-shapes"));
  const ticked = (cell: string) => [...cell.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]);
  return table
    .split("\n")
    .filter((line) => /^\| `\d{4}-\d{2}-\d{2}`/.test(line))
    .map((line) => {
      const [version, required, optional, voice] = line.split(" | ").map((cell) => cell.replace(/^\| /, "").trim());
      return {
        version: version.replace(/`/g, ""),
        required: ticked(required),
        optional: ticked(optional),
        voice: voice.includes('"mode": "id"') ? "mode-id" : "id-or-object",
      };
    });
}

/** `TTSGenerateParams` and the voice object, read from the installed SDK's declarations with the compiler API. */
function sdkShape(): { required: string[]; optional: string[]; voiceTakesString: boolean; voiceObjectOpen: boolean } {
  const file = path.join(ROOT, "node_modules", "@cartesia", "cartesia-js", "resources", "tts.d.ts");
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const required: string[] = [];
  const optional: string[] = [];
  let voiceTakesString = false;
  let voiceObjectOpen = false;
  const visit = (node: ts.Node): void => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === "TTSGenerateParams") {
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && ts.isIdentifier(member.name)) (member.questionToken ? optional : required).push(member.name.text);
      }
    }
    if (ts.isTypeAliasDeclaration(node) && node.name.text === "VoiceSpecifier" && ts.isUnionTypeNode(node.type)) {
      voiceTakesString = node.type.types.some((t) => t.kind === ts.SyntaxKind.StringKeyword);
    }
    if (ts.isInterfaceDeclaration(node) && node.name.text === "TTSRequestVoiceObject") {
      voiceObjectOpen = node.members.some((m) => ts.isIndexSignatureDeclaration(m));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { required, optional, voiceTakesString, voiceObjectOpen };
}

const SHAPES = documentedShapes();
const MODEL = CartesiaModel.snapshot(RECOMMENDED_MODEL.id);
const GENERATION = { speed: 1.1, volume: 0.8, emotion: Emotion.CALM };

/** The warnings a connector with generationConfig gets under a Cartesia-Version. */
function generationWarnings(cartesiaVersion: string): string[] {
  const { errors, warnings } = validateConnectorProps({
    apiKey: CartesiaApiKey.fromToken("${var.k}"),
    model: MODEL,
    cartesiaVersion,
    generationConfig: GENERATION,
  });
  expect(errors).toEqual([]);
  return warnings.filter((w) => w.startsWith("generationConfig"));
}

test("the table has a row for each version the library knows, the SDK's default among them", () => {
  expect(SHAPES.map((s) => s.version)).toEqual([...KNOWN_CARTESIA_VERSIONS]);
  expect(KNOWN_CARTESIA_VERSIONS).toContain(SDK_DEFAULT_VERSION);
});

test("the SDK's default version's row is the SDK's own TTSGenerateParams", () => {
  const sdk = sdkShape();
  const row = SHAPES.find((s) => s.version === SDK_DEFAULT_VERSION)!;
  expect({ required: [...row.required].sort(), optional: [...row.optional].sort() }).toEqual({
    required: [...sdk.required].sort(),
    optional: [...sdk.optional].sort(),
  });
  expect([row.voice, sdk.voiceTakesString, sdk.voiceObjectOpen]).toEqual(["id-or-object", true, true]);
});

describe.each(SHAPES.map((s) => [s.version, s] as const))("Cartesia-Version %s", (_version, shape) => {
  test.each([undefined, "en"])("the construct's body (language %s) has every required field, no other than the version takes, a voice it reads", (language) => {
    const body = buildSynthesizeBody({ model: MODEL, outputFormat: OutputFormat.TELEPHONY, language }) as Record<string, unknown>;
    const fields = Object.keys(body);
    expect(shape.required.filter((f) => !fields.includes(f))).toEqual([]);
    expect(fields.filter((f) => !shape.required.includes(f) && !shape.optional.includes(f))).toEqual([]);
    const voice = body.voice as { mode?: unknown; id?: unknown };
    if (shape.voice === "mode-id") expect(voice).toEqual({ mode: "id", id: "$voice" });
    else expect(typeof voice.id).toBe("string");
  });

  test("with generationConfig: the body is one the version takes, or the construct warns that the version takes none", () => {
    const body = buildSynthesizeBody({ model: MODEL, outputFormat: OutputFormat.TELEPHONY, generationConfig: GENERATION });
    expect(body.generation_config).toEqual({ speed: 1.1, volume: 0.8, emotion: "calm" });
    if (shape.optional.includes("generation_config")) {
      expect(generationWarnings(shape.version)).toEqual([]);
    } else {
      expect(generationWarnings(shape.version)).toEqual([
        `generationConfig: Cartesia-Version "${shape.version}" takes no generation_config (it came with ${SHAPES.find((s) => s.optional.includes("generation_config"))!.version}); set cartesiaVersion to that version or later, or drop generationConfig.`,
      ]);
    }
  });
});
