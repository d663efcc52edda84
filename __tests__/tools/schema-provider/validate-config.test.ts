import { UNKNOWN } from "../../../tools/schema-provider/cty-value";
import { Severity } from "../../../tools/schema-provider/protocol";
import { allowedValueProblems, computedOnlyProblems } from "../../../tools/schema-provider/validate-config";
import type { BlockSchema } from "../../../tools/validate/schema-types";
import { PINNED_SCHEMA } from "../../support/validate-helpers";

const FLOW = PINNED_SCHEMA.provider_schemas["registry.terraform.io/mypurecloud/genesyscloud"].resource_schemas!.genesyscloud_flow.block!;

test("a value for a computed-only attribute is refused as the plugin SDK refuses it; optional+computed ones may be set", () => {
  expect(computedOnlyProblems(FLOW, { filepath: "f.yaml", file_content_hash: "0f3a", name: "set by the user", id: null })).toEqual([
    {
      severity: Severity.ERROR,
      summary: "Computed attributes cannot be set",
      detail: 'Computed attributes cannot be set, but a value was set for "file_content_hash".',
      attribute: { steps: [{ attribute_name: "file_content_hash" }] },
    },
  ]);
  expect(computedOnlyProblems(FLOW, { filepath: "f.yaml", file_content_hash: null })).toEqual([]);
});

test("nested blocks are searched, and the path names the block's position", () => {
  const block: BlockSchema = {
    block_types: {
      rule: { nesting_mode: "list", block: { attributes: { name: { type: "string", optional: true }, arn: { type: "string", computed: true } } } },
    },
  };
  expect(
    computedOnlyProblems(block, {
      rule: [
        { name: "a", arn: null },
        { name: "b", arn: "x" },
      ],
    }),
  ).toEqual([
    {
      severity: Severity.ERROR,
      summary: "Computed attributes cannot be set",
      detail: 'Computed attributes cannot be set, but a value was set for "rule.1.arn".',
      attribute: { steps: [{ attribute_name: "rule" }, { element_key_int: 1 }, { attribute_name: "arn" }] },
    },
  ]);
});

test("an allowed-values list refuses anything else, worded as the SDK's StringInSlice; unknown and null values wait", () => {
  const allowed = { intended_state: ["ENABLED", "DISABLED"] };
  expect(allowedValueProblems(allowed, { intended_state: "enabled" }).map((p) => p.summary)).toEqual([
    'expected intended_state to be one of ["ENABLED" "DISABLED"], got enabled',
  ]);
  expect(allowedValueProblems(allowed, { intended_state: UNKNOWN })).toEqual([]);
  expect(allowedValueProblems(allowed, { intended_state: null })).toEqual([]);
  expect(allowedValueProblems(allowed, { intended_state: "DISABLED" })).toEqual([]);
});
