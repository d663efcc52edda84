/**
 * Two projects, one test source: every test runs on cdktf, and again on CDK Terrain (cdktn), where
 * `cdktf` and the cdktf bindings (`.gen/`) resolve to `cdktn` and CDK Terrain's bindings (`.gen-cdktn/`).
 * That is the library's cdktn flavor as `scripts/stage-cdktn.ts` builds it: the same sources on the
 * other engine. Type-checking happens once, in `npm run typecheck` (part of `npm test`); jest only transpiles.
 */
const shared = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { diagnostics: false }],
  },
  setupFiles: ["<rootDir>/__tests__/support/setup-env.ts"],
  // Scans every synth output and console line of the whole suite for anything key-shaped.
  setupFilesAfterEnv: ["<rootDir>/__tests__/support/leak-guard.ts"],
};

module.exports = {
  testTimeout: 120000,
  projects: [
    {
      ...shared,
      displayName: "cdktf",
      // Needs both engines in one run: synthesized in-process on cdktn, compared with a cdktf child process.
      testPathIgnorePatterns: ["/__tests__/project/engine-parity\\.test\\.ts$"],
    },
    {
      ...shared,
      displayName: "cdktn",
      moduleNameMapper: {
        "^cdktf(/.*)?$": "cdktn$1",
        "^(?:\\.{1,2}/)+\\.gen/providers/(.*)$": "<rootDir>/.gen-cdktn/providers/$1",
      },
      testPathIgnorePatterns: [
        // Installs the packed library into a cdktf app and a cdktn app and runs each engine's own CLI: both flavors in one test.
        "/__tests__/project/platform-repo\\.test\\.ts$",
        // Runs eslint and prettier on probe files: no engine is loaded.
        "/__tests__/project/lint\\.test\\.ts$",
        // The schema provider, the terraform runner and .ci/run load no engine.
        "/__tests__/tools/(schema-provider|shared/terraform)/",
        "/__tests__/project/ci-run\\.test\\.ts$",
        // Real terraform on stacks engine-parity proves identical on both engines: planned once, on cdktf
        // (terraform-apps.test.ts plans every app on cdktn too).
        "/__tests__/tools/validate/(both-checkers|terraform-review-pairs|terraform-fuzz-sample|command-terraform|format-terraform-report)\\.test\\.ts$",
        "/__tests__/tools/review/plan\\.test\\.ts$",
      ],
    },
  ],
};
