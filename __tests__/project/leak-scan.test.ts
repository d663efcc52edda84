/**
 * Leak scan: no Cartesia key reaches cdktf.out, snapshots, golden files, error messages or logs;
 * every Terraform output that could carry a secret is sensitive; and changing only the key changes
 * only the credential resource.
 */
import "../support/leak-guard";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { App, DataTerraformRemoteStateLocal, TerraformOutput, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, GenesyscloudProvider, IntegrationConfigMode } from "../../lib";
import { KEY_SHAPED_PATTERN } from "../../lib/private/key-hygiene";
import { createApp as createDefaultApp } from "../../main";
import { readStacks, tempDir, type TerraformJson } from "../support/helpers";
import { filesBelow, findKeys, scanTree, takeLeakFindings, TEST_KEYS, watchedSynths } from "../support/leak-guard";
import { badVariableId, CONNECTOR_ID, expectedProblemProps, expectedSynthProblemProps, materialize, propsRecipe } from "../support/prop-recipes";

const ROOT = path.resolve(__dirname, "..", "..");
const [KEY, KEY_2] = TEST_KEYS;

// ---------------------------------------------------------------------------------------------
// Which outputs could carry a secret

/** Every traversal (`var.x`, `data.t.n.outputs.k`, `r.n.attr[0]`) inside the `${...}` of a value. */
export function traversalsIn(value: unknown): string[] {
  const found: string[] = [];
  const text = JSON.stringify(value ?? null);
  for (const [, expression] of text.matchAll(/\$\{([^}]*)\}/g)) {
    for (const [traversal] of expression.matchAll(/[A-Za-z_][\w-]*(?:\.[\w-]+|\[[^\]]*\])+/g)) found.push(traversal);
  }
  return found;
}

const within = (traversal: string, source: string) => traversal === source || traversal.startsWith(`${source}.`) || traversal.startsWith(`${source}[`);

/**
 * The outputs of a stack that could carry a secret: they reference a sensitive variable, whatever a
 * credential's fields are fed from (a remote state output, a data source), or a credential's fields
 * (directly or by the whole resource). A credential's `id` or `name` is not secret.
 */
export function secretCarryingOutputs(doc: TerraformJson): string[] {
  const sensitiveVariables = Object.entries(doc.variable ?? {})
    .filter(([, v]) => v.sensitive === true)
    .map(([name]) => `var.${name}`);
  const credentials = Object.entries(doc.resource?.genesyscloud_integration_credential ?? {});
  const keySources = credentials.flatMap(([, credential]) => traversalsIn(credential.fields));
  const credentialAddresses = credentials.map(([name]) => `genesyscloud_integration_credential.${name}`);
  const secret = (t: string) =>
    [...sensitiveVariables, ...keySources].some((source) => within(t, source) || within(source, t)) ||
    credentialAddresses.some((address) => t === address || within(t, `${address}.fields`) || within(address, t));
  return Object.entries(doc.output ?? {})
    .filter(([, output]) => traversalsIn(output.value).some(secret))
    .map(([name]) => name);
}

/** The variables a credential's key field is read from: each must be sensitive. */
function keyVariables(doc: TerraformJson): string[] {
  const credentials = Object.values(doc.resource?.genesyscloud_integration_credential ?? {});
  return credentials
    .flatMap((c) => traversalsIn((c.fields as Record<string, string>)["X-Api-Key"]))
    .filter((t) => t.startsWith("var."))
    .map((t) => t.slice(4));
}

