/**
 * Generated connector props for property-based tests: fast-check arbitraries that draw a plain-data
 * recipe per prop (good values, near misses and junk), a function that turns a recipe into real props
 * in a stack, and an oracle that says, from the documented rules alone, which props must be refused.
 *
 * The oracle restates the rules (Cartesia's API reference and the README) instead of importing the library's checks,
 * so a check that drifts from its rule shows up as a disagreement.
 */
import fc from "fast-check";
import { DataTerraformRemoteStateLocal, Lazy, TerraformProvider, type TerraformStack, TerraformVariable } from "cdktf";
import { type Construct } from "constructs";
import {
  CartesiaApiKey,
  CartesiaModel,
  type CartesiaTtsConnectorProps,
  Emotion,
  dataGenesyscloudIntegrationCredential,
  GenesyscloudProvider,
  OutputFormat,
} from "../../lib";
import { MODEL_CATALOG } from "../../lib/private/model-catalog";
import { TEST_KEYS } from "./test-keys";

// ---- the rules, restated ----

/** Cartesia's output-format matrix (its API reference, docs.cartesia.ai): per container, the allowed values; undefined = field not allowed. */
export const MATRIX = {
  raw: { encoding: ["pcm_f32le", "pcm_s16le", "pcm_mulaw", "pcm_alaw"], sampleRate: [8000, 16000, 22050, 24000, 44100, 48000], bitRate: undefined },
  wav: { encoding: ["pcm_f32le", "pcm_s16le", "pcm_mulaw", "pcm_alaw"], sampleRate: [8000, 16000, 22050, 24000, 44100, 48000], bitRate: undefined },
  mp3: { encoding: undefined, sampleRate: [8000, 16000, 22050, 24000, 44100, 48000], bitRate: [32000, 64000, 96000, 128000, 192000] },
} as const;
export type Container = keyof typeof MATRIX;

// Cartesia's models, as the library's catalog lists them: the oracle below judges ids with its facts, not its code.
const servedModels = MODEL_CATALOG.filter((m) => m.status.kind !== "sunsetted");
export const SNAPSHOTS = servedModels.filter((m) => /\d{4}-\d{2}-\d{2}$/.test(m.id)).map((m) => m.id);
export const ALIASES = servedModels.filter((m) => !/\d{4}-\d{2}-\d{2}$/.test(m.id)).map((m) => m.id);
/** Every model Cartesia sunsetted. */
export const SUNSET = MODEL_CATALOG.filter((m) => m.status.kind === "sunsetted").map((m) => m.id);
/** The languages Cartesia sunsetted for a model it still serves for others. */
const DROPPED: ReadonlyMap<string, readonly string[]> = new Map(
  MODEL_CATALOG.flatMap((m) => (m.status.kind === "partly-sunsetted" ? [[m.id, m.status.dropped] as const] : [])),
);
/** The seed of every run unless FUZZ_SEED says otherwise: fixed, so CI runs the same cases each time. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261125);

export const RECIPE_PROPS = [
  "apiKey",
  "model",
  "outputFormat",
  "cartesiaVersion",
  "integrationName",
  "credentialName",
  "enabled",
  "pciCompliant",
  "configMode",
  "language",
  "generationConfig",
  "notes",
  "provider",
  "apiBaseUrl",
  "connectorType",
  "importExisting",
];

function isRealDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split("-").map(Number);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isSnapshot(id: string): boolean {
  return /^sonic(-\d+(\.\d+)?)?(-[a-z][a-z0-9]*)*-\d{4}-\d{2}-\d{2}$/.test(id) && isRealDay(id.slice(-10));
}

function isAlias(id: string): boolean {
  return /^sonic(-\d+(\.\d+)?)?(-[a-z][a-z0-9]*)*$/.test(id);
}

const keyLike = (text: string) => /sk_car_[A-Za-z0-9_-]/.test(text);

/** Characters no literal text may hold: controls, separators, bidi overrides, BOM, unpaired surrogates. */
function hasInvisible(text: string, allowLineBreaks = false): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (allowLineBreaks && (c === 9 || c === 10 || c === 13)) continue;
    if (c <= 0x1f || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff) {
      return true;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

const wholeExpression = (text: string) => /^\$\{[^{}]+\}$/.test(text);
/** An unescaped `${` or `%{`, which Terraform would evaluate (only `$${` and `%%{` are escapes). */
function hasTemplate(text: string): boolean {
  for (let i = 0; i < text.length - 1; i++) {
    if ((text[i] === "$" || text[i] === "%") && text[i + 1] === "{" && !(i > 0 && text[i - 1] === text[i])) return true;
  }
  return false;
}

function literalTextOk(value: unknown, maxLength: number, required: boolean, multiline = false): boolean {
  if (value === undefined || value === null) return true;
  // A token is written resolved, so it is checked at synth (see expectedSynthProblemProps).
  if (isTokenText(value)) return true;
  if (isHiddenKey(value)) return false;
  if (typeof value !== "string") return false;
  if (keyLike(value)) return false;
  if (required && value.trim() === "") return false;
  if (wholeExpression(value)) return true;
  return !hasTemplate(value) && !hasInvisible(value, multiline) && value.length <= maxLength;
}

// ---- recipes ----

export type KeyRecipe =
  | { readonly source: "variable"; readonly id: unknown }
  | { readonly source: "variable-token" }
  | { readonly source: "remote-state" }
  | { readonly source: "existing"; readonly id: unknown }
  | { readonly source: "existing-data" }
  | { readonly source: "token"; readonly text: unknown }
  /** `fromToken` of a Lazy that produces this text: a reference, a literal, or a hidden key, seen only at synth. */
  | { readonly source: "lazy"; readonly text: string | HiddenKey }
  | { readonly source: "plain"; readonly value: unknown };

export type ModelRecipe = { readonly kind: "snapshot" | "alias"; readonly id: unknown } | { readonly kind: "plain"; readonly value: unknown };

export type FormatRecipe = { readonly factory: Container; readonly options: unknown } | { readonly factory: "plain"; readonly value: unknown };

export type ProviderRecipe = "aliased" | "other-type" | { readonly plain: unknown };

/** One generated prop set, as data; `materialize` turns it into props. */
export interface PropsRecipe {
  readonly apiKey: KeyRecipe;
  readonly model: ModelRecipe;
  readonly outputFormat?: FormatRecipe;
  readonly cartesiaVersion?: unknown;
  readonly integrationName?: unknown;
  readonly credentialName?: unknown;
  readonly enabled?: unknown;
  readonly pciCompliant?: unknown;
  readonly configMode?: unknown;
  readonly language?: unknown;
  /** `{ emotion: { of: name } }` stands for `Emotion.of(name)`; any other emotion is given as is. */
  readonly generationConfig?: unknown;
  readonly notes?: unknown;
  readonly provider?: ProviderRecipe;
  readonly apiBaseUrl?: unknown;
  readonly connectorType?: unknown;
  readonly importExisting?: unknown;
  /** A prop the interface does not have. */
  readonly extra?: readonly [string, unknown];
}

/** The connector's construct id in a materialized stack; no generated variable takes it. */
export const CONNECTOR_ID = "cartesia";
/** A string variable every materialized stack declares, so `${var.name}` in literal text resolves. */
export const NAME_VARIABLE = "name";

const [KEY, KEY_2, ADMIN_KEY] = TEST_KEYS;

/**
 * Drops whole `${...}` expressions other than `${var.name}`: the library rightly takes one as a
 * reference, and a reference to nothing would fail the schema validator for the test's sake, not the library's.
 */
function noStrayReference<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return arb.filter((v) => typeof v !== "string" || !wholeExpression(v) || v === `\${var.${NAME_VARIABLE}}`);
}

