/**
 * Proof that the validator can fail: each row of the variants table (support/broken-variants.ts)
 * breaks a real synthesized stack in one way and names every problem the validator must report,
 * path and message exactly.
 */
import { copyOf, problemsOf } from "../../support/validate-helpers";
import { type Doc, embedded, standalone, VARIANTS } from "../../support/broken-variants";

test("the unbroken bases are clean", () => {
  expect(problemsOf(standalone)).toEqual([]);
  expect(problemsOf(embedded)).toEqual([]);
});

test("the table holds at least 15 broken variants", () => {
  expect(Object.keys(VARIANTS).length).toBeGreaterThanOrEqual(15);
});

test.each(Object.entries(VARIANTS))("%s is caught with its path and message", (_name, { base, breakIt, expected }) => {
  const doc = copyOf(base) as Doc;
  breakIt(doc);
  expect(problemsOf(doc)).toEqual(expected);
});
