import { notesOf } from "../../shared/genesys/notes";
import type { Models } from "../../shared/genesys/sdk";
import { jsonDifferences, showJson } from "../../shared/json-diff";
import { failed, passed, type CheckResult } from "../report";
import type { ExpectedConnector } from "../expected";
import { describeFailure } from "./describe-failure";

/** A `${...}` value is resolved at deploy: cdk.tf.json cannot say what Genesys should hold. */
const isExpression = (value: unknown) => typeof value === "string" && value.includes("${");

/**
 * Check 5: the integration's current config equals what was synthesized: its name and notes, and `properties`
 * and `advanced` compared as parsed JSON, each differing key named with both values. A key Genesys holds
 * that the code does not set counts: the provider would show it as a change on every plan.
 */
export function checkConfig(expected: ExpectedConnector, answer: Models.IntegrationConfiguration | Error): CheckResult {
  if (answer instanceof Error) return failed("config", `could not read the current config: ${describeFailure(answer)}`);
  const lines: string[] = [];
  if (expected.name !== undefined && !isExpression(expected.name) && answer.name !== expected.name) {
    lines.push(`name: Genesys has ${showJson(answer.name)}, the code has ${showJson(expected.name)}`);
  }
  // Empty notes may come back as the API's sentinel for "": the provider reads it as "", and so does verify.
  const notes = notesOf(answer.notes);
  if (expected.notes !== undefined && !isExpression(expected.notes) && notes !== expected.notes) {
    lines.push(
      `notes: Genesys has ${showJson(notes)}, the code has ${showJson(expected.notes)}${expected.notes === "" ? ' (an unset notes is written as "")' : ""}`,
    );
  }
  const compared: string[] = [];
  for (const kind of ["properties", "advanced"] as const) {
    if (expected[kind] === undefined) {
      lines.push(`${kind}: not compared: the synthesized ${kind} is not a JSON object`);
      continue;
    }
    compared.push(kind);
    for (const difference of jsonDifferences(expected[kind], answer[kind] ?? {}, { path: kind, skip: isExpression })) {
      const code = difference.left === undefined ? "the code does not set it" : `the code has ${showJson(difference.left)}`;
      lines.push(`${difference.path}: Genesys has ${showJson(difference.right)}, ${code}`);
    }
  }
  if (lines.length > 0) {
    return failed("config", "the current config differs from what was synthesized (it was changed in Genesys, or the code was not deployed):", [
      ...lines,
      "cdktf deploy writes the code's values back; or change the code to keep what Genesys has.",
    ]);
  }
  return passed("config", `name, notes, ${compared.join(" and ")} equal what was synthesized (version ${answer.version}).`);
}
