import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { kindOf } from "../safe-files";
import { COPY_LIMITS, type StackEntry } from "./reach-outside";

/** A temporary copy of one stack, where terraform may write whatever it writes. */
export interface Workdir {
  readonly root: string;
  /** The stack's copy: terraform runs here. */
  readonly stackDir: string;
  readonly cliConfigFile: string;
  readonly varFile: string;
  readonly planFile: string;
  /** Terraform's HOME and TMPDIR: empty folders of the copy, so nothing of the user's home is read. */
  readonly home: string;
  readonly tmp: string;
  /** Removes everything. */
  remove(): void;
}

/** The override file that swaps the stack's backend for a local state inside the copy. */
export const BACKEND_OVERRIDE_FILE = "cartesia_genesys_backend_override.tf.json";

/** What to copy, and what to add. */
export interface WorkdirOptions {
  /** The synthesized stack folder (`cdktf.out/stacks/<stack>`). */
  readonly stackDir: string;
  readonly stackName: string;
  /** Values for the `-var-file` of the plan. */
  readonly variables: Readonly<Record<string, unknown>>;
  /** A Terraform state (format 4) to plan against; without one, the plan starts from nothing. */
  readonly state?: unknown;
  /** Extra files, by path relative to the stack's copy (a remote state a data source reads); they must land inside the copy's folder. */
  readonly files?: Readonly<Record<string, string>>;
  /** Where the temporary folder is made; default the system's. */
  readonly parent?: string;
  /** The folder's listing (`listStackFolder`), when the caller already has it. */
  readonly entries?: readonly StackEntry[];
}

/** What is never copied: terraform's own working files and state from a real run. */
const SKIPPED = [/^\.terraform$/, /^\.terraform\.lock\.hcl$/, /\.tfstate(\.backup)?$/, /^terraform\.tfstate\.d$/, /\.tfplan$/];

/**
 * Every entry of a stack folder but terraform's own working files (`SKIPPED`), links not followed, in
 * a stable order. Stops one past `COPY_LIMITS.entries`: a folder that large is refused, not walked.
 */
export function listStackFolder(stackDir: string): StackEntry[] {
  const entries: StackEntry[] = [];
  const walk = (relative: string) => {
    for (const name of fs.readdirSync(path.join(stackDir, relative)).sort()) {
      if (entries.length > COPY_LIMITS.entries) return;
      if (SKIPPED.some((re) => re.test(name))) continue;
      const rel = relative === "" ? name : `${relative}/${name}`;
      const stat = fs.lstatSync(path.join(stackDir, rel));
      if (stat.isDirectory()) {
        entries.push({ path: rel, kind: "directory", size: 0 });
        walk(rel);
      } else if (stat.isFile()) entries.push({ path: rel, kind: "file", size: stat.size });
      else if (stat.isSymbolicLink()) entries.push({ path: rel, kind: "symlink", size: 0 });
      else entries.push({ path: rel, kind: "other", what: kindOf(stat), size: 0 });
    }
  };
  walk("");
  return entries;
}

/**
 * Copies a synthesized stack folder into a fresh temporary folder, at the same depth below a stand-in
 * project (`<tmp>/project/cdktf.out/stacks/<stack>/`), so relative paths such as a local backend's
 * `../../../terraform.<stack>.tfstate` resolve inside the copy and never reach the user's files. The
 * backend is replaced by a local one in the copy: a plan never reads or writes the user's state.
 */
export function prepareWorkdir(options: WorkdirOptions): Workdir {
  const { stackDir, stackName } = options;
  const root = fs.mkdtempSync(path.join(options.parent ?? os.tmpdir(), "cgtf-"));
  try {
    const copy = path.join(root, "project", "cdktf.out", "stacks", stackName);
    fs.mkdirSync(copy, { recursive: true });
    // Only regular files and folders: a symbolic link or a device of the folder is never followed into the copy.
    for (const entry of options.entries ?? listStackFolder(stackDir)) {
      if (entry.kind === "directory") fs.mkdirSync(path.join(copy, entry.path), { recursive: true });
      else if (entry.kind === "file") fs.copyFileSync(path.join(stackDir, entry.path), path.join(copy, entry.path));
    }
    for (const [relative, text] of Object.entries(options.files ?? {})) {
      const file = path.resolve(copy, relative);
      if (path.relative(root, file).startsWith("..") || path.isAbsolute(path.relative(root, file))) {
        throw new Error(`cannot place ${relative}: it resolves outside the temporary folder`);
      }
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
    const state = path.join(root, "terraform.tfstate");
    if (options.state !== undefined) fs.writeFileSync(state, JSON.stringify(options.state, null, 2));
    fs.writeFileSync(path.join(copy, BACKEND_OVERRIDE_FILE), JSON.stringify({ terraform: { backend: { local: { path: state } } } }, null, 2));
    const mirror = path.join(root, "no-providers");
    fs.mkdirSync(mirror);
    const cliConfigFile = path.join(root, "terraform.tfrc");
    // Any provider other than the reattached one must come from an empty mirror: nothing is downloaded.
    fs.writeFileSync(
      cliConfigFile,
      `disable_checkpoint = true\nprovider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(mirror)}\n  }\n}\n`,
    );
    const home = path.join(root, "home");
    const tmp = path.join(root, "tmp");
    fs.mkdirSync(home);
    fs.mkdirSync(tmp);
    const varFile = path.join(root, "placeholders.tfvars.json");
    fs.writeFileSync(varFile, JSON.stringify(options.variables, null, 2));
    return {
      root,
      stackDir: copy,
      cliConfigFile,
      varFile,
      planFile: path.join(root, "plan.tfplan"),
      home,
      tmp,
      remove: () => fs.rmSync(root, { recursive: true, force: true }),
    };
  } catch (err) {
    fs.rmSync(root, { recursive: true, force: true });
    throw err;
  }
}
