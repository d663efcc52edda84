// Each rule of lib/private/rules/ in cdk-nag's shape: the file is named after the rule, exports it, and is a
// pure function from its input to a verdict. Every rule has here one input that breaks it (with the exact
// verdict) and one that keeps it (no errors, no warnings); a rule file without its pair fails the last test.
import * as fs from "node:fs";
import * as path from "node:path";
import { type TerraformStack, TerraformVariable, type TerraformVariableConfig } from "cdktf";
import { CartesiaApiKey, CartesiaModel, GenesyscloudProvider, OutputFormat } from "../../lib";
import { DEFAULT_CARTESIA_VERSION, KNOWN_CARTESIA_VERSIONS } from "../../lib/connector-config";
import { EXAMPLE_GENESYS_ID } from "../../lib/private/genesys-id";
import { MODEL_CATALOG, RECOMMENDED_MODEL } from "../../lib/private/model-catalog";
import { AS_READ } from "../../lib/private/model-id";
import { NO_PROBLEMS, type Verdict } from "../../lib/private/verdict";
import { ENGINE as LIB_ENGINE_NAME } from "../../lib/private/engine";
import { foreignStack } from "../support/engine";
import { newStack } from "../support/helpers";

const RULES_DIR = path.join(__dirname, "..", "..", "lib", "private", "rules");
const UUID = "3a1f5c2e-7b4d-4e8a-9f10-2c6d8e0b1a57";
const KEY = CartesiaApiKey.fromToken("${var.cartesia_api_key}");
const SUNSETTED = MODEL_CATALOG.find((m) => m.status.kind === "sunsetted")!;
const PARTLY = MODEL_CATALOG.find((m) => m.status.kind === "partly-sunsetted")!;
const DROPPED = (PARTLY.status as { dropped: readonly string[]; since: string }).dropped[0];

/** A rule's module, loaded by its file name. */
function rule(file: string): (...args: never[]) => Verdict {
  const exports = require(path.join(RULES_DIR, `${file}.ts`)) as Record<string, unknown>;
  return exports[camelCase(file)] as (...args: never[]) => Verdict;
}

