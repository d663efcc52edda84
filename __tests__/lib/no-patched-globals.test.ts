// A library must not change the globals its users' code runs with: whether their own errors carry a
// stack trace cannot depend on our code running. Error.stackTraceLimit is the one a synth-speed trick
// would reach for (V8 captures no trace while it is not a number), so it is watched here through every
// entry point that makes tokens: connectors of every config style, every key source, and synth.
import { App, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, GenesyscloudProvider, IntegrationConfigMode, OutputFormat } from "../../lib";
import { tempDir } from "../support/helpers";

type ErrorGlobal = { Error: ErrorConstructor };

/** Builds and synthesizes two organizations' stacks, each entry point that mints tokens used at least once (both config styles, every key source). */
function buildAndSynth(): void {
  const app = new App({ outdir: tempDir("cartesia-globals-") });
  for (const [org, configMode] of [
    ["org-a", IntegrationConfigMode.STANDALONE],
    ["org-b", IntegrationConfigMode.EMBEDDED],
  ] as const) {
    const stack = new TerraformStack(app, org);
    new GenesyscloudProvider(stack, "genesyscloud", {});
    const telephony = new CartesiaTtsConnector(stack, "telephony", {
      apiKey: CartesiaApiKey.fromVariable(stack, "cartesia_api_key"),
      model: CartesiaModel.SONIC_3_2026_01_12,
      configMode,
      integrationName: `${org} telephony`,
    });
    const wideband = new CartesiaTtsConnector(stack, "wideband", {
      apiKey: CartesiaApiKey.fromExistingCredential(telephony.credentialId),
      model: CartesiaModel.snapshot("sonic-3-2026-01-12"),
      outputFormat: OutputFormat.raw({ encoding: "pcm_s16le", sampleRate: 16000 }),
      configMode,
      integrationName: `${org} wideband`,
    });
    new TerraformOutput(stack, "tts_engine_ids", { value: [telephony.ttsEngineId, wideband.ttsEngineId] });
  }
  const flows = new TerraformStack(app, "keys-from-tokens");
  new GenesyscloudProvider(flows, "genesyscloud", {});
  new CartesiaTtsConnector(flows, "from-token", {
    apiKey: CartesiaApiKey.fromToken(new TerraformVariable(flows, "key", { type: "string", sensitive: true }).stringValue),
    model: CartesiaModel.SONIC_3_2026_01_12,
  });
  app.synth();
}

test("building connectors and synthesizing leave Error.stackTraceLimit as it was, and every read of it finds a number", () => {
  const global = globalThis as unknown as ErrorGlobal;
  const original = global.Error;
  const before = Object.getOwnPropertyDescriptor(original, "stackTraceLimit");
  const changes: string[] = [];
  const seen = new Set<string>();
  // Every global read of `Error` goes through the proxy while the app is built: cdktf reads and sets the limit
  // around each trace it captures, and anything that redefined or deleted the property would pass through these traps.
  global.Error = new Proxy(original, {
    defineProperty: (target, key, descriptor) => {
      if (key === "stackTraceLimit") changes.push(`defineProperty ${"get" in descriptor ? "accessor" : typeof descriptor.value}`);
      return Reflect.defineProperty(target, key, descriptor);
    },
    deleteProperty: (target, key) => {
      if (key === "stackTraceLimit") changes.push("deleteProperty");
      return Reflect.deleteProperty(target, key);
    },
    // An assignment (cdktf's, around each trace) sets the value on the target itself: not a redefinition.
    set: (target, key, value) => Reflect.set(target, key, value),
    get: (target, key, receiver) => {
      const value: unknown = Reflect.get(target, key, receiver);
      if (key === "stackTraceLimit") seen.add(typeof value);
      return value;
    },
  });
  try {
    buildAndSynth();
  } finally {
    global.Error = original;
  }
  expect(changes).toEqual([]);
  expect([...seen]).toEqual(["number"]);
  expect(Object.getOwnPropertyDescriptor(original, "stackTraceLimit")).toEqual(before);
});