describe("the secret-carrying output check", () => {
  function stackWithOutputs(build: (stack: TerraformStack) => void): TerraformJson {
    const stack = new TerraformStack(Testing.app(), "outputs");
    new GenesyscloudProvider(stack, "genesyscloud", {});
    build(stack);
    return JSON.parse(Testing.synth(stack)) as TerraformJson;
  }

  test("flags outputs of a sensitive variable, a credential's fields or the key's remote source; not ids", () => {
    const doc = stackWithOutputs((stack) => {
      const key = CartesiaApiKey.fromVariable(stack, "cartesia_api_key");
      const connector = new CartesiaTtsConnector(stack, "cartesia", { apiKey: key, model: CartesiaModel.SONIC_3_2026_01_12 });
      const remote = new DataTerraformRemoteStateLocal(stack, "secrets", { path: "secrets.tfstate" });
      new CartesiaTtsConnector(stack, "second", {
        apiKey: CartesiaApiKey.fromToken(remote.getString("cartesia")),
        model: CartesiaModel.SONIC_3_2026_01_12,
        integrationName: "Second",
      });
      new TerraformOutput(stack, "key_itself", { value: key.value });
      new TerraformOutput(stack, "key_in_text", { value: `key=${key.value}` });
      new TerraformOutput(stack, "fields", { value: connector.credential!.fields });
      new TerraformOutput(stack, "whole_credential", { value: connector.credential! });
      new TerraformOutput(stack, "remote_outputs", { value: "${data.terraform_remote_state.secrets.outputs}" });
      new TerraformOutput(stack, "integration_id", { value: connector.integrationId });
      new TerraformOutput(stack, "credential_id", { value: connector.credentialId });
      new TerraformOutput(stack, "engine_id", { value: connector.ttsEngineId });
      new TerraformOutput(stack, "remote_other", { value: remote.getString("region") });
    });
    expect(secretCarryingOutputs(doc).sort()).toEqual(["fields", "key_in_text", "key_itself", "remote_outputs", "whole_credential"]);
  });
});

// ---------------------------------------------------------------------------------------------
// The leak guard proves it can fail

