// The benchmark compares the construct with the same resources written by hand; the comparison only
// means something while both synthesize the same JSON. Small N, no timing: the bench itself is never
// part of npm test.
import { assertSameDocuments, stackSizes } from "../../bench/cases";

describe("bench cases", () => {
  test("split connectors into stacks of at most ten, one organization each", () => {
    expect(stackSizes(1)).toEqual([1]);
    expect(stackSizes(10)).toEqual([10]);
    expect(stackSizes(12)).toEqual([10, 2]);
    expect(stackSizes(1000)).toHaveLength(100);
    expect(() => stackSizes(0)).toThrow("expected a positive integer");
  });

  test("the construct and the raw bindings synthesize the same JSON, byte for byte", () => {
    const documents = assertSameDocuments(12);
    expect(Object.keys(documents)).toEqual(["org-0", "org-1"]);
    const resources = documents["org-1"].resource as Record<string, Record<string, unknown>>;
    expect(Object.keys(resources).sort()).toEqual(["genesyscloud_integration", "genesyscloud_integration_config", "genesyscloud_integration_credential"]);
    expect(Object.keys(resources.genesyscloud_integration_config)).toHaveLength(2);
  });
});
