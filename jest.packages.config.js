/**
 * `npm run test:packages`: the three packages as they ship, built and packed once (globalSetup), then
 * installed into fresh apps. Slow (a build, offline installs, synths), so it runs after `npm test`, in
 * `.ci/run`, rather than inside it; `jest.config.js` leaves `__tests__/packages/` out.
 */
module.exports = {
  testEnvironment: "node",
  displayName: "packages",
  roots: ["<rootDir>/__tests__/packages"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": "<rootDir>/scripts/jest-transform.js",
  },
  globalSetup: "<rootDir>/__tests__/packages/packed.ts",
  setupFiles: ["<rootDir>/__tests__/support/setup-env.ts"],
  setupFilesAfterEnv: ["<rootDir>/__tests__/support/leak-guard.ts"],
  testTimeout: 300000,
  // One suite at a time: each installs apps and runs synths on the shared cores.
  maxWorkers: 1,
};