/**
 * Any code point, unpaired surrogates included. (fast-check's "binary" unit does the same, but inside
 * `oneof` it builds a reverse map of all of Unicode first, which costs seconds.)
 */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp));

/** Text from a small alphabet that hits every rule: controls, separators, templates, key prefixes. */
const hostileChar = fc.constantFrom(
  "a",
  "Z",
  "3",
  " ",
  "-",
  ":",
  "é",
  "😀",
  "\u0000",
  "\n",
  "\t",
  "\u0085",
  "\u202e",
  "\ud800",
  "\ufeff",
  "$",
  "{",
  "}",
  "%",
  "sk_car_",
);
const hostileText = (maxLength: number) =>
  noStrayReference(
    fc.oneof(
      fc.string({ unit: hostileChar, maxLength: 12 }),
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }),
      fc.string({ unit: anyCodePoint, maxLength: 8 }),
      fc.constantFrom("", "   ", "x".repeat(maxLength), "x".repeat(maxLength + 1), `Cartesia ${KEY}`, "Cartesia ${var.env}", "${var.name}", "100% $${literal}"),
    ),
  );
const junk = fc.constantFrom<unknown>(0, 1, -1, NaN, true, false, [], {}, ["x"], { value: "x" }, new Date(0), 12n, Symbol("junk"), () => "x");

// ---- keys in disguise, texts as tokens, names Object.prototype has ----

/**
 * A string that hides a key, and how: made so by the generator, which is how the oracle knows, without
 * detecting anything itself. `materialize` passes the string on.
 */
export interface HiddenKey {
  readonly hidden: string;
  readonly disguise: string;
}
/** A text prop given as a token (a Lazy) of this text: written resolved, so checked at synth, not when created. */
export interface TokenText {
  readonly tokenOf: string | HiddenKey;
}

export function isHiddenKey(value: unknown): value is HiddenKey {
  return typeof value === "object" && value !== null && Object.hasOwn(value, "hidden");
}

export function isTokenText(value: unknown): value is TokenText {
  return typeof value === "object" && value !== null && Object.hasOwn(value, "tokenOf");
}

/**
 * Characters no reader sees: Unicode's format characters (soft hyphen, zero-width space, non-joiner and
 * joiner, bidi marks, embeddings and isolates, word joiner, invisible separator, byte-order mark, Arabic
 * letter mark, Mongolian vowel separator, tags) and other default-ignorable ones (variation selectors, the
 * combining grapheme joiner).
 */
