import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { createApp } from "../../../main";
import { synthApp, tempDir, type TerraformJson } from "../../support/helpers";
import { runTool } from "../../support/run-tool";
import { copyOf, onlyName } from "../../support/validate-helpers";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const clean = synthApp((outdir) => createApp(outdir));
const stack = clean.stacks["cartesia-genesys"];
const credentialName = onlyName(stack, "genesyscloud_integration_credential");

/** A cdktf.out-shaped directory holding the given stacks. */
function outdirWith(stacks: Record<string, TerraformJson | string>): string {
  const outdir = tempDir("cartesia-validate-");
  for (const [name, doc] of Object.entries(stacks)) {
    fs.mkdirSync(path.join(outdir, "stacks", name), { recursive: true });
    fs.writeFileSync(path.join(outdir, "stacks", name, "cdk.tf.json"), typeof doc === "string" ? doc : JSON.stringify(doc, null, 2));
  }
  return outdir;
}

/** The stack with its credential missing its required type name. */
function brokenStack(): TerraformJson {
  const doc = copyOf(stack);
  delete doc.resource!.genesyscloud_integration_credential[credentialName].credential_type_name;
  return doc;
}

async function runCommand(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const { code, lines, stderr } = await runTool(["validate", ...args]);
  return { code, out: lines, err: stderr === "" ? [] : stderr.replace(/\n$/, "").split("\n") };
}

test("exits 0 on a clean cdktf.out and says what it checked", async () => {
  const { code, out } = await runCommand([clean.outdir]);
  expect(code).toBe(0);
  expect(out).toEqual([
    `${path.join("stacks", "cartesia-genesys", "cdk.tf.json")}: ok (3 resources, 0 data sources, 1 provider configuration checked)`,
    // Where the key lives, per connector.
    "connector cartesia-genesys/cartesia: key in Terraform state: the stack creates the credential, its X-Api-Key from variable cartesia_api_key",
    "validate: 1 of 1 stacks clean",
  ]);
});

test("exits 1 when any stack has a problem, printing each with its JSON path", async () => {
  const outdir = outdirWith({ broken: brokenStack(), fine: stack });
  const { code, out } = await runCommand([outdir]);
  expect(code).toBe(1);
  expect(out).toEqual([
    `${path.join("stacks", "broken", "cdk.tf.json")}: 1 problem, 0 not checked (3 resources, 0 data sources, 1 provider configuration checked)`,
    `  $.resource.genesyscloud_integration_credential.${credentialName}: missing required attribute "credential_type_name" in genesyscloud_integration_credential`,
    "connector cartesia-genesys/cartesia: key in Terraform state: the stack creates the credential, its X-Api-Key from variable cartesia_api_key",
    `${path.join("stacks", "fine", "cdk.tf.json")}: ok (3 resources, 0 data sources, 1 provider configuration checked)`,
    "connector cartesia-genesys/cartesia: key in Terraform state: the stack creates the credential, its X-Api-Key from variable cartesia_api_key",
    "validate: 1 of 2 stacks failed",
  ]);
});

test("fails on types no schema describes unless --allow-unchecked, and lists them either way", async () => {
  const doc = copyOf(stack);
  doc.resource!.aws_s3_bucket = { state: { bucket: "terraform-state" } };
  const outdir = outdirWith({ mixed: doc });
  const strict = await runCommand([outdir]);
  expect(strict.code).toBe(1);
  expect(strict.out).toContain(
    `  not checked: $.resource.aws_s3_bucket.state (resource aws_s3_bucket): the pinned provider schema has no resource type "aws_s3_bucket"`,
  );
  const lenient = await runCommand([outdir, "--allow-unchecked"]);
  expect(lenient.code).toBe(0);
  expect(lenient.out[0]).toBe(
    `${path.join("stacks", "mixed", "cdk.tf.json")}: ok (3 resources, 0 data sources, 1 provider configuration checked; 1 not checked)`,
  );
  expect(lenient.out).toContain(strict.out[1]);
});

test("reports a stack file that is not JSON", async () => {
  const { code, out } = await runCommand([outdirWith({ torn: '{"resource": ' })]);
  expect(code).toBe(1);
  expect(out[1]).toMatch(/^ {2}\$: not valid JSON: /);
});

test("exits 2 when there is nothing to validate or the arguments are wrong", async () => {
  const empty = tempDir("cartesia-validate-");
  const missing = await runCommand([empty]);
  expect(missing.code).toBe(2);
  expect(missing.err).toEqual([
    `validate: no stacks in ${empty}: expected ${path.join(empty, "stacks", "<stack>", "cdk.tf.json")}. Synthesize first (cdktf synth, or cdktn synth), or pass the cdktf.out directory.`,
    'Run "cartesia-genesys validate --help" for usage.',
  ]);
  expect((await runCommand([clean.outdir, "--strict"])).code).toBe(2);
  expect((await runCommand([clean.outdir, "--schema"])).code).toBe(2);
  const notSchema = await runCommand([clean.outdir, "--schema", path.join(ROOT, "package.json")]);
  expect(notSchema.code).toBe(2);
  expect(notSchema.err[0]).toBe(
    `validate: --schema: ${JSON.stringify(path.join(ROOT, "package.json"))} is not a provider schema: expected the output of "terraform providers schema -json" (an object with "provider_schemas").`,
  );
});

test("validates against another schema file when given one", async () => {
  const schemaFile = path.join(tempDir("cartesia-validate-"), "empty-schema.json");
  fs.writeFileSync(schemaFile, JSON.stringify({ format_version: "1.0", provider_schemas: {} }));
  const { code, out } = await runCommand([clean.outdir, "--schema", schemaFile]);
  expect(code).toBe(1); // nothing Genesys is described by that schema, so nothing passes unchecked
  expect(out.filter((line) => line.startsWith("  not checked:"))).toHaveLength(4);
});

describe("npm run validate", () => {
  const npmValidate = (dir: string) =>
    spawnSync("npm", ["run", "--silent", "validate", "--", dir], { cwd: ROOT, encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });

  test("exits 0 on a clean cdktf.out", () => {
    const result = npmValidate(clean.outdir);
    expect(result.stdout).toContain("validate: 1 of 1 stacks clean");
    expect(result.status).toBe(0);
  });

  test("exits non-zero on a broken one, naming the problem", () => {
    const result = npmValidate(outdirWith({ broken: brokenStack() }));
    expect(result.stdout).toContain('missing required attribute "credential_type_name" in genesyscloud_integration_credential');
    expect(result.status).toBe(1);
  });
});
