// @ts-check
// Type-aware linting for everything hand-written. Generated bindings (.gen, .gen-cdktn), build output and
// fixtures that are meant not to compile are left out.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.gen/**",
      "**/.gen-cdktn/**",
      ".build/**",
      "dist/**",
      // Staged from lib/ and compiled by scripts/stage-package.ts, jsii and jsii-pacmak.
      "packages/*/src/**",
      "packages/*/dist/**",
      "packages/*/dist-pacmak/**",
      "**/cdktf.out/**",
      "coverage/**",
      "bench-results/**",
      "__tests__/fixtures/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // One program of tsconfig.json for every file, built up front: 12% faster than the project service here
      // (12.0 s against 13.7 s). A .ts file outside tsconfig's include is an error, as it is to tsc.
      parserOptions: { project: ["./tsconfig.json"], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // The bugs most likely in commands that poll and retry a remote API: named here so that they stay on.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", ignoreRestSiblings: true, caughtErrors: "none" }],
      // Type-only imports are erased by isolatedModules transpilers (tsx, and esbuild under jest) without loading the module.
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    files: ["__tests__/**/*.ts"],
    rules: {
      // Tests read parsed cdk.tf.json and command output (`any` by nature) and assert on it: a wrong
      // access fails the assertion that follows, so typing every step would add casts, not safety.
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-explicit-any": "off",
      // Example apps are loaded by path at run time, each into the test that synthesizes it.
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    // The command is its own package: it takes what it shares with the library from lib/shared.ts (engine-free)
    // or lib/shared-with-engine.ts (adopt), so the library's private files can change without it noticing.
    files: ["tools/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)lib/private(/|$)",
              message: "The command imports lib/shared (or lib/shared-with-engine for adopt), not lib/private: re-export what it needs there.",
            },
          ],
        },
      ],
    },
  },
  {
    // Import the construct packages by name: they resolve only once built and installed, which the
    // packages tests do (__tests__/packages/, and type-check the apps there).
    files: ["examples/platform-repo/**/*.ts", "examples/platform-repo-cdktn/**/*.ts", "examples/starter/**/*.ts"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    // Keeps disableTypeChecked's parser options (no program for plain JavaScript) beside the globals.
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { module: "writable", require: "readonly", __dirname: "readonly" } },
  },
  {
    // Plain CommonJS, run by node itself before anything is built: require is how it loads modules.
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
