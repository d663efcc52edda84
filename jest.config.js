/** Type-checking happens once, in `npm run typecheck` (part of `npm test`); jest only transpiles. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { diagnostics: false }],
  },
  setupFiles: ["<rootDir>/__tests__/support/setup-env.ts"],
  // Scans every synth output and console line of the whole suite for anything key-shaped.
  setupFilesAfterEnv: ["<rootDir>/__tests__/support/leak-guard.ts"],
  testTimeout: 120000,
};