export const invisibleChar = fc.constantFrom(
  "\u00ad",
  "\u034f",
  "\u061c",
  "\u180e",
  "\u200b",
  "\u200c",
  "\u200d",
  "\u200e",
  "\u200f",
  "\u202a",
  "\u202e",
  "\u2060",
  "\u2063",
  "\u2066",
  "\ufe0f",
  "\ufeff",
  "\u{e0001}",
  "\u{e0041}",
  "\u{e007f}",
);

/** Up to three places strictly inside a key, in order. */
const cuts = (key: string) =>
  fc.uniqueArray(fc.integer({ min: 1, max: key.length - 1 }), { minLength: 1, maxLength: 3 }).map((at) => [...at].sort((a, b) => a - b));
const piecesAt = (key: string, at: readonly number[]) => [0, ...at].map((start, i) => key.slice(start, at[i] ?? key.length));
const encodeAt = (key: string, at: readonly number[], encode: (c: string) => string) => [...key].map((c, i) => (at.includes(i) ? encode(c) : c)).join("");
const hex = (c: string) => c.charCodeAt(0).toString(16).padStart(2, "0");

/**
 * One of the test keys, hidden as an attacker or a careless copy would: invisible characters inside it,
 * some characters percent-encoded (once or twice) or written as escapes, split across the literals of one
 * expression (`join`, `format`, a join on the underscores), or base64 after a prefix.
 */
export const hiddenKey: fc.Arbitrary<HiddenKey> = fc.constantFrom(KEY, KEY_2, ADMIN_KEY).chain((key) =>
  fc.oneof(
    fc.tuple(cuts(key), fc.array(invisibleChar, { minLength: 3, maxLength: 3 })).map(([at, chars]) => ({
      hidden: piecesAt(key, at).reduce((text, piece, i) => `${text}${i > 0 ? chars[i - 1] : ""}${piece}`, ""),
      disguise: "invisible",
    })),
    fc
      .tuple(cuts(key), fc.boolean())
      .map(([at, twice]) => ({ hidden: encodeAt(key, at, (c) => (twice ? `%25${hex(c)}` : `%${hex(c).toUpperCase()}`)), disguise: "percent" })),
    cuts(key).map((at) => ({ hidden: encodeAt(key, at, (c) => `\\u00${hex(c)}`), disguise: "escape" })),
    cuts(key).map((at) => ({
      hidden: `\${join("", [${piecesAt(key, at)
        .map((p) => JSON.stringify(p))
        .join(", ")}])}`,
      disguise: "join",
    })),
    cuts(key).map((at) => ({
      hidden: `\${format("${"%s".repeat(at.length + 1)}", ${piecesAt(key, at)
        .map((p) => JSON.stringify(p))
        .join(", ")})}`,
      disguise: "format",
    })),
    fc.constant({
      hidden: `\${join("_", [${key
        .split("_")
        .map((p) => JSON.stringify(p))
        .join(", ")}])}`,
      disguise: "join-underscores",
    }),
    fc
      .tuple(fc.constantFrom("", "x", "ab"), fc.constantFrom<BufferEncoding>("base64", "base64url"))
      .map(([prefix, encoding]) => ({ hidden: Buffer.from(`${prefix}${key}`).toString(encoding), disguise: "base64" })),
  ),
);

/** Names that exist on every object's prototype: as props, overrides, options, they are unknown names like any other. */
export const prototypeName = fc.constantFrom(
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "__defineGetter__",
  "__lookupSetter__",
);

/** A hidden key inside a name or notes. */
const hiddenInText = hiddenKey.map((h) => ({ hidden: `Cartesia ${h.hidden}`, disguise: h.disguise }));
/**
 * A text prop as a token: of a plain name (fine), or of a hidden key (refused at synth). The plain names
 * hold no template sequence: what a token resolves to is written as it is, and only keys are checked in it.
 */
const tokenText = (plain: fc.Arbitrary<string>) =>
  fc
    .oneof(
      plain.filter((text) => !hasTemplate(text)),
      hiddenInText,
    )
    .map((tokenOf): TokenText => ({ tokenOf }));

/** A random edit of a known id: the near misses a typo makes. */
const nearMiss = fc
  .tuple(
    fc.constantFrom(...SNAPSHOTS, ...ALIASES, ...SUNSET),
    fc.nat(),
    fc.constantFrom("delete", "insert", "replace", "swap", "upper", "space"),
    fc.constantFrom("a", "-", "0", "9", ".", "s"),
  )
  .map(([id, at, edit, c]) => {
    const i = at % id.length;
    switch (edit) {
      case "delete":
        return id.slice(0, i) + id.slice(i + 1);
      case "insert":
        return id.slice(0, i) + c + id.slice(i);
      case "replace":
        return id.slice(0, i) + c + id.slice(i + 1);
      case "swap":
        return i + 1 < id.length ? id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2) : id;
      case "upper":
        return id.slice(0, i) + id[i].toUpperCase() + id.slice(i + 1);
      default:
        return ` ${id}`;
    }
  });

const day = fc
  .date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const wellFormedSnapshot = fc
  .tuple(fc.option(fc.stringMatching(/^[a-z0-9]{1,5}(\.[0-9]{1,2})?$/), { nil: undefined }), day)
  .map(([version, date]) => (version === undefined ? `sonic-${date}` : `sonic-${version}-${date}`));

