/**
 * A catalogue of key locations: every string the construct writes, each given a key (plainly, disguised,
 * or as a token that resolves to one), must be refused with its own exact message: at construction when
 * the value is literal, at synth once a token resolves. Nothing key-shaped may reach cdktf.out, and a
 * token that stays a reference all the way synthesizes. Every disguised sample is built at run time.
 */
import "../support/leak-guard";
import { DataTerraformRemoteStateLocal, Fn, Lazy, TerraformLocal, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import {
  CartesiaApiKey,
  CartesiaConnectorConfigError,
  CartesiaModel,
  CartesiaTtsConnector,
  type CartesiaTtsConnectorProps,
  GenesyscloudProvider,
} from "../../lib";
import { tempDir } from "../support/helpers";
import { findKeys, TEST_KEYS } from "../support/leak-guard";

const [KEY] = TEST_KEYS;
const OUTDIR = tempDir();
const MASKED = `sk_car_…(masked, ${KEY.length} characters)`;
const PASS_KEY = 'Pass the key with CartesiaApiKey.fromVariable(stack, "cartesia_api_key") and set TF_VAR_cartesia_api_key at deploy time';
const KEEP_OUT = `${PASS_KEY}, or keep the key out of cdktf.out altogether (a secret store read by a data source, a remote state output).`;
const NOT_SECRET = "names and notes are not secret and end up in plain text. Remove it.";
const ALIAS = "the alias is written into cdktf.out (the provider block and every resource that uses it). Choose another alias.";

// The disguises, each applied to the key at run time.
const zeroWidth = (text: string) => `${text.slice(0, 3)}\u200b${text.slice(3)}`;
const softHyphen = (text: string) => `${text.slice(0, 10)}\u00ad${text.slice(10)}`;
const percent = (text: string) => text.replace(/_/g, "%5F");
const escaped = (text: string) => text.replace(/_/g, "\\u005f");
const base64 = (text: string) => Buffer.from(text).toString("base64");
const joined = (text: string) => `\${join("", ["${text.slice(0, 7)}", "${text.slice(7)}"])}`;

interface Context {
  readonly stack: TerraformStack;
  readonly key: CartesiaApiKey;
}

/** A key in one location: how it is handed over, and the one problem it must give, at construction or at synth. */
interface KeyLocation {
  readonly location: string;
  /** Creates what is tried in the stack (a connector, a key variable). */
  readonly attempt: (ctx: Context) => unknown;
  /** Refused when created: the message's first line and the problem. */
  readonly atConstruction?: { readonly header: string; readonly problem: string };
  /** Refused at synth: `[path] problem`, as cdktf lists failed validations. */
  readonly atSynth?: string;
}

function context(): Context {
  const stack = new TerraformStack(Testing.app({ outdir: OUTDIR }), "keys");
  new GenesyscloudProvider(stack, "genesyscloud", {});
  return { stack, key: CartesiaApiKey.fromVariable(stack, "cartesia_api_key") };
}

const model = CartesiaModel.SONIC_3_2026_01_12;
const connector = (ctx: Context, props: Partial<CartesiaTtsConnectorProps>, id = "cartesia") =>
  new CartesiaTtsConnector(ctx.stack, id, { apiKey: ctx.key, model, ...props });
const invalid = (problem: string, path = "keys/cartesia", subject = "CartesiaTtsConnector") => ({ header: `Invalid ${subject} "${path}"`, problem });

const CATALOGUE: readonly KeyLocation[] = [
  // ---- literal strings the construct writes, each with a disguised key ----
  {
    location: "integrationName, behind a zero-width space",
    attempt: (c) => connector(c, { integrationName: `Cartesia ${zeroWidth(KEY)}` }),
    atConstruction: invalid(`integrationName: contains what looks like a Cartesia API key (${MASKED}, behind invisible characters); ${NOT_SECRET}`),
  },
  {
    location: "credentialName, percent-encoded",
    attempt: (c) => connector(c, { credentialName: percent(KEY) }),
    atConstruction: invalid(`credentialName: contains what looks like a Cartesia API key (${MASKED}, percent-encoded); ${NOT_SECRET}`),
  },
  {
    location: "notes, in escape sequences",
    attempt: (c) => connector(c, { notes: `rotate ${escaped(KEY)} soon` }),
    atConstruction: invalid(`notes: contains what looks like a Cartesia API key (${MASKED}, written with escape sequences); ${NOT_SECRET}`),
  },
  {
    location: "notes, split across a hand-written expression",
    attempt: (c) => connector(c, { notes: joined(KEY) }),
    atConstruction: invalid(`notes: contains what looks like a Cartesia API key (${MASKED}, split across an expression); ${NOT_SECRET}`),
  },
  {
    location: "apiBaseUrl, base64 in the path",
    attempt: (c) => connector(c, { apiBaseUrl: `https://proxy.example.com/${base64(KEY)}` }),
    atConstruction: invalid(
      `apiBaseUrl: contains what looks like a Cartesia API key (${MASKED}, base64-encoded); the URL is written in plain text. The key belongs in apiKey.`,
    ),
  },
  {
    location: "connectorType.integrationType",
    attempt: (c) => connector(c, { connectorType: { integrationType: KEY } }),
    atConstruction: invalid(
      `connectorType.integrationType: contains what looks like a Cartesia API key (${MASKED}); connector type facts are written in plain text into cdktf.out. Remove it.`,
    ),
  },
  {
    location: "connectorType.credentialSlot, behind a soft hyphen",
    attempt: (c) => connector(c, { connectorType: { credentialSlot: softHyphen(KEY) } }),
    atConstruction: invalid(
      `connectorType.credentialSlot: contains what looks like a Cartesia API key (${MASKED}, behind invisible characters); connector type facts are written in plain text into cdktf.out. Remove it.`,
    ),
  },
  {
    location: "connectorType.credentialType, percent-encoded",
    attempt: (c) => connector(c, { connectorType: { credentialType: percent(KEY) } }),
    atConstruction: invalid(
      `connectorType.credentialType: contains what looks like a Cartesia API key (${MASKED}, percent-encoded); connector type facts are written in plain text into cdktf.out. Remove it.`,
    ),
  },
  {
    location: "connectorType.propertyKeys.voicesUri",
    attempt: (c) => connector(c, { connectorType: { propertyKeys: { voicesUri: KEY } } }),
    atConstruction: invalid(
      `connectorType.propertyKeys.voicesUri: contains what looks like a Cartesia API key (${MASKED}); connector type facts are written in plain text into cdktf.out. Remove it.`,
    ),
  },
  {
    location: "a provider's alias",
    attempt: (c) => connector(c, { provider: new GenesyscloudProvider(c.stack, "org_b", { alias: KEY }) }),
    atConstruction: invalid(`provider: the alias of keys/org_b holds what looks like a Cartesia API key (${MASKED}); ${ALIAS}`),
  },
  {
    location: "the connector's construct id, percent-encoded",
    attempt: (c) => connector(c, {}, percent(KEY)),
    atConstruction: invalid(
      `id: the construct path holds what looks like a Cartesia API key (…(masked, ${percent(KEY).length + 5} characters), percent-encoded); construct ids are written into cdktf.out. Choose another id.`,
      // The error's last line of defence masks the path in its header, whole.
      `…(masked, ${"keys/".length + percent(KEY).length} characters)`,
    ),
  },
  {
    location: "the scope path a key variable is named from",
    attempt: (c) => CartesiaApiKey.fromVariable(new Construct(c.stack, zeroWidth(KEY)), "cartesia_api_key"),
    atConstruction: invalid(
      `scope: its path holds what looks like a Cartesia API key (${MASKED}, behind invisible characters); the variable is named after the path in cdktf.out. Declare the variable in a scope whose path holds no key.`,
      `…(masked, ${"keys/".length + KEY.length + 1} characters)`,
      "CartesiaApiKey.fromVariable",
    ),
  },
  {
    location: "a key variable's name, behind a soft hyphen",
    attempt: (c) => CartesiaApiKey.fromVariable(c.stack, softHyphen(KEY)),
    atConstruction: invalid(
      `id: got sk_car_…(masked, ${KEY.length + 1} characters); expected a Terraform variable name (a letter or underscore, then letters, digits, underscores or dashes), such as "cartesia_api_key". It looks like the key itself: the id becomes the variable's name in cdktf.out; the key is set at deploy time.`,
      "keys",
      "CartesiaApiKey.fromVariable",
    ),
  },
  {
    location: "a key variable's description, base64",
    attempt: (c) => CartesiaApiKey.fromVariable(c.stack, "second_key", { description: `was ${base64(KEY)}` }),
    atConstruction: invalid(
      `options.description: contains what looks like a Cartesia API key (${MASKED}, base64-encoded); the description is written into cdktf.out. Remove it.`,
      "keys",
      "CartesiaApiKey.fromVariable",
    ),
  },
  {
    location: "fromExistingCredential, behind a zero-width space",
    attempt: (c) => connector(c, { apiKey: CartesiaApiKey.fromExistingCredential(zeroWidth(KEY)) }),
    atConstruction: invalid(
      `apiKey: fromExistingCredential got …(masked, ${KEY.length + 1} characters), which looks like an API key, not a credential id; pass the credential's id.`,
    ),
  },
  {
    location: "fromToken, a hand-written join of two literals",
    attempt: (c) => connector(c, { apiKey: CartesiaApiKey.fromToken(joined(KEY)) }),
    atConstruction: invalid(
      `apiKey: fromToken got an expression that contains a literal key …(masked, ${joined(KEY).length} characters) (split across an expression); a key must never be written into cdktf.out. Instead, pass it with CartesiaApiKey.fromVariable(stack, "cartesia_api_key") and set TF_VAR_cartesia_api_key at deploy time, or pass a token (data source, remote state output).`,
    ),
  },

  // ---- tokens: checked once they resolve, at synth ----
  {
    location: "integrationName, a token that joins a key in",
    attempt: (c) => connector(c, { integrationName: Fn.join(" ", ["Cartesia", KEY]) }),
    atSynth: `[keys/cartesia] integrationName: the token resolves to text that holds what looks like a Cartesia API key (${MASKED}); ${NOT_SECRET}`,
  },
  {
    location: "credentialName, a Lazy that produces a percent-encoded key",
    attempt: (c) => connector(c, { credentialName: Lazy.stringValue({ produce: () => percent(KEY) }) }),
    atSynth: `[keys/cartesia] credentialName: the token resolves to text that holds what looks like a Cartesia API key (${MASKED}, percent-encoded); ${NOT_SECRET}`,
  },
  {
    location: "notes, a token of a zero-width-spaced key",
    attempt: (c) => connector(c, { notes: Fn.lower(zeroWidth(KEY)) }),
    atSynth: `[keys/cartesia] notes: the token resolves to text that holds what looks like a Cartesia API key (${MASKED}, behind invisible characters); ${NOT_SECRET}`,
  },
  {
    location: "a key variable's description, a token",
    attempt: (c) => CartesiaApiKey.fromVariable(c.stack, "second_key", { description: Fn.upper(KEY) }),
    atSynth: `[keys/second_key] options.description: the token resolves to text that holds what looks like a Cartesia API key (${MASKED}); the description is written into cdktf.out. Remove it.`,
  },
  {
    location: "a provider's alias, a token",
    attempt: (c) => connector(c, { provider: new GenesyscloudProvider(c.stack, "org_b", { alias: Lazy.stringValue({ produce: () => KEY }) }) }),
    atSynth: `[keys/cartesia] provider: the alias token resolves to text that holds what looks like a Cartesia API key (${MASKED}); ${ALIAS}`,
  },
  {
    location: "fromExistingCredential, a token",
    attempt: (c) => connector(c, { apiKey: CartesiaApiKey.fromExistingCredential(Fn.trimspace(KEY)) }),
    atSynth: `[keys/cartesia] apiKey: fromExistingCredential's token resolves to what looks like an API key (${MASKED}), not a credential id; pass the credential's id.`,
  },
  {
    location: "fromToken, base64decode of a literal",
    attempt: (c) => connector(c, { apiKey: CartesiaApiKey.fromToken(Fn.base64decode(base64(KEY))) }),
    atSynth: `[keys/cartesia] apiKey: the token resolves to text that holds a literal key (${MASKED}, base64-encoded), which would be written into cdktf.out. ${PASS_KEY}, or use a token that references it (data source, remote state output).`,
  },
  {
    location: "fromToken, a join with the underscores as separator",
    attempt: (c) => connector(c, { apiKey: CartesiaApiKey.fromToken(Fn.join("_", KEY.split("_"))) }),
    atSynth: `[keys/cartesia] apiKey: the token resolves to text that holds a literal key (…(masked, ${KEY.replace(/_/g, "").length} characters), split across an expression), which would be written into cdktf.out. ${PASS_KEY}, or use a token that references it (data source, remote state output).`,
  },
  {
    location: "fromToken, a Lazy that produces a literal that is no key",
    attempt: (c) => connector(c, { apiKey: CartesiaApiKey.fromToken(Lazy.stringValue({ produce: () => "hunter2hunter2" })) }),
    atSynth: `[keys/cartesia] apiKey: the token resolves to a literal (…(masked, 14 characters)), not a reference, and a literal is written into cdktf.out as it is; pass it with CartesiaApiKey.fromVariable(stack, "cartesia_api_key") and set TF_VAR_cartesia_api_key at deploy time, or pass a token (data source, remote state output).`,
  },
  {
    location: "fromToken of a sensitive variable with a default",
    attempt: (c) => {
      const variable = new TerraformVariable(c.stack, "legacy_key", { type: "string", sensitive: true, default: KEY });
      return connector(c, { apiKey: CartesiaApiKey.fromToken(variable.stringValue) });
    },
    atSynth: `[keys/cartesia] apiKey: the token refers to variable legacy_key, whose default (${MASKED}) is written into cdktf.out as it is. Remove the default and set TF_VAR_legacy_key at deploy time, or pass CartesiaApiKey.fromVariable(stack, "cartesia_api_key").`,
  },
  {
    location: "fromToken of a hand-written reference to a variable with a default",
    attempt: (c) => {
      new TerraformVariable(c.stack, "legacy_key", { type: "string", default: "placeholder" });
      return connector(c, { apiKey: CartesiaApiKey.fromToken("${var.legacy_key}") });
    },
    atSynth: `[keys/cartesia] apiKey: the token refers to variable legacy_key, whose default (…(masked, 11 characters)) is written into cdktf.out as it is. Remove the default and set TF_VAR_legacy_key at deploy time, or pass CartesiaApiKey.fromVariable(stack, "cartesia_api_key").`,
  },
  {
    location: "fromToken of a variable with a default, declared in a nested scope and renamed",
    attempt: (c) => {
      const variable = new TerraformVariable(new Construct(c.stack, "secrets"), "legacy_key", { type: "string", sensitive: true, default: KEY });
      variable.overrideLogicalId("vault_key");
      return connector(c, { apiKey: CartesiaApiKey.fromToken(variable.stringValue) });
    },
    atSynth: `[keys/cartesia] apiKey: the token refers to variable vault_key, whose default (${MASKED}) is written into cdktf.out as it is. Remove the default and set TF_VAR_vault_key at deploy time, or pass CartesiaApiKey.fromVariable(stack, "cartesia_api_key").`,
  },
  {
    location: "fromToken of a local that holds a literal",
    attempt: (c) => connector(c, { apiKey: CartesiaApiKey.fromToken(new TerraformLocal(c.stack, "key", "hunter2hunter2").asString) }),
    atSynth: `[keys/cartesia] apiKey: the token refers to local value key, which holds a literal (…(masked, 14 characters)), written into cdktf.out as it is. ${KEEP_OUT}`,
  },
  {
    location: "fromToken of a local that joins a key together",
    attempt: (c) =>
      connector(c, { apiKey: CartesiaApiKey.fromToken(new TerraformLocal(c.stack, "key", Fn.join("", [KEY.slice(0, 9), KEY.slice(9)])).asString) }),
    atSynth: `[keys/cartesia] apiKey: the token refers to local value key, which holds what looks like a Cartesia API key (${MASKED}, split across an expression), written into cdktf.out. ${KEEP_OUT}`,
  },
  {
    location: "fromToken of a local of a local of a variable with a default",
    attempt: (c) => {
      const variable = new TerraformVariable(c.stack, "legacy_key", { type: "string", sensitive: true, default: "placeholder" });
      const inner = new TerraformLocal(c.stack, "inner", variable.stringValue);
      return connector(c, { apiKey: CartesiaApiKey.fromToken(new TerraformLocal(c.stack, "outer", inner.asString).asString) });
    },
    atSynth: `[keys/cartesia] apiKey: the token refers to variable legacy_key, whose default (…(masked, 11 characters)) is written into cdktf.out as it is. Remove the default and set TF_VAR_legacy_key at deploy time, or pass CartesiaApiKey.fromVariable(stack, "cartesia_api_key").`,
  },
  {
    location: "fromToken of a remote state whose defaults hold the key",
    attempt: (c) => {
      const remote = new DataTerraformRemoteStateLocal(c.stack, "secrets", { path: "../secrets.tfstate", defaults: { cartesia: KEY } });
      return connector(c, { apiKey: CartesiaApiKey.fromToken(remote.getString("cartesia")) });
    },
    atSynth: `[keys/cartesia] apiKey: the token refers to data.terraform_remote_state.secrets, whose configuration holds what looks like a Cartesia API key (${MASKED}), written into cdktf.out. ${KEEP_OUT}`,
  },
];

/** Tokens that stay references all the way: they synthesize. */
const CLEAN: readonly [string, (ctx: Context) => unknown][] = [
  [
    "a sensitive variable without a default",
    (c) => connector(c, { apiKey: CartesiaApiKey.fromToken(new TerraformVariable(c.stack, "k", { type: "string", sensitive: true }).stringValue) }),
  ],
  [
    "a local that refers to such a variable",
    (c) =>
      connector(c, {
        apiKey: CartesiaApiKey.fromToken(
          new TerraformLocal(c.stack, "k", new TerraformVariable(c.stack, "v", { type: "string", sensitive: true }).stringValue).asString,
        ),
      }),
  ],
  [
    "a remote state output without defaults",
    (c) => connector(c, { apiKey: CartesiaApiKey.fromToken(new DataTerraformRemoteStateLocal(c.stack, "s", { path: "../s.tfstate" }).getString("k")) }),
  ],
  [
    "names, notes and an existing credential id from tokens",
    (c) =>
      connector(c, {
        integrationName: Fn.join(" ", ["Cartesia", "EU"]),
        notes: Fn.lower("Owner"),
        apiKey: CartesiaApiKey.fromExistingCredential(Fn.trimspace("cred-1")),
      }),
  ],
  [
    "a token description and a token alias",
    (c) => {
      CartesiaApiKey.fromVariable(c.stack, "second_key", { description: Fn.upper("the EU key") });
      return connector(c, { provider: new GenesyscloudProvider(c.stack, "org_b", { alias: Lazy.stringValue({ produce: () => "org_b" }) }) });
    },
  ],
];

/** The validation problems a failed synth lists, one per line: `[path] problem`. */
function synthProblems(stack: TerraformStack): string[] {
  try {
    Testing.synth(stack, true);
  } catch (error) {
    return (error as Error).message
      .split("\n")
      .filter((line) => line.startsWith("  ["))
      .map((line) => line.slice(2));
  }
  return [];
}

describe.each(CATALOGUE.map((entry) => [entry.location, entry] as const))("a key in %s", (_location, entry) => {
  test(entry.atConstruction ? "is refused when created, with its exact message" : "is refused at synth, with its exact message", () => {
    const ctx = context();
    let caught: unknown;
    try {
      entry.attempt(ctx);
    } catch (error) {
      caught = error;
    }
    if (entry.atConstruction) {
      expect(caught).toBeInstanceOf(CartesiaConnectorConfigError);
      const error = caught as CartesiaConnectorConfigError;
      expect(error.problems).toEqual([entry.atConstruction.problem]);
      expect(error.message).toBe(`${entry.atConstruction.header} (1 problem):\n  - ${entry.atConstruction.problem}`);
      expect(findKeys(`${error.message}\n${error.stack}`)).toEqual([]);
    } else {
      expect(caught).toBeUndefined();
      expect(synthProblems(ctx.stack)).toEqual([entry.atSynth]);
    }
  });
});

test.each(CLEAN)("a token that stays a reference synthesizes: %s", (_case, attempt) => {
  const ctx = context();
  attempt(ctx);
  expect(synthProblems(ctx.stack)).toEqual([]);
});

test("the catalogue covers every location at least once, literal and token", () => {
  expect(CATALOGUE.filter((e) => e.atConstruction).length).toBeGreaterThanOrEqual(15);
  expect(CATALOGUE.filter((e) => e.atSynth).length).toBeGreaterThanOrEqual(14);
  expect(new Set(CATALOGUE.map((e) => e.location)).size).toBe(CATALOGUE.length);
});
