import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { createApp } from "../../main";
import { ENGINE } from "../support/engine";
import { readTree, synthApp, tempDir } from "../support/helpers";

const root = path.resolve(__dirname, "..", "..");
const FAKE_KEY = "sk_car_test_not_a_real_key_0001";
// The CLI runs the app in a child process, on cdktf whichever jest project runs this file: once is enough.
const cliTest = ENGINE === "cdktf" ? test : test.skip;

test("the API key set for deploy never reaches cdktf.out (in-process synth)", () => {
  process.env.TF_VAR_cartesia_api_key = FAKE_KEY;
  try {
    const { outdir, stacks } = synthApp((dir) => createApp(dir));
    const files = readTree(outdir);
    expect(files).toContain("${var.cartesia_api_key}");
    expect(files).not.toContain(FAKE_KEY);
    // Anything shaped like a real key; the variable's description and validation name only the prefixes.
    expect(files).not.toMatch(/sk_car_[A-Za-z0-9_]{16,}/);
    expect(Object.keys(stacks)).toEqual(["cartesia-genesys"]);
  } finally {
    delete process.env.TF_VAR_cartesia_api_key;
  }
});

cliTest("`cdktf synth` of the default app, as the README runs it, writes no key to cdktf.out or its output", () => {
  const outdir = tempDir();
  const output = execFileSync(path.join(root, "node_modules/.bin/cdktf"), ["synth", "--output", outdir], {
    cwd: root,
    env: { ...process.env, CHECKPOINT_DISABLE: "1", CI: "true", TF_VAR_cartesia_api_key: FAKE_KEY },
    encoding: "utf8",
    stdio: "pipe",
  });
  expect(output).toContain("Generated Terraform code for the stacks: cartesia-genesys");
  expect(output).not.toContain(FAKE_KEY);
  const files = readTree(outdir);
  expect(files).toContain('"X-Api-Key": "${var.cartesia_api_key}"');
  expect(files).not.toContain(FAKE_KEY);
});