const modelRecipe: fc.Arbitrary<ModelRecipe> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...SNAPSHOTS).map((id) => ({ kind: "snapshot" as const, id })) },
  { weight: 6, arbitrary: fc.constantFrom(...ALIASES).map((id) => ({ kind: "alias" as const, id })) },
  { weight: 8, arbitrary: wellFormedSnapshot.map((id) => ({ kind: "snapshot" as const, id })) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom("snapshot" as const, "alias" as const), nearMiss).map(([kind, id]) => ({ kind, id })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("snapshot" as const, "alias" as const), fc.constantFrom(...SUNSET)).map(([kind, id]) => ({ kind, id })) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom("snapshot" as const, "alias" as const), fc.oneof(hostileText(30), junk)).map(([kind, id]) => ({ kind, id })),
  },
  { weight: 1, arbitrary: fc.oneof(fc.constantFrom(...SNAPSHOTS), junk, fc.constant(undefined)).map((value) => ({ kind: "plain" as const, value })) },
);

const anyEncoding = fc.constantFrom<unknown>("pcm_f32le", "pcm_s16le", "pcm_mulaw", "pcm_alaw", undefined, "pcm_u8", "PCM_S16LE", "mp3", 16);
const anySampleRate = fc.oneof(
  fc.constantFrom<unknown>(8000, 16000, 22050, 24000, 44100, 48000),
  fc.constantFrom<unknown>(undefined, NaN, -8000, 8000.5, 0, 8, 7999, Infinity, "8000", 11025, 96000),
  fc.integer({ min: -100000, max: 100000 }),
);
const anyBitRate = fc.constantFrom<unknown>(32000, 64000, 96000, 128000, 192000, undefined, 128, 0, -64000, 64000.5, NaN, "64000", 320000);
const validOptions = (container: Container) => {
  const rule = MATRIX[container];
  return fc.record({
    encoding: rule.encoding ? fc.constantFrom<unknown>(...rule.encoding) : fc.constant(undefined),
    sampleRate: fc.constantFrom<unknown>(...rule.sampleRate),
    bitRate: rule.bitRate ? fc.constantFrom<unknown>(...rule.bitRate) : fc.constant(undefined),
  });
};
const container = fc.constantFrom<Container>("raw", "wav", "mp3");
const formatRecipe: fc.Arbitrary<FormatRecipe> = fc.oneof(
  { weight: 24, arbitrary: container.chain((c) => validOptions(c).map((options) => ({ factory: c, options }))) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(container, fc.record({ encoding: anyEncoding, sampleRate: anySampleRate, bitRate: anyBitRate }))
      .map(([factory, options]) => ({ factory, options })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(container, fc.oneof(fc.constantFrom("sample_rate", "bit_rate", "Encoding", "voice"), prototypeName))
      .chain(([c, stray]) => validOptions(c).map((options) => ({ factory: c, options: { ...options, [stray]: 8000 } }))),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(container, fc.oneof(junk, fc.constantFrom<unknown>("pcm_s16le", null, undefined))).map(([factory, options]) => ({ factory, options })),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(junk, fc.constant<unknown>({ container: "raw", encoding: "pcm_s16le", sample_rate: 8000 }))
      .map((value) => ({ factory: "plain" as const, value })),
  },
);

const variableId = fc
  .stringMatching(/^[a-z_][a-z0-9_-]{0,15}$/)
  .filter((id) => ![CONNECTOR_ID, NAME_VARIABLE, "genesyscloud", "org_b", "other_provider"].includes(id) && !keyLike(id));
const keyRecipe: fc.Arbitrary<KeyRecipe> = fc.oneof(
  { weight: 18, arbitrary: variableId.map((id) => ({ source: "variable" as const, id })) },
  { weight: 6, arbitrary: fc.constant({ source: "variable-token" as const }) },
  { weight: 6, arbitrary: fc.constant({ source: "remote-state" as const }) },
  { weight: 6, arbitrary: fc.uuid().map((id) => ({ source: "existing" as const, id })) },
  { weight: 3, arbitrary: fc.constant({ source: "existing-data" as const }) },
  {
    weight: 1,
    arbitrary: fc
      .oneof(fc.constantFrom<unknown>("", "1key", "cartesia api key", KEY, "genesyscloud", NAME_VARIABLE, "org_b", 42, "key.name"), hostileText(20))
      .filter((id) => id !== CONNECTOR_ID)
      .map((id) => ({ source: "variable" as const, id })),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(fc.constantFrom<unknown>("", "  ", KEY, ADMIN_KEY, "cred-${var.x}", "cred id"), hostileText(20), junk)
      .map((id) => ({ source: "existing" as const, id })),
  },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        fc.constantFrom<unknown>("", KEY, KEY_2, ADMIN_KEY, `\${"${KEY}"}`, `\${trimspace("${ADMIN_KEY}")}`, "${var.a}${var.b}", undefined, 7),
        hostileText(40),
      )
      .filter((text) => !(typeof text === "string" && wholeExpression(text) && !keyLike(text)))
      .map((text) => ({ source: "token" as const, text })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<unknown>(KEY, ADMIN_KEY, "${var.cartesia_api_key}", 42, undefined, null, {})
      .map((value) => ({ source: "plain" as const, value })),
  },
  {
    weight: 2,
    arbitrary: fc.oneof(hiddenKey, fc.constantFrom(`\${var.${NAME_VARIABLE}}`, "plain-literal")).map((text) => ({ source: "lazy" as const, text })),
  },
  { weight: 1, arbitrary: hiddenKey.map((id) => ({ source: "variable" as const, id })) },
  { weight: 1, arbitrary: hiddenKey.map((id) => ({ source: "existing" as const, id })) },
  { weight: 1, arbitrary: hiddenKey.map((text) => ({ source: "token" as const, text })) },
);

