// The bench's realistic platform repo compares the construct with the same resources written by hand; the
// comparison only means something while both write the same cdk.tf.json, on either engine (this suite runs
// on both). No timing: the bench itself is never part of npm test.
import * as fs from "node:fs";
import * as path from "node:path";
import { assertSamePlatformDocuments, childrenCpuMs } from "../../bench/platform-repo";
import { ORGANIZATIONS } from "../../bench/platform-org";

const ROOT = path.resolve(__dirname, "..", "..");
type Blocks = Record<string, Record<string, Record<string, unknown>>>;

test("the construct and the hand-written platform repo synthesize the same JSON: twenty organizations, two connectors and a flow each", () => {
  const documents = assertSamePlatformDocuments(ROOT);
  expect(ORGANIZATIONS).toBe(20);
  expect(Object.keys(documents)).toHaveLength(20);
  const org = documents["org-7"];
  const resources = org.resource as Blocks;
  expect(Object.fromEntries(Object.entries(resources).map(([type, blocks]) => [type, Object.keys(blocks).length]))).toEqual({
    genesyscloud_flow: 1,
    genesyscloud_integration: 2,
    genesyscloud_integration_config: 2,
    genesyscloud_integration_credential: 2,
  });
  const flow = resources.genesyscloud_flow.greeting_flow;
  const telephony = Object.keys(resources.genesyscloud_integration).find((id) => id.startsWith("telephony_"));
  expect((flow.substitutions as Record<string, string>).tts_engine_id).toBe(`connector-\${genesyscloud_integration.${telephony}.id}`);
  expect(Object.keys(org.variable as Blocks)).toEqual(["cartesia_api_key", "cartesia_voice_id"]);
});

test("the hand-written side loads nothing of the library, so its process pays for none of it", () => {
  const imports = (file: string) => [...fs.readFileSync(path.join(ROOT, "bench", file), "utf8").matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
  for (const file of ["platform-raw.ts", "platform-org.ts", "hand-written.ts"]) {
    expect(imports(file).filter((specifier) => specifier.includes("lib") || specifier === "./cases")).toEqual([]);
  }
  expect(imports("platform-construct.ts")).toContain("../lib");
});

test("a process's CPU time is read from bash's `times`: the children's user and system time", () => {
  expect(childrenCpuMs("0m0.004s 0m0.001s\n0m2.345s 0m0.120s\n")).toBeCloseTo(2465, 6);
  expect(childrenCpuMs("0m0.000s 0m0.000s\n1m1.500s 0m0.000s")).toBeCloseTo(61500, 6);
  expect(() => childrenCpuMs("")).toThrow('cannot read CPU times from ""');
});