describe("the leak guard", () => {
  test("catches a key in synthesized JSON, in cdktf.out, in a console line and in a TF_VAR_ value, and masks what it reports", () => {
    const stack = new TerraformStack(Testing.app(), "planted");
    new TerraformOutput(stack, "planted", { value: KEY });
    Testing.synth(stack);
    const app = new App({ outdir: tempDir() });
    new TerraformOutput(new TerraformStack(app, "planted"), "planted", { value: `admin ${TEST_KEYS[2]}` });
    app.synth();
    console.log(`a log line with ${KEY_2}`);
    process.env.TF_VAR_planted_secret = "a-deploy-time-secret-without-any-prefix";
    try {
      const other = new TerraformStack(Testing.app(), "env");
      new TerraformOutput(other, "planted", { value: "a-deploy-time-secret-without-any-prefix" });
      Testing.synth(other);
    } finally {
      delete process.env.TF_VAR_planted_secret;
    }
    const findings = takeLeakFindings();
    expect(findings.map((f) => f.where)).toEqual(["Testing.synth", "cdktf.out/stacks/planted/cdk.tf.json", "console.log", "Testing.synth"]);
    expect(findings.map((f) => f.key)).toEqual([
      "sk_car_…(masked, 31 characters)",
      "sk_car_admin_…(masked, 32 characters)",
      "sk_car_…(masked, 31 characters)",
      "…(masked, 39 characters)",
    ]);
    expect(findKeys(JSON.stringify(findings))).toEqual([]);
  });

  test("lets prose about keys through: the prefixes, sk_car_... and short fragments", () => {
    expect(findKeys("Cartesia API key (sk_car_...); not an admin key (sk_car_admin_...); sk_car_short")).toEqual([]);
    // Joined at run time so the repository itself holds nothing key-shaped.
    expect(KEY_SHAPED_PATTERN.test(["sk_car", "0123456789abcdef"].join("_"))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Every app of the repo

/** The default app and every `examples/<name>/main.ts` that exports `createApp(outdir?)`. */
function apps(): [string, (outdir: string) => App][] {
  const examples = fs
    .readdirSync(path.join(ROOT, "examples"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(ROOT, "examples", entry.name, "main.ts")))
    .map((entry) => entry.name)
    .sort();
  return [
    ["main.ts", createDefaultApp],
    ...examples.map((name): [string, (outdir: string) => App] => {
      const module = require(path.join(ROOT, "examples", name, "main")) as { createApp?: (outdir?: string) => App };
      if (typeof module.createApp !== "function") throw new Error(`examples/${name}/main.ts exports no createApp(outdir?)`);
      return [`examples/${name}`, (outdir) => module.createApp!(outdir)];
    }),
  ];
}

describe.each(apps())("%s", (_name, build) => {
  // First synth names the sensitive variables; the second runs with a deploy-time value in each.
  const first = tempDir();
  build(first).synth();
  const sensitive = Object.values(readStacks(first)).flatMap((doc) =>
    Object.entries(doc.variable ?? {})
      .filter(([, v]) => v.sensitive === true)
      .map(([n]) => n),
  );
  const outdir = tempDir();
  const env = Object.fromEntries(sensitive.map((name, i) => [`TF_VAR_${name}`, name.includes("cartesia") ? KEY : `not-a-real-secret-${i}-for-${name}`]));
  Object.assign(process.env, env);
  try {
    build(outdir).synth();
  } finally {
    for (const name of Object.keys(env)) delete process.env[name];
  }
  const stacks = readStacks(outdir);

  test("writes no key and no deploy-time secret into cdktf.out", () => {
    Object.assign(process.env, env);
    try {
      expect(scanTree(outdir)).toEqual([]);
      expect(filesBelow(outdir).map(([file]) => file)).toContain("manifest.json");
    } finally {
      for (const name of Object.keys(env)) delete process.env[name];
    }
  });

  test("marks sensitive every output that could carry a secret, and every variable the key is read from", () => {
    for (const doc of Object.values(stacks)) {
      for (const name of secretCarryingOutputs(doc)) expect([name, doc.output![name].sensitive]).toEqual([name, true]);
      for (const name of keyVariables(doc)) expect([name, doc.variable?.[name]?.sensitive]).toEqual([name, true]);
    }
  });

  test("sets the key from a reference, never a literal", () => {
    const fields = Object.values(stacks).flatMap((doc) =>
      Object.values(doc.resource?.genesyscloud_integration_credential ?? {}).map((c) => (c.fields as Record<string, string>)["X-Api-Key"]),
    );
    for (const value of fields) expect(value).toMatch(/^\$\{[^{}]+\}$/);
  });
});

test("the guard watched every synth of this file", () => {
  // Two per app above, plus the ones the guard and output tests ran.
  expect(watchedSynths()).toBeGreaterThanOrEqual(apps().length * 2);
});

// ---------------------------------------------------------------------------------------------
// Files at rest: snapshots, golden files, committed sources, any cdktf.out left on disk

/** Files the repository holds (tracked or not, ignored ones excluded), plus any cdktf.out on disk. */
function filesAtRest(): string[] {
  const listed = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], { cwd: ROOT, encoding: "utf8" })
    .split("\0")
    .filter(Boolean);
  const outDirs = ["cdktf.out", ...fs.readdirSync(path.join(ROOT, "examples")).map((name) => path.join("examples", name, "cdktf.out"))];
  const synthesized = outDirs.flatMap((dir) => filesBelow(path.join(ROOT, dir)).map(([file]) => path.join(dir, file)));
  return [...listed, ...synthesized].filter((file) => fs.existsSync(path.join(ROOT, file)) && fs.statSync(path.join(ROOT, file)).isFile());
}

test("no key in snapshots, golden files, committed files or any cdktf.out on disk", () => {
  // Test sources hold the fake keys on purpose (they plant them), and fixtures are planted inputs.
  const planted = (file: string) => (/^__tests__\/.*\.ts$/.test(file) && !file.includes("__snapshots__")) || file.startsWith("__tests__/fixtures/");
  const scanned = filesAtRest().filter((file) => !planted(file));
  const leaks = scanned.flatMap((file) => findKeys(fs.readFileSync(path.join(ROOT, file), "utf8")).map((key) => `${key} in ${file}`));
  expect(leaks).toEqual([]);
  expect(scanned).toEqual(expect.arrayContaining(["README.md", "main.ts", "lib/cartesia-api-key.ts"]));
});

// ---------------------------------------------------------------------------------------------
// Changing only the key changes only the credential

/** Every leaf where two JSON values differ, as a dotted path. */
function differences(a: unknown, b: unknown, at = ""): string[] {
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], at ? `${at}.${k}` : k));
  }
  return a === b ? [] : [at];
}

function credentialKeyPath(doc: TerraformJson): string {
  const [name] = Object.keys(doc.resource!.genesyscloud_integration_credential);
  return `resource.genesyscloud_integration_credential.${name}.fields.X-Api-Key`;
}