/**
 * An optional prop: left out, or a good value, or (one time in `badIn`) a spoiled or junk one. Few
 * spoils per prop keep about half of the generated sets valid, so both outcomes are well exercised.
 */
const optional = (good: fc.Arbitrary<unknown>, bad: fc.Arbitrary<unknown>, badIn = 25) =>
  fc.oneof(
    { weight: Math.ceil(badIn / 2), arbitrary: fc.constant(undefined) },
    { weight: Math.floor(badIn / 2) - 1, arbitrary: good },
    { weight: 1, arbitrary: bad },
  );
const asciiName = noStrayReference(fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 60 }));

/** Generated prop sets: every prop from good values most of the time, spoiled now and then. */
export const propsRecipe: fc.Arbitrary<PropsRecipe> = fc
  .record(
    {
      apiKey: keyRecipe,
      model: modelRecipe,
      outputFormat: fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: formatRecipe }),
      cartesiaVersion: optional(
        fc.oneof(fc.constantFrom("2024-06-10", "2024-11-13", "2025-04-16", "2026-03-01", "2026-08-14"), day),
        fc.oneof(fc.constantFrom<unknown>("2026-3-1", "2026-02-30", "v2026-03-01", "", 20260301, null), hostileText(12)),
      ),
      integrationName: optional(
        fc.oneof({ weight: 9, arbitrary: asciiName }, { weight: 1, arbitrary: tokenText(asciiName) }),
        fc.oneof(hostileText(200), junk, hiddenInText, tokenText(asciiName)),
        8,
      ),
      credentialName: optional(
        fc.oneof({ weight: 9, arbitrary: asciiName }, { weight: 1, arbitrary: tokenText(asciiName) }),
        fc.oneof(hostileText(200), junk, hiddenInText, tokenText(asciiName)),
      ),
      enabled: optional(fc.boolean(), fc.constantFrom<unknown>("false", 0, 1, null)),
      pciCompliant: optional(fc.boolean(), fc.constantFrom<unknown>("true", 1, null)),
      configMode: optional(fc.constantFrom<unknown>("standalone", "embedded"), fc.constantFrom<unknown>("STANDALONE", "hybrid", null, 1)),
      language: optional(fc.stringMatching(/^[a-z]{2}$/), fc.constantFrom<unknown>("EN", "eng", "en-US", "", KEY, null)),
      generationConfig: optional(
        fc.record(
          {
            speed: fc.double({ min: 0.6, max: 1.5, noNaN: true }),
            volume: fc.double({ min: 0.5, max: 2, noNaN: true }),
            emotion: fc.constantFrom("calm", "neutral", "whispering").map((of) => ({ of })),
          },
          { requiredKeys: [] },
        ),
        fc.constantFrom<unknown>(
          { speed: 1.51 },
          { volume: 0.49 },
          { speed: "fast" },
          { emotion: "calm" },
          { emotion: { of: "Calm!" } },
          { pitch: 1 },
          "calm",
          1.2,
          [],
        ),
      ),
      notes: optional(
        noStrayReference(fc.string({ unit: "grapheme-ascii", maxLength: 200 }).map((s) => s.replace(/;/g, "\n"))),
        fc.oneof(hostileText(1000), junk, hiddenInText, tokenText(asciiName)),
        8,
      ),
      provider: optional(
        fc.constant<ProviderRecipe>("aliased"),
        fc.constantFrom<ProviderRecipe>("other-type", { plain: "genesyscloud" }, { plain: 1 }, { plain: null }),
      ),
      apiBaseUrl: optional(
        fc.constantFrom<unknown>(
          "https://api.cartesia.ai",
          "https://api.cartesia.ai/",
          "https://proxy.example.com/cartesia",
          "http://localhost:8080",
          "http://127.0.0.1:9000/",
        ),
        fc.oneof(
          hiddenKey.map((h): HiddenKey => ({ hidden: `https://proxy.example.com/${h.hidden}`, disguise: h.disguise })),
          fc.constantFrom<unknown>(
            "http://api.cartesia.ai",
            "ftp://api.cartesia.ai",
            "https://api.cartesia.ai?x=1",
            "https://api.cartesia.ai#top",
            "https://user:pw@proxy.example.com",
            "https://api.cartesia.ai/tts/bytes",
            "https://api.cartesia.ai\n",
            `https://proxy.example.com/${KEY}`,
            "https://proxy.example.com/${var.p}",
            "api.cartesia.ai",
            "",
            null,
            new URL("https://api.cartesia.ai"),
          ),
        ),
      ),
      connectorType: optional(
        fc.constantFrom<unknown>(
          { integrationType: "genesys-tts-connector" },
          { credentialSlot: "basicAuth", credentialType: "userDefined" },
          { propertyKeys: { pciCompliant: "isPciCompliant" } },
        ),
        fc.oneof(
          fc.constantFrom<unknown>(
            { propertyKeys: { voicesUri: "ttsConnectorSynthesizeURI" } },
            { integrationType: "" },
            { integrationTyp: "x" },
            { propertyKeys: "x" },
            { integrationType: " padded " },
            { integrationType: "tts-${var.x}" },
            "genesys-tts-connector",
            null,
          ),
          fc.tuple(fc.constantFrom("integrationType", "credentialSlot", "credentialType"), hiddenKey).map(([field, hidden]) => ({ [field]: hidden })),
          // Computed keys are own properties, `__proto__` too.
          prototypeName.map((name) => ({ [name]: "x" })),
          prototypeName.map((name) => ({ propertyKeys: { [name]: "x" } })),
        ),
      ),
      importExisting: optional(
        fc.oneof(
          fc.uuid().map((integrationId) => ({ integrationId })),
          fc.tuple(fc.uuid(), fc.uuid()).map(([integrationId, credentialId]) => ({ integrationId, credentialId })),
        ),
        fc.constantFrom<unknown>(
          "3a1f5c2e-7b4d-4e8a-9f10-2c6d8e0b1a57",
          { integrationId: "Genesys TTS Connector: Cartesia" },
          { integrationId: "3a1f5c2e7b4d4e8a9f102c6d8e0b1a57" },
          { integrationId: "${var.name}" },
          { integrationId: KEY },
          { integrationID: "3a1f5c2e-7b4d-4e8a-9f10-2c6d8e0b1a57" },
          { integrationId: "3a1f5c2e-7b4d-4e8a-9f10-2c6d8e0b1a57", credentialId: "Cartesia credential" },
          {},
          null,
        ),
      ),
      extra: fc.oneof(
        { weight: 40, arbitrary: fc.constant(undefined) },
        {
          weight: 1,
          arbitrary: fc.tuple(
            fc.oneof(fc.constantFrom("output_format", "model_id", "apikey", "Language", "voice", "sampleRate"), prototypeName),
            fc.constantFrom<unknown>("x", 8000, true),
          ),
        },
      ),
    },
    { requiredKeys: ["apiKey", "model"] },
  )
  .map((recipe) => Object.fromEntries(Object.entries(recipe).filter(([, v]) => v !== undefined)) as unknown as PropsRecipe);

