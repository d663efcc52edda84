/**
 * What in a synthesized stack folder would let terraform reach past the stack's copy, found before
 * terraform runs: a file terraform would read besides `cdk.tf.json` (an `*_override.tf.json`, a second
 * configuration, a variables file), a symbolic link or special file, a folder too large to copy, a
 * module from anywhere but a folder of the stack, and a `terraform_remote_state` that is not a local
 * file inside the copy. Pure: the folder's listing and the parsed `cdk.tf.json` come in as values.
 *
 * The stack's own backend is not among them: the copy's override replaces it (see workdir.ts), so
 * terraform never reads it. What a local module's own files say is the sandbox's to contain.
 */
import * as path from "node:path";
import { formatPath, isJsonObject, type JsonPath } from "../json-path";
import { quotedName } from "../text-escaping";

/** One entry of a stack folder, by its path relative to the folder (`/`-separated). */
export interface StackEntry {
  readonly path: string;
  readonly kind: "file" | "directory" | "symlink" | "other";
  /** For "other": what it is ("a named pipe (FIFO)", ...). */
  readonly what?: string;
  readonly size: number;
}

/** Something that would reach outside the copy: where, and why it is refused. */
export interface Refusal {
  /** A file of the folder, or `cdk.tf.json` and a JSON path in it. */
  readonly where: string;
  readonly message: string;
}

/** The most that is copied of one stack folder. */
export const COPY_LIMITS = { entries: 10_000, bytes: 256 * 1024 * 1024 } as const;

/** The files terraform reads from the folder it runs in, on its own: configurations, overrides, variables. */
const READ_BY_TERRAFORM = /\.(tf|tf\.json|tofu|tofu\.json|tfvars|tfvars\.json)$/;

/** Everything in the folder and its `cdk.tf.json` that is refused, in the folder's order then the document's. */
export function refusalsOf(entries: readonly StackEntry[], document: unknown): Refusal[] {
  return [...entryRefusals(entries), ...moduleRefusals(document), ...remoteStateRefusals(document)];
}

function entryRefusals(entries: readonly StackEntry[]): Refusal[] {
  const refusals: Refusal[] = [];
  const bytes = entries.reduce((sum, e) => sum + e.size, 0);
  if (entries.length > COPY_LIMITS.entries || bytes > COPY_LIMITS.bytes) {
    refusals.push({
      where: ".",
      message: `the stack folder holds more than ${COPY_LIMITS.entries.toLocaleString("en-US")} entries or ${COPY_LIMITS.bytes / 1024 / 1024} MiB; at most that is copied for terraform`,
    });
  }
  for (const entry of entries) {
    if (entry.kind === "symlink") {
      refusals.push({ where: entry.path, message: "a symbolic link; only regular files and folders of the stack are copied for terraform" });
    } else if (entry.kind === "other") {
      refusals.push({
        where: entry.path,
        message: `${entry.what ?? "not a regular file"}; only regular files and folders of the stack are copied for terraform`,
      });
    } else if (entry.kind === "file" && !entry.path.includes("/") && entry.path !== "cdk.tf.json" && READ_BY_TERRAFORM.test(entry.path)) {
      refusals.push({
        where: entry.path,
        message:
          "terraform would read this file along with cdk.tf.json (an override, a second configuration or a variables file); cdktf writes none, and validate --terraform gives terraform cdk.tf.json alone",
      });
    }
  }
  return refusals;
}

function moduleRefusals(document: unknown): Refusal[] {
  const refusals: Refusal[] = [];
  for (const [name, body, at] of labelled(document, ["module"])) {
    const source = body.source;
    if (typeof source === "string" && isLocalInside(source, 0)) continue;
    refusals.push({
      where: where([...at, "source"]),
      message: `${source === undefined ? "no source" : quotedName(typeof source === "string" ? source : JSON.stringify(source))} is not a local path inside the stack folder ("./..."); validate --terraform downloads no module (module ${quotedName(name)})`,
    });
  }
  return refusals;
}

