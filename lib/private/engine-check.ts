import { ENGINE } from "./engine";

/**
 * Loaded before anything that imports the engine (lib/index.ts imports it first): a construct package
 * installed into an app of the other engine says which package to take, rather than Node's
 * "Cannot find module".
 */
export function engineProblem(engine: "cdktf" | "cdktn", resolve: (name: string) => string): string | undefined {
  const other = engine === "cdktf" ? "cdktn" : "cdktf";
  const has = (name: string): boolean => {
    try {
      resolve(name);
      return true;
    } catch {
      return false;
    }
  };
  if (has(engine)) return undefined;
  if (has(other)) {
    return `${engine}-cartesia-genesys is the construct library for ${engine} apps, and this app uses ${other}: install ${other}-cartesia-genesys instead (npm install ${other}-cartesia-genesys) and import from it.`;
  }
  return `${engine}-cartesia-genesys needs its peer dependencies ${engine} and constructs: npm install ${engine} constructs`;
}

// Node's require, declared here so that lib type-checks without Node's type definitions (consumers' apps may have none).
declare const require: { resolve(name: string): string };

const problem = engineProblem(ENGINE, (name) => require.resolve(name));
if (problem !== undefined) throw new Error(problem);