// ---- from recipe to props ----

/** A provider that is not Genesys Cloud's. */
export class OtherProvider extends TerraformProvider {
  constructor(scope: Construct, id: string) {
    super(scope, id, { terraformResourceType: "null", terraformProviderSource: "hashicorp/null" });
  }
}

/** The key source a recipe names, created in `stack`. */
export function materializeKey(recipe: KeyRecipe, stack: TerraformStack): unknown {
  switch (recipe.source) {
    case "variable":
      return CartesiaApiKey.fromVariable(stack, unwrap(recipe.id) as string);
    case "variable-token": {
      const variable = new TerraformVariable(stack, "rotated_key", { type: "string", sensitive: true });
      return CartesiaApiKey.fromToken(variable.stringValue);
    }
    case "remote-state":
      return CartesiaApiKey.fromToken(new DataTerraformRemoteStateLocal(stack, "key_store", { path: "../secrets.tfstate" }).getString("cartesia_api_key"));
    case "existing":
      return CartesiaApiKey.fromExistingCredential(unwrap(recipe.id) as string);
    case "existing-data":
      return CartesiaApiKey.fromExistingCredential(
        new dataGenesyscloudIntegrationCredential.DataGenesyscloudIntegrationCredential(stack, "existing_credential", { name: "Cartesia credential" }).id,
      );
    case "token":
      return CartesiaApiKey.fromToken(unwrap(recipe.text) as string);
    case "lazy": {
      const text = unwrap(recipe.text) as string;
      return CartesiaApiKey.fromToken(Lazy.stringValue({ produce: () => text }));
    }
    default:
      return recipe.value;
  }
}

/** What a recipe value stands for: a hidden key's string, a Lazy for a token text, an object's own values unwrapped in turn. */
export function unwrap(value: unknown): unknown {
  if (isHiddenKey(value)) return value.hidden;
  if (isTokenText(value)) {
    const text = unwrap(value.tokenOf) as string;
    return Lazy.stringValue({ produce: () => text });
  }
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    // fromEntries keeps every own key own, `__proto__` included.
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, unwrap(item)]));
  }
  return value;
}

/**
 * The props a recipe describes, with whatever they reference created in `stack`: first the providers
 * it names, then the key source, so a variable id that clashes with one meets it.
 */
