import { formatPath, type JsonPath } from "../shared/json-path";
import { describeKeyLiteral, keyLiterals } from "../shared/key-literals";
import type { TerraformDocument } from "../shared/synthesized-connectors";
import type { Finding } from "./review-model";

/** Where the per-connector findings already report a literal key: a credential's field values. */
function inCredentialField(path: JsonPath): boolean {
  return path[0] === "resource" && path[1] === "genesyscloud_integration_credential" && path[3] === "fields" && path.length === 5;
}

/**
 * A key in plain text anywhere in a stack (a variable's default, a local, a name, any value) is risky:
 * terraform reads it from cdk.tf.json, and the file is committed or uploaded as a build artifact.
 */
export function stackKeyFindings(document: TerraformDocument): Finding[] {
  return keyLiterals(document)
    .filter((literal) => !(literal.place === "value" && inCredentialField(literal.path)))
    .map((literal) => ({ severity: "risky", code: "key-in-stack", message: `${formatPath(literal.path)}: ${describeKeyLiteral(literal)}.` }));
}
