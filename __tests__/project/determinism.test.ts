import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { type App, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector } from "../../lib";
import { createApp } from "../../main";
import { ENGINE } from "../support/engine";
import { newStack, synthStack, tempDir, type TerraformJson } from "../support/helpers";
import { scanTree } from "../support/leak-guard";

// What docs/determinism.md promises, proved: synth output is byte-identical run after run, logical ids
// come from construct ids alone, and only changing those ids (or the path to them) renames resources.

const NOT_SYNTHESIZED_HERE = new Set(["platform-repo"]);

/** The default app and every examples/<name>/main.ts (platform-repo needs npm pack: skipped). */
function apps(): [string, (outdir: string) => App][] {
  const root = path.join(__dirname, "..", "..", "examples");
  const examples = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !NOT_SYNTHESIZED_HERE.has(e.name) && fs.existsSync(path.join(root, e.name, "main.ts")))
    .map((e) => e.name)
    .sort()
    .map((name): [string, (outdir: string) => App] => {
      const module = require(path.join(root, name, "main.ts")) as { createApp: (outdir?: string) => App };
      return [`examples/${name}`, (outdir) => module.createApp(outdir)];
    });
  return [["the default app", (outdir) => createApp(outdir)], ...examples];
}

/** Every file below a directory: relative path -> bytes. */
function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      found.set(path.relative(dir, full), fs.readFileSync(full));
    }
  }
  return found;
}

/** The resources of a stack: `type.logicalId` -> body. */
function resources(json: TerraformJson): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [type, byId] of Object.entries(json.resource ?? {})) for (const [id, body] of Object.entries(byId)) found.set(`${type}.${id}`, body);
  return found;
}

/** What cdktf derives from construct ids below the stack: the ids joined by "_", then 8 hex of the path's MD5. */
function expectedLogicalId(idsBelowStack: string[]): string {
  const hash = createHash("md5").update(idsBelowStack.join("/")).digest("hex").slice(0, 8).toUpperCase();
  return `${idsBelowStack.map((id) => id.replace(/[^A-Za-z0-9_-]/g, "")).join("_")}_${hash}`;
}