describe("rotating the key", () => {
  test("a new deploy-time value changes nothing in cdktf.out", () => {
    const trees = [KEY, KEY_2].map((value) => {
      const outdir = tempDir();
      process.env.TF_VAR_cartesia_api_key = value;
      try {
        createDefaultApp(outdir).synth();
      } finally {
        delete process.env.TF_VAR_cartesia_api_key;
      }
      return filesBelow(outdir);
    });
    expect(trees[1]).toEqual(trees[0]);
  });

  test.each([IntegrationConfigMode.STANDALONE, IntegrationConfigMode.EMBEDDED])(
    "another key token changes only the credential's X-Api-Key (%s)",
    (configMode) => {
      const synth = (which: "key_2025" | "key_2026") => {
        const stack = new TerraformStack(Testing.app(), "rotation");
        new GenesyscloudProvider(stack, "genesyscloud", {});
        const variables = {
          key_2025: new TerraformVariable(stack, "key_2025", { type: "string", sensitive: true }),
          key_2026: new TerraformVariable(stack, "key_2026", { type: "string", sensitive: true }),
        };
        new CartesiaTtsConnector(stack, "cartesia", {
          apiKey: CartesiaApiKey.fromToken(variables[which].stringValue),
          model: CartesiaModel.SONIC_3_2026_01_12,
          configMode,
        });
        return JSON.parse(Testing.synth(stack, true)) as TerraformJson;
      };
      const before = synth("key_2025");
      const after = synth("key_2026");
      expect(differences(before, after)).toEqual([credentialKeyPath(before)]);
      expect(after.resource!.genesyscloud_integration).toEqual(before.resource!.genesyscloud_integration);
      expect(after.resource!.genesyscloud_integration_config).toEqual(before.resource!.genesyscloud_integration_config);
    },
  );

  test("a key read from another remote-state output changes only the credential's X-Api-Key", () => {
    const synth = (output: string) => {
      const stack = new TerraformStack(Testing.app(), "rotation");
      new GenesyscloudProvider(stack, "genesyscloud", {});
      const secrets = new DataTerraformRemoteStateLocal(stack, "secrets", { path: "../secrets.tfstate" });
      new CartesiaTtsConnector(stack, "cartesia", { apiKey: CartesiaApiKey.fromToken(secrets.getString(output)), model: CartesiaModel.SONIC_3_2026_01_12 });
      return JSON.parse(Testing.synth(stack, true)) as TerraformJson;
    };
    const before = synth("cartesia_key_2025");
    expect(differences(before, synth("cartesia_key_2026"))).toEqual([credentialKeyPath(before)]);
  });

  test("a key variable under a new name changes the variable and the credential's X-Api-Key, nothing else", () => {
    const synth = (name: string) => {
      const stack = new TerraformStack(Testing.app(), "rotation");
      new GenesyscloudProvider(stack, "genesyscloud", {});
      new CartesiaTtsConnector(stack, "cartesia", { apiKey: CartesiaApiKey.fromVariable(stack, name), model: CartesiaModel.SONIC_3_2026_01_12 });
      return JSON.parse(Testing.synth(stack, true)) as TerraformJson;
    };
    const before = synth("cartesia_api_key");
    const changed = differences(before, synth("cartesia_api_key_v2"));
    expect(changed).toContain(credentialKeyPath(before));
    expect(changed.filter((p) => p !== credentialKeyPath(before) && !p.startsWith("variable."))).toEqual([]);
  });

  test("for any valid generated props, swapping the key token changes only the credential's X-Api-Key (seeded)", () => {
    const creating = propsRecipe.filter(
      (r) => expectedProblemProps(r).length === 0 && expectedSynthProblemProps(r).length === 0 && !badVariableId(r) && !r.apiKey.source.startsWith("existing"),
    );
    fc.assert(
      fc.property(creating, (recipe) => {
        const synth = (which: "key_a" | "key_b") => {
          const stack = new TerraformStack(Testing.app({ outdir: tempOut }), "rotation");
          new GenesyscloudProvider(stack, "genesyscloud", {});
          const variables = {
            key_a: new TerraformVariable(stack, "key_a", { type: "string", sensitive: true }),
            key_b: new TerraformVariable(stack, "key_b", { type: "string", sensitive: true }),
          };
          const props = materialize(recipe, stack);
          new CartesiaTtsConnector(stack, CONNECTOR_ID, { ...props, apiKey: CartesiaApiKey.fromToken(variables[which].stringValue) });
          return JSON.parse(Testing.synth(stack, true)) as TerraformJson;
        };
        const before = synth("key_a");
        const changed = differences(before, synth("key_b"));
        if (changed.length !== 1 || changed[0] !== credentialKeyPath(before)) throw new Error(`changed: ${changed.join(", ")}`);
      }),
      { seed: 20261125, numRuns: 200 },
    );
  });
});

const tempOut = tempDir();
