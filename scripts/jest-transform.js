/**
 * Jest's transform for the TypeScript tests and sources: esbuild strips the types (type-checking is
 * `npm run typecheck`'s job, once, before jest). Dynamic `import()` becomes `require`, as tsc's CommonJS
 * output does, since jest's module registry only sees `require`.
 */
const esbuild = require("esbuild");

module.exports = {
  process(source, filename) {
    const { code, map } = esbuild.transformSync(source, {
      loader: "ts",
      format: "cjs",
      target: "node20",
      sourcemap: "external",
      sourcefile: filename,
      supported: { "dynamic-import": false },
    });
    return { code, map };
  },
};