describe.each(apps())("%s", (_name, build) => {
  test("synthesizes byte-identical output twice in a row, every file of cdktf.out", () => {
    const [first, second] = [tempDir(), tempDir()];
    // One call site for both runs: cdktf records call stacks of annotations in manifest.json.
    for (const outdir of [first, second]) build(outdir).synth();
    const a = files(first);
    const b = files(second);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect([...a.keys()].filter((f) => f.endsWith("cdk.tf.json")).length).toBeGreaterThan(0);
    for (const [file, bytes] of a) expect({ file, same: bytes.equals(b.get(file)!) }).toEqual({ file, same: true });
  });

  test("writes nothing machine-specific into the stacks: no absolute path of this checkout or of the outdir", () => {
    const outdir = tempDir();
    build(outdir).synth();
    const checkout = path.resolve(__dirname, "..", "..");
    for (const [file, bytes] of files(path.join(outdir, "stacks"))) {
      const text = bytes.toString("utf8");
      expect({ file, checkout: text.includes(checkout), outdir: text.includes(outdir) }).toEqual({ file, checkout: false, outdir: false });
    }
  });

  test("names every resource after its construct path: readable, and the same on every machine", () => {
    const outdir = tempDir();
    build(outdir).synth();
    let checked = 0;
    for (const stack of fs.readdirSync(path.join(outdir, "stacks"))) {
      const json = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "utf8")) as TerraformJson;
      for (const byId of Object.values(json.resource ?? {})) {
        for (const [id, body] of Object.entries(byId)) {
          const meta = (body["//"] as { metadata: { path: string } }).metadata;
          const below = meta.path.split("/").slice(1);
          if (below.length < 2) continue; // a direct child of the stack keeps its id as it is
          expect({ path: meta.path, id }).toEqual({ path: meta.path, id: expectedLogicalId(below) });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });
});

test("the default app's resources have these exact logical ids", () => {
  const outdir = tempDir();
  createApp(outdir).synth();
  const json = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", "cartesia-genesys", "cdk.tf.json"), "utf8")) as TerraformJson;
  expect([...resources(json).keys()]).toEqual([
    "genesyscloud_integration.cartesia_integration_F52D01A3",
    "genesyscloud_integration_config.cartesia_config_EC62C9DB",
    "genesyscloud_integration_credential.cartesia_credential_8C703FCA",
  ]);
  expect(Object.keys(json.variable ?? {})).toEqual(["cartesia_api_key"]);
});

// A child process loads cdktf whatever jest maps: on cdktn, engine-parity.test.ts compares the two engines instead.
(ENGINE === "cdktf" ? test : test.skip)("a separate `node main.ts` process writes the same cdk.tf.json as an in-process synth", () => {
  const root = path.join(__dirname, "..", "..");
  const viaProcess = tempDir();
  execFileSync(process.execPath, ["--import", "tsx", "main.ts"], { cwd: root, env: { ...process.env, CDKTF_OUTDIR: viaProcess, CHECKPOINT_DISABLE: "1" } });
  expect(scanTree(viaProcess)).toEqual([]); // a child process: the leak guard does not see it
  const inProcess = tempDir();
  createApp(inProcess).synth();
  const file = path.join("stacks", "cartesia-genesys", "cdk.tf.json");
  expect(fs.readFileSync(path.join(viaProcess, file), "utf8")).toBe(fs.readFileSync(path.join(inProcess, file), "utf8"));
});

/** The guide's connector at `id` under `scope`, key from `keyVariable`. */
function connector(scope: Construct, id: string, keyVariable: string, name = "Genesys TTS Connector: Cartesia"): CartesiaTtsConnector {
  return new CartesiaTtsConnector(scope, id, {
    apiKey: CartesiaApiKey.fromVariable(TerraformStack.of(scope), keyVariable),
    model: CartesiaModel.SONIC_3_2026_01_12,
    integrationName: name,
  });
}

describe("what renames resources, and what does not", () => {
  const base = () => {
    const stack = newStack();
    connector(stack, "cartesia", "cartesia_api_key");
    return synthStack(stack);
  };
  const baseResources = resources(base());

  test("adding unrelated constructs elsewhere renames nothing and changes no existing resource", () => {
    const stack = newStack();
    new TerraformVariable(stack, "unrelated", { type: "string" });
    connector(new Construct(stack, "team-b"), "cartesia", "team_b_key", "Team B voice");
    connector(stack, "backup", "backup_key", "Backup voice");
    connector(stack, "cartesia", "cartesia_api_key");
    const grown = resources(synthStack(stack));
    expect(grown.size).toBe(baseResources.size + 6);
    for (const [address, body] of baseResources) expect({ address, body: grown.get(address) }).toEqual({ address, body });
  });

  test("the order in which constructs are declared does not matter: byte-identical output", () => {
    const declare = (order: string[]) => {
      const stack = newStack();
      for (const id of order) connector(stack, id, `${id}_key`, `voice ${id}`);
      return Testing.synth(stack, true);
    };
    expect(declare(["a", "b"])).toBe(declare(["b", "a"]));
  });

  test("changing settings (name, model, state) keeps every logical id", () => {
    const stack = newStack();
    new CartesiaTtsConnector(stack, "cartesia", {
      apiKey: CartesiaApiKey.fromVariable(stack, "cartesia_api_key"),
      model: CartesiaModel.SONIC_3_5_2026_05_04,
      integrationName: "Renamed in Genesys",
      enabled: false,
    });
    expect([...resources(synthStack(stack)).keys()]).toEqual([...baseResources.keys()]);
  });

  test("renaming the connector's construct id renames all three resources (terraform replaces them)", () => {
    const stack = newStack();
    connector(stack, "tts", "cartesia_api_key");
    expect([...resources(synthStack(stack)).keys()]).toEqual([
      `genesyscloud_integration.${expectedLogicalId(["tts", "integration"])}`,
      `genesyscloud_integration_config.${expectedLogicalId(["tts", "config"])}`,
      `genesyscloud_integration_credential.${expectedLogicalId(["tts", "credential"])}`,
    ]);
  });

  test("moving the connector under another construct renames all three resources too", () => {
    const stack = newStack();
    connector(new Construct(stack, "voices"), "cartesia", "cartesia_api_key");
    expect([...resources(synthStack(stack)).keys()]).toEqual([
      `genesyscloud_integration.${expectedLogicalId(["voices", "cartesia", "integration"])}`,
      `genesyscloud_integration_config.${expectedLogicalId(["voices", "cartesia", "config"])}`,
      `genesyscloud_integration_credential.${expectedLogicalId(["voices", "cartesia", "credential"])}`,
    ]);
  });

  test("renaming the stack keeps the logical ids (the stack's folder and state are what change)", () => {
    const stack = newStack("renamed-stack");
    connector(stack, "cartesia", "cartesia_api_key");
    expect([...resources(synthStack(stack)).keys()]).toEqual([...baseResources.keys()]);
  });

  test("moveFromId on each resource writes the moved blocks that keep a renamed connector's state", () => {
    const stack = newStack();
    const renamed = connector(stack, "tts", "cartesia_api_key");
    renamed.integration.moveFromId(`genesyscloud_integration.${expectedLogicalId(["cartesia", "integration"])}`);
    renamed.integrationConfig!.moveFromId(`genesyscloud_integration_config.${expectedLogicalId(["cartesia", "config"])}`);
    renamed.credential!.moveFromId(`genesyscloud_integration_credential.${expectedLogicalId(["cartesia", "credential"])}`);
    const moved = (synthStack(stack).moved as { from: string; to: string }[]).sort((a, b) => (a.from < b.from ? -1 : 1));
    expect(moved).toEqual([
      { from: "genesyscloud_integration.cartesia_integration_F52D01A3", to: "genesyscloud_integration.tts_integration_D849AEAB" },
      { from: "genesyscloud_integration_config.cartesia_config_EC62C9DB", to: `genesyscloud_integration_config.${expectedLogicalId(["tts", "config"])}` },
      { from: "genesyscloud_integration_credential.cartesia_credential_8C703FCA", to: "genesyscloud_integration_credential.tts_credential_B0D881C6" },
    ]);
  });
});