function camelCase(file: string): string {
  return file.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

type Call = (r: (...args: never[]) => Verdict) => Verdict;
const call =
  (...args: unknown[]): Call =>
  (r) =>
    (r as (...a: unknown[]) => Verdict)(...args);

/** A stack declaring variable `k` with the given config. */
function stackWithVariable(config: TerraformVariableConfig): TerraformStack {
  const stack = newStack();
  new TerraformVariable(stack, "k", config);
  return stack;
}

const LIB_ENGINE = LIB_ENGINE_NAME;
const OTHER = LIB_ENGINE === "cdktf" ? "cdktn" : "cdktf";

/** Per rule file: the input that breaks it, its exact verdict, and an input that keeps it. */
const PAIRS: Record<string, { breaks: Call; verdict: Verdict; keeps: Call }> = {
  "api-base-url-is-valid": {
    breaks: call("http://api.example.com"),
    verdict: {
      errors: [
        'apiBaseUrl: got "http://api.example.com"; expected an https URL such as "https://api.cartesia.ai" (http only for localhost), without credentials, a query or a fragment.',
      ],
      warnings: [],
    },
    keeps: call("https://proxy.example.com/cartesia"),
  },
  "api-key-is-a-reference": {
    breaks: call(42),
    verdict: { errors: ["apiKey: got 42; expected a CartesiaApiKey from CartesiaApiKey.fromVariable, fromToken or fromExistingCredential."], warnings: [] },
    keeps: call(KEY),
  },
  "cartesia-version-is-known": {
    breaks: call("2026-02-30"),
    verdict: { errors: [`cartesiaVersion: got "2026-02-30"; expected a date YYYY-MM-DD such as "${DEFAULT_CARTESIA_VERSION}".`], warnings: [] },
    keeps: call(KNOWN_CARTESIA_VERSIONS[0]),
  },
  "connector-type-is-valid": {
    breaks: call({ credentialSlot: "" }),
    verdict: { errors: ['connectorType.credentialSlot: got ""; expected a non-empty string without control characters or surrounding spaces.'], warnings: [] },
    keeps: call({ credentialSlot: "basicAuth" }),
  },
  "credential-name-is-valid": {
    breaks: call(newStack(), " ", undefined),
    verdict: {
      errors: [
        'name: got " ", an empty name; expected the name of a User Defined credential in Genesys Cloud, as given to `cartesia-genesys credential put --name`, such as "Cartesia TTS key".',
      ],
      warnings: [],
    },
    keeps: call(newStack(), "Cartesia TTS key", undefined),
  },
  "import-existing-is-valid": {
    breaks: call({ integrationId: "Genesys TTS Connector: Cartesia" }, KEY),
    verdict: {
      errors: [
        `importExisting.integrationId: got "Genesys TTS Connector: Cartesia", which is not a Genesys integration id; expected a UUID such as ${EXAMPLE_GENESYS_ID}. cartesia-genesys adopt lists the organization's connectors with their ids.`,
      ],
      warnings: [],
    },
    keeps: call({ integrationId: UUID, credentialId: UUID }, KEY),
  },
  "key-reference-is-safe": {
    breaks: call("${var.k}", stackWithVariable({ default: "dev" }), (v: unknown) => v),
    verdict: {
      errors: [
        'apiKey: the token refers to variable k, whose default (…(masked, 3 characters)) is written into cdktf.out as it is. Remove the default and set TF_VAR_k at deploy time, or pass CartesiaApiKey.fromVariable(stack, "cartesia_api_key").',
      ],
      warnings: [],
    },
    keeps: call("${var.k}", stackWithVariable({ sensitive: true }), (v: unknown) => v),
  },
  "key-variable-is-valid": {
    breaks: call(newStack(), "count", undefined),
    verdict: {
      errors: [
        'id: got "count", a name terraform reserves (_, count, depends_on, for_each, lifecycle, locals, provider, providers, source, version); choose another, such as "cartesia_api_key".',
      ],
      warnings: [],
    },
    keeps: call(newStack(), "cartesia_api_key", undefined),
  },
  "model-is-served": {
    breaks: call(CartesiaModel.snapshot(SUNSETTED.id)),
    verdict: {
      errors: [
        `model: got "${SUNSETTED.id}", which Cartesia sunsetted on ${(SUNSETTED.status as { since: string }).since} (its requests fail with error_code model_sunsetted); use a current model such as "${RECOMMENDED_MODEL.id}" (${AS_READ}).`,
      ],
      warnings: [],
    },
    keeps: call(CartesiaModel.snapshot(RECOMMENDED_MODEL.id)),
  },
  "model-serves-language": {
    breaks: call(PARTLY.id, DROPPED),
    verdict: {
      errors: [
        `language: got "${DROPPED}", which Cartesia stopped serving with "${PARTLY.id}" on ${(PARTLY.status as { since: string }).since}; it still serves ${PARTLY.languages!.join(", ")}. For "${DROPPED}", use "${RECOMMENDED_MODEL.id}" (${AS_READ}).`,
      ],
      warnings: [],
    },
    keeps: call(RECOMMENDED_MODEL.id, "en"),
  },
  "output-format-is-supported": {
    breaks: call({ container: "raw", encoding: "pcm_s16le", sampleRate: 7000 }),
    verdict: { errors: ["outputFormat.sampleRate: got 7000; allowed for raw: 8000, 16000, 22050, 24000, 44100, 48000 (Hz)."], warnings: [] },
    keeps: call(OutputFormat.TELEPHONY.spec),
  },
  "provider-is-genesys": {
    breaks: call("genesyscloud"),
    verdict: { errors: ['provider: got "genesyscloud"; expected a GenesyscloudProvider (or another TerraformProvider).'], warnings: [] },
    keeps: call(new GenesyscloudProvider(newStack(), "genesys")),
  },
  "scope-is-of-this-engine": {
    breaks: call(foreignStack()),
    verdict: {
      errors: [
        `scope: its stack "foreign" is not a TerraformStack of the ${LIB_ENGINE} that ${LIB_ENGINE}-cartesia-genesys loads: the app runs another engine, or another copy of ${LIB_ENGINE}. In a ${OTHER} app, install ${OTHER}-cartesia-genesys and import from it (and remove ${LIB_ENGINE} if npm added it as a peer); else keep one copy of ${LIB_ENGINE} (npm ls ${LIB_ENGINE} lists them).`,
      ],
      warnings: [],
    },
    keeps: call(newStack()),
  },
  "text-is-plain": {
    breaks: call("notes", "ring\u0007", { required: false, maxLength: 1000 }),
    verdict: {
      errors: ['notes: got "ring\\u0007", which contains control character U+0007 at index 4; use printable text.'],
      warnings: [],
    },
    keeps: call("notes", "Owned by the voice team.", { required: false, maxLength: 1000 }),
  },
};

describe.each(Object.entries(PAIRS))("rule %s", (file, pair) => {
  test("breaks on its breaking input, with the exact verdict", () => {
    expect(pair.breaks(rule(file))).toEqual(pair.verdict);
  });
  test("keeps its keeping input", () => {
    expect(pair.keeps(rule(file))).toEqual(NO_PROBLEMS);
  });
});

test("every rule file exports its rule, named after the file, and has its pair here", () => {
  const files = fs
    .readdirSync(RULES_DIR)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => f.replace(/\.ts$/, ""))
    .sort();
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) expect([file, typeof rule(file)]).toEqual([file, "function"]);
  expect(Object.keys(PAIRS).sort()).toEqual(files);
});
