/**
 * The benchmark's workloads: N connectors written with the construct, and the same resources written by
 * hand with the generated bindings, in each of the shapes users write (`SHAPES`). Both sides of a shape
 * must synthesize the same `cdk.tf.json`, byte for byte, or the comparison means nothing;
 * `assertSameDocuments` checks it before anything is timed.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, DataTerraformRemoteStateLocal, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { GenesyscloudProvider } from "../.gen/providers/genesyscloud/provider";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, IntegrationConfigMode, OutputFormat } from "../lib";
import { MAX_CONNECTORS_PER_ORGANIZATION } from "../lib/private/connector-registry";
import { declareKeyVariable, MODEL_ID, writeConnector } from "./hand-written";

/** How the connectors are written. */
export type Variant = "construct" | "raw";

/** Every variant that builds a construct tree, in the order the bench runs them. */
export const VARIANTS: readonly Variant[] = ["construct", "raw"];

/** A finished `cdk.tf.json`, parsed. */
export type TerraformDocument = { readonly [key: string]: unknown };

/** How the connectors of a stack get their inputs. */
export interface Shape {
  readonly name: string;
  /** One line for the report. */
  readonly summary: string;
  /** Adds `size` connectors to `stack` with `CartesiaTtsConnector`. */
  readonly construct: (stack: TerraformStack, size: number) => void;
  /** Adds the same resources (and variables, data sources) with the generated bindings alone. */
  readonly raw: (stack: TerraformStack, size: number) => void;
}

/** The shapes, in the order the bench runs and reports them. The first is the one issue 6 measured. */
export const SHAPES: readonly Shape[] = [
  {
    name: "shared",
    summary: "one key variable, one model and one format object shared by the stack's connectors",
    construct: (stack, size) => {
      const apiKey = CartesiaApiKey.fromVariable(stack, "cartesia_api_key");
      for (let i = 0; i < size; i++)
        new CartesiaTtsConnector(stack, connectorId(i), { apiKey, model: CartesiaModel.SONIC_3_2026_01_12, integrationName: integrationName(i) });
    },
    raw: (stack, size) => {
      const key = declareKeyVariable(stack, "cartesia_api_key").stringValue;
      for (let i = 0; i < size; i++) addRawConnector(stack, i, key);
    },
  },
  {
    name: "key-per-connector",
    summary: 'a key variable per connector, `CartesiaApiKey.fromVariable(stack, "key_" + i)`',
    construct: (stack, size) => {
      for (let i = 0; i < size; i++)
        new CartesiaTtsConnector(stack, connectorId(i), {
          apiKey: CartesiaApiKey.fromVariable(stack, `key_${i}`),
          model: CartesiaModel.SONIC_3_2026_01_12,
          integrationName: integrationName(i),
        });
    },
    raw: (stack, size) => {
      for (let i = 0; i < size; i++) addRawConnector(stack, i, declareKeyVariable(stack, `key_${i}`).stringValue);
    },
  },
  {
    name: "objects-per-connector",
    summary: "a new `CartesiaModel.snapshot(...)` and `OutputFormat.raw(...)` per connector, one key variable",
    construct: (stack, size) => {
      const apiKey = CartesiaApiKey.fromVariable(stack, "cartesia_api_key");
      for (let i = 0; i < size; i++) {
        new CartesiaTtsConnector(stack, connectorId(i), {
          apiKey,
          model: CartesiaModel.snapshot(MODEL_ID),
          outputFormat: OutputFormat.raw({ encoding: "pcm_s16le", sampleRate: 8000 }),
          integrationName: integrationName(i),
        });
      }
    },
    raw: (stack, size) => {
      const key = declareKeyVariable(stack, "cartesia_api_key").stringValue;
      for (let i = 0; i < size; i++) addRawConnector(stack, i, key);
    },
  },
  {
    name: "from-token",
    summary: '`CartesiaApiKey.fromToken(keys.getString("key_" + i))` per connector, from one remote state per stack',
    construct: (stack, size) => {
      const keys = declareKeyState(stack);
      for (let i = 0; i < size; i++)
        new CartesiaTtsConnector(stack, connectorId(i), {
          apiKey: CartesiaApiKey.fromToken(keys.getString(`key_${i}`)),
          model: CartesiaModel.SONIC_3_2026_01_12,
          integrationName: integrationName(i),
        });
    },
    raw: (stack, size) => {
      const keys = declareKeyState(stack);
      for (let i = 0; i < size; i++) addRawConnector(stack, i, keys.getString(`key_${i}`));
    },
  },
  {
    name: "embedded",
    summary: "`configMode: IntegrationConfigMode.EMBEDDED` (the config block inside the integration), one key variable",
    construct: (stack, size) => {
      const apiKey = CartesiaApiKey.fromVariable(stack, "cartesia_api_key");
      for (let i = 0; i < size; i++)
        new CartesiaTtsConnector(stack, connectorId(i), {
          apiKey,
          model: CartesiaModel.SONIC_3_2026_01_12,
          configMode: IntegrationConfigMode.EMBEDDED,
          integrationName: integrationName(i),
        });
    },
    raw: (stack, size) => {
      const key = declareKeyVariable(stack, "cartesia_api_key").stringValue;
      for (let i = 0; i < size; i++) addRawConnector(stack, i, key, { embedded: true });
    },
  },
  {
    name: "all-per-connector",
    summary: "what a new user writes first: a key variable, a model and a format object per connector",
    construct: (stack, size) => {
      for (let i = 0; i < size; i++) {
        new CartesiaTtsConnector(stack, connectorId(i), {
          apiKey: CartesiaApiKey.fromVariable(stack, `key_${i}`),
          model: CartesiaModel.snapshot(MODEL_ID),
          outputFormat: OutputFormat.raw({ encoding: "pcm_s16le", sampleRate: 8000 }),
          integrationName: integrationName(i),
        });
      }
    },
    raw: (stack, size) => {
      for (let i = 0; i < size; i++) addRawConnector(stack, i, declareKeyVariable(stack, `key_${i}`).stringValue);
    },
  },
];

