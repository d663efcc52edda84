/** Type-checking happens once, in `npm run typecheck` (part of `npm test`); jest only transpiles. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { diagnostics: false }],
  },
  setupFiles: ["<rootDir>/__tests__/setup-env.ts"],
  testTimeout: 120000,
};
