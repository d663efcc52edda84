import * as fs from "node:fs";
import * as path from "node:path";
import { parseJson } from "../shared/json-input";
import { readTextFile } from "../shared/safe-files";
import { quotedName } from "../shared/text-escaping";
import { schemaShapeProblems } from "./schema-shape";
import type { ProvidersSchema } from "./schema-types";

/** File name of the provider schema this library pins (in the package's `schema/` folder). */
export const PINNED_SCHEMA_FILE = "genesyscloud-provider-schema.v1.86.json";

/**
 * Finds the pinned schema by walking up from `from` to the first `schema/<PINNED_SCHEMA_FILE>`.
 * Walking up keeps one answer for every layout: `tools/validate/` in the repo and
 * `dist/tools/validate/` in the published package sit at different depths below the package root.
 */
export function findPinnedSchemaPath(from: string = __dirname): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "schema", PINNED_SCHEMA_FILE);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) {
      throw new Error(`cannot find schema/${PINNED_SCHEMA_FILE} in ${from} or any folder above it; pass --schema <file>.`);
    }
  }
}

/**
 * Reads a `terraform providers schema -json` document. Throws with the file name when the file is not
 * JSON or lacks `provider_schemas`, so a wrong `--schema` argument cannot make every type "not checked".
 */
export function loadProviderSchema(file: string = findPinnedSchemaPath()): ProvidersSchema {
  // A regular file of bounded size; a FIFO or a device is refused rather than read until memory runs out.
  const parsed = parseJson(readTextFile(file));
  const shown = quotedName(file);
  if ("problem" in parsed) throw new Error(`cannot read provider schema ${shown}: ${parsed.problem}`);
  const schemas = (parsed.value as { provider_schemas?: unknown } | null)?.provider_schemas;
  if (schemas === null || typeof schemas !== "object" || Array.isArray(schemas)) {
    throw new Error(`${shown} is not a provider schema: expected the output of "terraform providers schema -json" (an object with "provider_schemas").`);
  }
  const problems = schemaShapeProblems(parsed.value);
  if (problems.length > 0) {
    const more = problems.length > 5 ? `; and ${problems.length - 5} more` : "";
    throw new Error(`${shown} is not a provider schema this validator can read: ${problems.slice(0, 5).join("; ")}${more}`);
  }
  return parsed.value as ProvidersSchema;
}