/** The shape named `name`; throws with the known names otherwise. */
export function shapeNamed(name: string): Shape {
  const shape = SHAPES.find((s) => s.name === name);
  if (!shape) throw new Error(`unknown shape ${JSON.stringify(name)}; known: ${SHAPES.map((s) => s.name).join(", ")}`);
  return shape;
}

/**
 * Splits `connectors` into stacks of at most ten: one stack stands for one Genesys organization, and the
 * construct refuses an eleventh connector on one provider.
 */
export function stackSizes(connectors: number): number[] {
  if (!Number.isInteger(connectors) || connectors < 1) throw new Error(`connectors: got ${connectors}; expected a positive integer`);
  const sizes: number[] = [];
  for (let left = connectors; left > 0; left -= MAX_CONNECTORS_PER_ORGANIZATION) {
    sizes.push(Math.min(left, MAX_CONNECTORS_PER_ORGANIZATION));
  }
  return sizes;
}

/** Builds `connectors` connectors into `app`, in `shape`, as `variant` writes them. */
export function buildConnectors(app: App, variant: Variant, connectors: number, shape: Shape = SHAPES[0]): void {
  stackSizes(connectors).forEach((size, s) => {
    const stack = new TerraformStack(app, `org-${s}`);
    new GenesyscloudProvider(stack, "genesyscloud", {});
    shape[variant](stack, size);
  });
}

function integrationName(i: number): string {
  return `Cartesia ${i}`;
}

/**
 * The construct id of connector `i`, and of the raw side's plain construct in its place. The construct
 * side calls `new CartesiaTtsConnector` right in its loop, as a user does, whose constructor makes the
 * resources in a function; the raw side calls `addRawConnector`, which calls `writeConnector`: the
 * resources are two calls below the loop on either side, so each token's stack trace (which costs per
 * frame) has as many frames.
 */
function connectorId(i: number): string {
  return `cartesia-${i}`;
}

/** Keys kept as outputs of another configuration's state, read with `getString`. */
function declareKeyState(stack: TerraformStack): DataTerraformRemoteStateLocal {
  return new DataTerraformRemoteStateLocal(stack, "keys", { path: "keys.tfstate" });
}

/** What a user writes without the library (hand-written.ts), under a plain construct of the same id so logical ids match. */
function addRawConnector(stack: TerraformStack, i: number, apiKey: string, options: { embedded?: boolean } = {}): void {
  writeConnector(new Construct(stack, connectorId(i)), { name: integrationName(i), apiKey, embedded: options.embedded });
}

/** A temporary directory for one synth; the caller removes it. */
export function makeOutdir(prefix = "cartesia-bench-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Builds and synthesizes `connectors` connectors in `shape` as `variant` writes them; returns each stack's document. */
export function synthDocuments(variant: Variant, connectors: number, shape: Shape = SHAPES[0]): Record<string, TerraformDocument> {
  const outdir = makeOutdir();
  try {
    const app = new App({ outdir });
    buildConnectors(app, variant, connectors, shape);
    app.synth();
    return readDocuments(outdir);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** Each stack's `cdk.tf.json` in a cdktf output directory, parsed, by stack name. */
export function readDocuments(outdir: string): Record<string, TerraformDocument> {
  const documents: Record<string, TerraformDocument> = {};
  const stacksDir = path.join(outdir, "stacks");
  for (const name of fs.readdirSync(stacksDir).sort()) {
    documents[name] = JSON.parse(fs.readFileSync(path.join(stacksDir, name, "cdk.tf.json"), "utf8")) as TerraformDocument;
  }
  return documents;
}

/** Throws unless the construct and the hand-written bindings synthesize the same documents in `shape`; returns them. */
export function assertSameDocuments(connectors: number, shape: Shape = SHAPES[0]): Record<string, TerraformDocument> {
  const construct = synthDocuments("construct", connectors, shape);
  const raw = synthDocuments("raw", connectors, shape);
  const a = JSON.stringify(construct);
  const b = JSON.stringify(raw);
  if (a !== b) {
    const at = firstDifference(a, b);
    throw new Error(
      `bench/cases.ts: in shape ${shape.name}, the construct and the raw bindings no longer synthesize the same JSON at ${connectors} connectors; ` +
        `update its raw side to what the construct writes.\nfirst difference at character ${at}:\nconstruct: …${a.slice(Math.max(0, at - 300), at + 300)}\nraw:       …${b.slice(Math.max(0, at - 300), at + 300)}`,
    );
  }
  return construct;
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
