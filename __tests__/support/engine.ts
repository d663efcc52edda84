/**
 * The engine the current jest project runs on, and what the two engines write differently into the
 * same `cdktf.out`. jest's cdktn project maps `cdktf` to `cdktn` (jest.config.js), so asking the
 * package named `cdktf` for its name answers which engine is loaded.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type * as Cdktf from "cdktf";
import { name } from "cdktf/package.json";
import { tempDir } from "./helpers";

export type Engine = "cdktf" | "cdktn";
export const ENGINE = name as Engine;
export const ENGINES: readonly Engine[] = ["cdktf", "cdktn"];

/** Where each engine's generator writes the Genesys bindings (scripts/generate-bindings.ts). */
export const BINDINGS_DIR: Record<Engine, string> = { cdktf: ".gen", cdktn: ".gen-cdktn" };

/** The version of each engine installed here, read from its folder (the jest mapping does not reach a path). */
const VERSIONS = ENGINES.map(
  (engine) => (JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "node_modules", engine, "package.json"), "utf8")) as { version: string }).version,
);

/**
 * A `cdk.tf.json` or `manifest.json` with the two things the engines write differently made equal:
 * - the engine's own version, in `//.metadata.version` of each stack and in `version` of the manifest
 *   (`0.21.0` from cdktf, `0.24.0` from cdktn);
 * - an empty object or array: cdktf writes its brackets on two lines (`{`, then an indented `}`), cdktn `{}` or `[]`.
 * Everything else must be the same, byte for byte.
 */
export function withoutEngineDifferences(text: string): string {
  const version = new RegExp(`^( *)"version": "(?:${VERSIONS.map((v) => v.replace(/\./g, "\\.")).join("|")})"(,?)$`, "gm");
  return text
    .replace(version, '$1"version": "<engine version>"$2')
    .replace(/\{\n *\}/g, "{}")
    .replace(/\[\n *\]/g, "[]");
}

/**
 * A stack of the engine lib does not load in this project, as in an app where npm installed the construct
 * package's own peer: the real cdktn in jest's cdktf project; in its cdktn project (where lib's cdktf is
 * cdktn) the real cdktf, required by path past jest's mapping.
 */
export function foreignStack(id = "foreign"): Cdktf.TerraformStack {
  const other = (ENGINE === "cdktf" ? require("cdktn") : require(path.join(__dirname, "..", "..", "node_modules", "cdktf"))) as typeof Cdktf;
  return new other.TerraformStack(new other.App({ outdir: tempDir() }), id);
}
