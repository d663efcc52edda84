import type { SectionResult } from "./declarations";
import { describeJson, entriesOf, formatPath, isJsonObject } from "./json-path";
import { problem } from "./report";

/** Module calls need a `source`; their inputs depend on the module, which is not available here, so each is "not checked". */
export function checkModules(section: unknown): SectionResult {
  const result: SectionResult = { problems: [], notChecked: [], checked: 0 };
  if (section === undefined) return result;
  if (!isJsonObject(section)) {
    result.problems.push(problem(["module"], `wrong type: "module" must be an object of module calls, got ${describeJson(section)}`));
    return result;
  }
  for (const [name, body] of entriesOf(section)) {
    const path = ["module", name];
    if (!isJsonObject(body) || typeof body.source !== "string") {
      result.problems.push(problem(path, `module "${name}" needs a "source" string`));
      continue;
    }
    result.notChecked.push({ path: formatPath(path), kind: "module", type: body.source, reason: "module inputs are not described by a provider schema" });
  }
  return result;
}