export function materialize(recipe: PropsRecipe, stack: TerraformStack): CartesiaTtsConnectorProps {
  new TerraformVariable(stack, NAME_VARIABLE, { type: "string" });
  const props: Record<string, unknown> = {};
  const provider = recipe.provider;
  if (provider !== undefined) {
    props.provider =
      provider === "aliased"
        ? new GenesyscloudProvider(stack, "org_b", { alias: "org_b" })
        : provider === "other-type"
          ? new OtherProvider(stack, "other_provider")
          : provider.plain;
  }
  props.apiKey = materializeKey(recipe.apiKey, stack);
  const model = recipe.model;
  props.model =
    model.kind === "plain" ? model.value : model.kind === "snapshot" ? CartesiaModel.snapshot(model.id as string) : CartesiaModel.alias(model.id as string);
  const format = recipe.outputFormat;
  if (format !== undefined) props.outputFormat = format.factory === "plain" ? format.value : OutputFormat[format.factory](format.options as never);
  for (const [name, value] of Object.entries(recipe)) {
    if (name === "extra") {
      const [key, extra] = value as readonly [string, unknown];
      // Defined, not assigned: assigning `__proto__` would set the prototype instead of adding a prop.
      Object.defineProperty(props, key, { value: extra, enumerable: true, writable: true, configurable: true });
    } else if (!["provider", "apiKey", "model", "outputFormat"].includes(name)) props[name] = unwrap(value);
  }
  const generation = recipe.generationConfig as { emotion?: unknown } | undefined;
  if (generation !== null && typeof generation === "object" && typeof generation.emotion === "object" && generation.emotion !== null) {
    props.generationConfig = { ...generation, emotion: Emotion.of((generation.emotion as { of: string }).of) };
  }
  return props as unknown as CartesiaTtsConnectorProps;
}

// ---- the oracle ----

/** Whether the recipe's key source is a bad argument of `fromVariable` itself (it throws before the connector exists). */
export function badVariableId(recipe: PropsRecipe): boolean {
  const key = recipe.apiKey;
  if (key.source !== "variable") return false;
  const id = key.id;
  const taken = [
    "genesyscloud",
    NAME_VARIABLE,
    ...(recipe.provider === "aliased" ? ["org_b"] : []),
    ...(recipe.provider === "other-type" ? ["other_provider"] : []),
  ];
  // Terraform reserves these for module blocks and refuses a variable so named (found with real terraform).
  const reserved = ["_", "count", "depends_on", "for_each", "lifecycle", "locals", "provider", "providers", "source", "version"];
  return isHiddenKey(id) || typeof id !== "string" || !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(id) || keyLike(id) || taken.includes(id) || reserved.includes(id);
}

function keyOk(key: KeyRecipe): boolean {
  switch (key.source) {
    case "variable":
    case "variable-token":
    case "remote-state":
    case "existing-data":
      return true;
    case "existing": {
      const id = key.id;
      if (isHiddenKey(id)) return false;
      if (typeof id !== "string" || id.trim() === "" || keyLike(id)) return false;
      return wholeExpression(id) || (!/\s/.test(id) && !hasInvisible(id) && !hasTemplate(id));
    }
    case "token":
      return typeof key.text === "string" && wholeExpression(key.text) && !keyLike(key.text);
    case "lazy":
      return true; // a token: what it produces shows at synth
    default:
      return false;
  }
}

function modelOk(model: ModelRecipe): boolean {
  if (model.kind === "plain") return false;
  const id = model.id;
  // The factory does not matter: an id of either form is accepted unless Cartesia sunsetted it.
  if (typeof id !== "string" || SUNSET.includes(id)) return false;
  return isAlias(id) || isSnapshot(id);
}

function formatOk(format: FormatRecipe | undefined): boolean {
  if (format === undefined) return true;
  if (format.factory === "plain") return false;
  const options = format.options;
  if (options === null || typeof options !== "object" || Array.isArray(options)) return false;
  const given = options as Record<string, unknown>;
  if (Object.keys(given).some((k) => !["encoding", "sampleRate", "bitRate"].includes(k) && given[k] !== undefined)) return false;
  const rule = MATRIX[format.factory];
  const allowed = (values: readonly unknown[] | undefined, value: unknown) => (values === undefined ? value === undefined : values.includes(value));
  return allowed(rule.encoding, given.encoding) && allowed(rule.sampleRate, given.sampleRate) && allowed(rule.bitRate, given.bitRate);
}

