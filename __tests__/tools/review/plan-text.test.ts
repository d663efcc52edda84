/**
 * A plan's bytes parsed as far as the review reads them answer as the whole text parsed does: the same
 * members read, the same problem for what is not JSON or nests too deep.
 */
import fc from "fast-check";
import { planOf } from "../../../bench/review-plan";
import { parseJson } from "../../../tools/shared/json-input";
import { parsePlanBytes } from "../../../tools/review/plan-text";

const READ = ["format_version", "terraform_version", "resource_changes", "resource_drift", "configuration", "errored"];

/** What the review reads of a parse: the members it reads, and the kind of the one it only checks. */
function asRead(parsed: ReturnType<typeof parseJson>): unknown {
  if ("problem" in parsed) return parsed;
  const value = parsed.value;
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { value };
  const members = value as Record<string, unknown>;
  const kind = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "list" : typeof v);
  return {
    read: READ.filter((key) => Object.hasOwn(members, key)).map((key) => [key, members[key]]),
    checked: Object.keys(members)
      .filter((key) => !READ.includes(key))
      .map((key) => [key, kind(members[key])]),
  };
}

const same = (text: string) => expect(asRead(parsePlanBytes(Buffer.from(text, "utf8")))).toEqual(asRead(parseJson(text)));

test("a plan, as terraform writes it and with its whitespace changed", () => {
  const plan = planOf(3);
  same(JSON.stringify(plan));
  same(JSON.stringify(plan, null, 2));
  same(`\n\t ${JSON.stringify(plan, null, "\t")} \r\n`);
  const parsed = parsePlanBytes(Buffer.from(JSON.stringify(plan)));
  expect("value" in parsed && (parsed.value as Record<string, unknown>).planned_values).toEqual({});
});

test("generated JSON objects, and texts that are not JSON: the same answer (2,000 cases)", () => {
  const member = fc.oneof(fc.constantFrom(...READ, "planned_values", "prior_state", "__proto__", "x"), fc.string());
  const object = fc.dictionary(member, fc.jsonValue({ maxDepth: 5 }));
  const text = fc.oneof(
    object.map((o) => JSON.stringify(o)),
    object.map((o) => JSON.stringify(o, null, 1)),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    // Valid JSON, cut or with a byte changed: what a broken file looks like.
    fc
      .tuple(
        object.map((o) => JSON.stringify(o)),
        fc.nat(),
        fc.constantFrom("", "x", '"', "}", "]", ",", "\\", "\u0001", "01", "-", "tru", "1e"),
      )
      .map(([t, at, insert]) => t.slice(0, at % (t.length + 1)) + insert + t.slice((at % (t.length + 1)) + 1)),
    fc.string(),
  );
  fc.assert(fc.property(text, same), { numRuns: 2000, seed: 22 });
});

test("nested too deep inside a member that is read, and inside one that is only checked", () => {
  const deep = `${"[".repeat(100)}${"]".repeat(100)}`;
  same(`{"format_version": "1", "resource_changes": ${deep}}`);
  expect(asRead(parsePlanBytes(Buffer.from(`{"format_version": "1", "planned_values": {"a": ${deep}}}`)))).toEqual({
    read: [["format_version", "1"]],
    checked: [["planned_values", "object"]],
  });
});
