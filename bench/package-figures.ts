/**
 * What each of the three packages adds to a fresh consumer app: its installed size, as `du -sk` reports
 * `node_modules/<package>`, and the packages the install adds (the app's node_modules counted before
 * and after). Builds and packs the workspaces, then installs offline (`--offline`: only the npm cache
 * this repository's own install filled), so no registry is contacted. Issue 26's goal for each construct
 * package: at most 2 MB installed, no runtime dependency.
 *
 *   npm run bench -- --packages-only
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export interface PackageFigure {
  readonly name: string;
  /** What the app holds before: its engine and constructs, or nothing for the command. */
  readonly app: string;
  /** `du -sk node_modules/<name>`. */
  readonly installedKiB: number;
  /** `du -sk node_modules` after the install: the package with everything it brought. */
  readonly nodeModulesKiB: number;
  readonly packagesBefore: number;
  readonly packagesAfter: number;
  /** `dependencies` of its package.json. */
  readonly runtimeDependencies: number;
}

const ENV = { ...process.env, CHECKPOINT_DISABLE: "1", JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: "20", npm_config_update_notifier: "false" };

function mustRun(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, env: ENV, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 900_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} (in ${cwd}) exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** `du -sk`: KiB on disk, as du counts them. */
function du(dir: string): number {
  return Number(mustRun("du", ["-sk", dir], dir).split("\t")[0]);
}

/** Every installed package under `node_modules` (scoped and nested ones too). */
export function countPackages(nodeModules: string): number {
  if (!fs.existsSync(nodeModules)) return 0;
  let count = 0;
  for (const entry of fs.readdirSync(nodeModules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const dirs = entry.name.startsWith("@")
      ? fs
          .readdirSync(path.join(nodeModules, entry.name), { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => path.join(nodeModules, entry.name, d.name))
      : [path.join(nodeModules, entry.name)];
    for (const dir of dirs) {
      if (fs.existsSync(path.join(dir, "package.json"))) count++;
      count += countPackages(path.join(dir, "node_modules"));
    }
  }
  return count;
}

function install(dir: string, dependencies: Record<string, string>): void {
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true, dependencies }, null, 2));
  if (Object.keys(dependencies).length > 0)
    mustRun("npm", ["install", "--offline", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund", "--no-package-lock"], dir);
}

/** Builds and packs the workspaces, then measures each package in its own fresh app. */
export function measurePackages(root: string, log: (line: string) => void = () => {}): PackageFigure[] {
  log("npm run build, npm pack --workspaces ...");
  mustRun("npm", ["run", "build"], root);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "cartesia-package-figures-"));
  try {
    const packed = JSON.parse(mustRun("npm", ["pack", "--workspaces", "--json", "--pack-destination", work], root)) as { name: string; filename: string }[];
    const tarball = (name: string) => path.join(work, packed.find((p) => p.name === name)!.filename);
    // The engine versions a consumer app pins (examples/starter, examples/platform-repo-cdktn).
    const apps: { name: string; app: string; base: Record<string, string> }[] = [
      { name: "cdktf-cartesia-genesys", app: "cdktf 0.21.0 + constructs", base: { cdktf: "0.21.0", constructs: "~10.7.2" } },
      { name: "cdktn-cartesia-genesys", app: "cdktn ^0.24.0 + constructs", base: { cdktn: "^0.24.0", constructs: "~10.7.2" } },
      { name: "cartesia-genesys", app: "an empty app", base: {} },
    ];
    return apps.map(({ name, app, base }) => {
      log(`${name}: a fresh app (${app}), then the package, offline ...`);
      const dir = path.join(work, name);
      fs.mkdirSync(dir);
      install(dir, base);
      const packagesBefore = countPackages(path.join(dir, "node_modules"));
      install(dir, { ...base, [name]: `file:${tarball(name)}` });
      const manifest = JSON.parse(fs.readFileSync(path.join(root, "packages", name, "package.json"), "utf8")) as { dependencies?: object };
      return {
        name,
        app,
        installedKiB: du(path.join(dir, "node_modules", name)),
        nodeModulesKiB: du(path.join(dir, "node_modules")),
        packagesBefore,
        packagesAfter: countPackages(path.join(dir, "node_modules")),
        runtimeDependencies: Object.keys(manifest.dependencies ?? {}).length,
      };
    });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The figures as a Markdown table. */
export function renderPackageFigures(figures: readonly PackageFigure[]): string[] {
  return [
    "## What each package adds to a fresh consumer app",
    "",
    "| package | app before | installed (`du -sk node_modules/<package>`) | packages added | runtime dependencies | app's node_modules after |",
    "| --- | --- | ---: | ---: | ---: | ---: |",
    ...figures.map(
      (f) =>
        `| \`${f.name}\` | ${f.app} | ${f.installedKiB} KiB | ${f.packagesAfter - f.packagesBefore} (${f.packagesBefore} -> ${f.packagesAfter}) | ${f.runtimeDependencies} | ${f.nodeModulesKiB} KiB |`,
    ),
  ];
}

// `npx tsx bench/package-figures.ts`: the figures alone, without the rest of the bench.
if (require.main === module) {
  const figures = measurePackages(path.resolve(__dirname, ".."), (line) => process.stderr.write(`${line}\n`));
  process.stdout.write(`${renderPackageFigures(figures).join("\n")}\n`);
}
