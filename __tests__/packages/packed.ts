/**
 * The three packages as npm would publish them: `npm run build` (stage, jsii, API.md, the command's tsc),
 * then `npm pack --workspaces`, once per `npm run test:packages` (jest's globalSetup: `setup` below). The
 * suites read the tarballs from `.build/packs/`.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
const PACKS = path.join(ROOT, ".build", "packs");
const INDEX = path.join(PACKS, "index.json");

/** The package names, each with its tarball's file name. */
export type Packed = Record<"cdktf-cartesia-genesys" | "cdktn-cartesia-genesys" | "cartesia-genesys", { filename: string; files: { path: string }[] }>;

function mustRun(command: string, args: string[]): string {
  const env = { ...process.env, CHECKPOINT_DISABLE: "1", JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: "20" };
  const result = spawnSync(command, args, { cwd: ROOT, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 900_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** jest globalSetup: builds and packs the workspaces into `.build/packs/`. */
export default function setup(): void {
  mustRun("npm", ["run", "build"]);
  fs.rmSync(PACKS, { recursive: true, force: true });
  fs.mkdirSync(PACKS, { recursive: true });
  const packed = JSON.parse(mustRun("npm", ["pack", "--workspaces", "--json", "--pack-destination", PACKS])) as {
    name: string;
    filename: string;
    files: { path: string }[];
  }[];
  fs.writeFileSync(INDEX, JSON.stringify(Object.fromEntries(packed.map(({ name, filename, files }) => [name, { filename, files }]))));
}

/** What `setup` packed. */
export function packed(): Packed {
  if (!fs.existsSync(INDEX)) throw new Error(`${path.relative(ROOT, INDEX)} is missing: run these suites with npm run test:packages`);
  return JSON.parse(fs.readFileSync(INDEX, "utf8")) as Packed;
}

/** The tarball of `name`, by absolute path. */
export function tarball(name: keyof Packed): string {
  return path.join(PACKS, packed()[name].filename);
}