function remoteStateRefusals(document: unknown): Refusal[] {
  const refusals: Refusal[] = [];
  // A check block's scoped data sources are data sources too.
  const scopes: [unknown, JsonPath][] = [[document, []], ...labelled(document, ["check"]).map(([, body, at]): [unknown, JsonPath] => [body, at])];
  const remoteStates = scopes.flatMap(([scope, base]) => labelled(scope, ["data", "terraform_remote_state"], base));
  for (const [, body, at] of remoteStates) {
    // Without a backend terraform refuses the block itself, before it reads anything: its error says so.
    if (body.backend === undefined) continue;
    if (body.backend !== "local") {
      refusals.push({
        where: where([...at, "backend"]),
        message: `${quotedName(typeof body.backend === "string" ? body.backend : JSON.stringify(body.backend ?? null))} is not "local"; validate --terraform reads no remote state but a local file inside the stack's copy`,
      });
      continue;
    }
    if (body.config === undefined) continue;
    if (!isJsonObject(body.config)) {
      refusals.push({ where: where([...at, "config"]), message: "not an object of literal values; validate --terraform cannot tell which file it reads" });
      continue;
    }
    for (const key of ["path", "workspace_dir"]) {
      const value = body.config[key];
      if (value === undefined || (typeof value === "string" && isLocalInside(value, PROJECT_LEVELS))) continue;
      refusals.push({
        where: where([...at, "config", key]),
        message: `${quotedName(typeof value === "string" ? value : JSON.stringify(value))} leads outside the stack's copy; validate --terraform reads no state but its own and files inside the copy`,
      });
    }
  }
  return refusals;
}

/**
 * How many folders above the stack's copy still lie in the stand-in project: the copy sits at
 * `<tmp>/project/cdktf.out/stacks/<stack>/`, so a default app's `../../../terraform.<stack>.tfstate`
 * stays inside it.
 */
const PROJECT_LEVELS = 3;

/** A literal relative path that climbs at most `up` folders above the stack folder and stays below that one (0: inside the folder). */
function isLocalInside(text: string, up: number): boolean {
  if (text.includes("${") || text.includes("%{") || path.posix.isAbsolute(text) || text.startsWith("~") || /^[A-Za-z]:/.test(text)) return false;
  if (up === 0 && !text.startsWith("./") && !text.startsWith("../")) return false;
  const base = Array.from({ length: up + 1 }, (_, i) => `d${i}`).join("/");
  return path.posix.normalize(`${base}/${text}`).startsWith("d0/");
}

/**
 * The labelled blocks under `types` (`module`, `check` or `data.terraform_remote_state`), each body once,
 * in the shapes Terraform's JSON syntax takes: an object by label, or an array of such objects at any
 * level. `base` is where `document` sits in the whole one.
 */
function labelled(document: unknown, types: readonly string[], base: JsonPath = []): [name: string, body: Record<string, unknown>, at: JsonPath][] {
  let level: [value: unknown, at: JsonPath][] = [[document, base]];
  for (const type of types) {
    level = level.flatMap(([value, at]) =>
      objects(value, at).flatMap(([o, p]): [unknown, JsonPath][] => (Object.hasOwn(o, type) ? [[o[type], [...p, type]]] : [])),
    );
  }
  const found: [string, Record<string, unknown>, JsonPath][] = [];
  for (const [value, at] of level) {
    for (const [byLabel, p] of objects(value, at)) {
      for (const [name, body] of Object.entries(byLabel)) {
        if (name.startsWith("//")) continue;
        for (const [o, q] of objects(body, [...p, name])) found.push([name, o, q]);
      }
    }
  }
  return found;
}

/** An object, or each object of an array, with where it is. */
function objects(value: unknown, at: JsonPath): [Record<string, unknown>, JsonPath][] {
  if (isJsonObject(value)) return [[value, at]];
  if (Array.isArray(value)) return value.flatMap((v, i) => (isJsonObject(v) ? [[v, [...at, i]] as [Record<string, unknown>, JsonPath]] : []));
  return [];
}

function where(at: JsonPath): string {
  return `cdk.tf.json ${formatPath(at)}`;
}
