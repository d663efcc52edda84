/**
 * Two projects, one test source. Every suite runs on cdktf. The suites whose outcome can depend on the engine
 * (the construct itself, the default app, the bindings) run again on CDK Terrain (cdktn), where
 * `cdktf` and the cdktf bindings (`.gen/`) resolve to `cdktn` and CDK Terrain's bindings (`.gen-cdktn/`).
 * Everything downstream of synth (the commands, the schema provider, terraform) reads `cdk.tf.json`, which
 * `__tests__/project/engine-parity.test.ts` proves the same on both engines: those suites run once.
 * Type-checking happens once, in `npm run typecheck` (part of `npm test`); jest only strips the types
 * (esbuild, `scripts/jest-transform.js`).
 */
const shared = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  transform: {
    "^.+\\.ts$": "<rootDir>/scripts/jest-transform.js",
  },
  setupFiles: ["<rootDir>/__tests__/support/setup-env.ts"],
  // Scans every synth output and console line of the whole suite for anything key-shaped.
  setupFilesAfterEnv: ["<rootDir>/__tests__/support/leak-guard.ts"],
};

module.exports = {
  testTimeout: 120000,
  // Jest's default is one worker fewer than the cores: on CI's 2 cores, one. The suite is mostly child
  // processes and module loading, so two workers halve it.
  maxWorkers: 2,
  projects: [
    {
      ...shared,
      displayName: "cdktf",
      testMatch: ["**/*.test.ts"],
      // Needs both engines in one run: synthesized in-process on cdktn, compared with a cdktf child process.
      // __tests__/packages/: the packed packages, built once by their own config (jest.packages.config.js, npm run test:packages).
      testPathIgnorePatterns: ["/__tests__/project/engine-parity\\.test\\.ts$", "/__tests__/packages/"],
    },
    {
      ...shared,
      displayName: "cdktn",
      // Only what the engine can change: the construct (lib), the apps people copy, the generated bindings.
      testMatch: [
        "<rootDir>/__tests__/lib/**/*.test.ts",
        // The example apps are synthesized on cdktn by engine-parity, and compared byte for byte (manifest and
        // annotations too) with cdktf's: what examples and terraform-apps then check of them would repeat cdktf's run.
        "<rootDir>/__tests__/project/{engine-parity,default-app,determinism,bindings,engine-imports,bench-platform-repo}.test.ts",
      ],
      // Pure functions of text and tables: no engine is loaded, so a second run proves nothing.
      testPathIgnorePatterns: ["/__tests__/lib/(key-hygiene|property-keys|props-table|public-api|verdict)\\.test\\.ts$"],
      moduleNameMapper: {
        "^cdktf(/.*)?$": "cdktn$1",
        "^(?:\\.{1,2}/)+\\.gen/providers/(.*)$": "<rootDir>/.gen-cdktn/providers/$1",
      },
    },
  ],
};