function baseUrlOk(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (isHiddenKey(value)) return false;
  if (typeof value !== "string" || keyLike(value) || /\s/.test(value) || hasTemplate(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  const scheme = url.protocol === "https:" || (url.protocol === "http:" && local);
  return scheme && !url.search && !url.hash && !url.username && !url.password && !/\/(tts\/bytes|voices\/export)\/*$/.test(url.pathname);
}

function connectorTypeOk(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== "object" || Array.isArray(value)) return false;
  const text = (v: unknown) => !isHiddenKey(v) && typeof v === "string" && v.trim() === v && v !== "" && !hasInvisible(v) && !hasTemplate(v);
  const defaults: Record<string, string> = {
    synthesizeUri: "ttsConnectorSynthesizeURI",
    voicesUri: "ttsConnectorVoicesURI",
    synthesizeMethod: "ttsConnectorSynthesizeMethod",
    voicesAttribute: "voicesAttribute",
    voiceNameAttribute: "voiceNameAttribute",
    voiceIdAttribute: "voiceIdAttribute",
    voiceLanguageAttribute: "voiceLanguageAttribute",
    voiceGenderAttribute: "voiceGenderAttribute",
    pciCompliant: "isPciCompliant",
  };
  for (const [key, v] of Object.entries(value)) {
    if (key === "propertyKeys") {
      if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
      for (const [name, k] of Object.entries(v)) if (!Object.hasOwn(defaults, name) || !text(k)) return false;
      const keys = Object.values({ ...defaults, ...v });
      if (new Set(keys).size !== keys.length) return false;
    } else if (!["integrationType", "credentialSlot", "credentialType"].includes(key) || !text(v)) return false;
  }
  return true;
}

/** Cartesia's ranges (speed 0.6 to 1.5, volume 0.5 to 2.0), an Emotion of lower-case letters, no other field. */
function generationConfigOk(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== "object" || Array.isArray(value)) return false;
  const given = value as Record<string, unknown>;
  if (Object.keys(given).some((k) => !["speed", "volume", "emotion"].includes(k) && given[k] !== undefined)) return false;
  const within = (v: unknown, min: number, max: number) => v === undefined || (typeof v === "number" && v >= min && v <= max);
  const emotion = given.emotion as { of?: unknown } | undefined;
  const emotionOk = emotion === undefined || (typeof emotion === "object" && typeof emotion.of === "string" && /^[a-z_]+$/.test(emotion.of));
  return within(given.speed, 0.6, 1.5) && within(given.volume, 0.5, 2) && emotionOk;
}

/** Genesys ids are UUIDs, given literally; a credential id needs a credential the connector creates. */
function importExistingOk(value: unknown, key: KeyRecipe): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== "object" || Array.isArray(value)) return false;
  const given = value as Record<string, unknown>;
  const uuid = (v: unknown) => typeof v === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
  if (Object.keys(given).some((k) => !["integrationId", "credentialId"].includes(k) && given[k] !== undefined)) return false;
  if (!uuid(given.integrationId)) return false;
  const credentialId = given.credentialId ?? undefined;
  if (credentialId === undefined) return true;
  return uuid(credentialId) && key.source !== "existing" && key.source !== "existing-data";
}

/**
 * The props the rules say must be refused, by name (`outputFormat` for any of its fields; an unknown
 * prop by its own name). Empty means the props must synthesize.
 */
export function expectedProblemProps(recipe: PropsRecipe): string[] {
  const bad: string[] = [];
  const flag = (prop: string, ok: boolean) => {
    if (!ok) bad.push(prop);
  };
  if (recipe.extra) flag(recipe.extra[0], false);
  flag("apiKey", keyOk(recipe.apiKey));
  flag("model", modelOk(recipe.model));
  flag("outputFormat", formatOk(recipe.outputFormat));
  const version = recipe.cartesiaVersion;
  flag("cartesiaVersion", version === undefined || version === null || (typeof version === "string" && isRealDay(version)));
  flag("integrationName", literalTextOk(recipe.integrationName, 200, true));
  flag("credentialName", literalTextOk(recipe.credentialName, 200, true));
  flag("notes", literalTextOk(recipe.notes, 1000, false, true));
  const boolOk = (v: unknown) => v === undefined || v === null || typeof v === "boolean";
  flag("enabled", boolOk(recipe.enabled));
  flag("pciCompliant", boolOk(recipe.pciCompliant));
  flag("configMode", [undefined, null, "standalone", "embedded"].includes(recipe.configMode as string));
  const language = recipe.language;
  const model = recipe.model;
  const dropped = model.kind !== "plain" && typeof model.id === "string" && typeof language === "string" && DROPPED.get(model.id)?.includes(language);
  flag("language", language === undefined || language === null || (typeof language === "string" && /^[a-z]{2}$/.test(language) && !dropped));
  const provider = recipe.provider;
  flag("provider", provider === undefined || provider === "aliased" || (typeof provider === "object" && provider.plain === null));
  flag("apiBaseUrl", baseUrlOk(recipe.apiBaseUrl));
  flag("connectorType", connectorTypeOk(recipe.connectorType));
  flag("importExisting", importExistingOk(recipe.importExisting, recipe.apiKey));
  flag("generationConfig", generationConfigOk(recipe.generationConfig));
  return bad.sort();
}

/**
 * The props the rules say are refused at synth, once tokens resolve: a text prop given as a token of a
 * hidden key, a key token whose Lazy produces a hidden key or a literal. Only meaningful when
 * `expectedProblemProps` is empty (nothing is refused when the connector is created).
 */
export function expectedSynthProblemProps(recipe: PropsRecipe): string[] {
  const bad: string[] = [];
  for (const prop of ["integrationName", "credentialName", "notes"] as const) {
    const value = recipe[prop];
    // The credential is not created with an existing one, so its name is never written.
    const written = prop !== "credentialName" || (recipe.apiKey.source !== "existing" && recipe.apiKey.source !== "existing-data");
    if (written && isTokenText(value) && isHiddenKey(value.tokenOf)) bad.push(prop);
  }
  const key = recipe.apiKey;
  if (key.source === "lazy" && (isHiddenKey(key.text) || !key.text.includes("${"))) bad.push("apiKey");
  return bad.sort();
}

/** The prop a problem message is about: `outputFormat.sampleRate: ...` -> `outputFormat`. */
export function problemProp(problem: string): string {
  return problem.slice(0, problem.indexOf(":")).split(".")[0];
}

/** Every prop name a problem may start with. */
export const KNOWN_PROBLEM_PROPS = [...RECIPE_PROPS, "props"];
