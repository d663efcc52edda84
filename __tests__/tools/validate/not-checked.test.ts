/** Types no schema describes are listed as "not checked", never passed in silence. */
import { isClean } from "../../../tools/validate/report";
import { defaultStack, docWith, validate, copyOf } from "../../support/validate-helpers";

test("a resource type of another provider is not checked, and the report is not clean", () => {
  const doc = copyOf(defaultStack()) as Record<string, any>;
  doc.resource.aws_s3_bucket = { state: { bucket: "terraform-state", "//": { metadata: {} } } };
  const report = validate(doc);
  expect(report.problems).toEqual([]);
  expect(report.notChecked).toEqual([
    {
      path: "$.resource.aws_s3_bucket.state",
      kind: "resource",
      type: "aws_s3_bucket",
      reason: 'the pinned provider schema has no resource type "aws_s3_bucket"',
    },
  ]);
  expect(report.checked.resources).toBe(3);
  expect(isClean(report)).toBe(false);
  expect(isClean(report, { allowUnchecked: true })).toBe(true);
});

test("a Genesys type the pinned subset lacks is not checked, rather than called a typo", () => {
  const report = validate(docWith({ resource: { genesyscloud_routing_queue: { support: { name: "Support" } } } }));
  expect(report.problems).toEqual([]);
  expect(report.notChecked.map((n) => [n.path, n.type])).toEqual([["$.resource.genesyscloud_routing_queue.support", "genesyscloud_routing_queue"]]);
});

test("data sources, provider configurations and modules of unknown providers are not checked either", () => {
  const report = validate(
    docWith({
      provider: { genesyscloud: [{}], aws: [{ region: "eu-central-1" }] },
      data: { aws_caller_identity: { current: {} } },
      module: { voices: { source: "./voices" } },
    }),
  );
  expect(report.problems).toEqual([]);
  expect(report.notChecked).toEqual([
    { path: "$.provider.aws[0]", kind: "provider", type: "aws", reason: 'the pinned provider schema has no provider "registry.terraform.io/hashicorp/aws"' },
    {
      path: "$.data.aws_caller_identity.current",
      kind: "data source",
      type: "aws_caller_identity",
      reason: 'the pinned provider schema has no data source type "aws_caller_identity"',
    },
    { path: "$.module.voices", kind: "module", type: "./voices", reason: "module inputs are not described by a provider schema" },
  ]);
});

test("references into unchecked types resolve by name; their attributes are not judged", () => {
  const doc = docWith({
    resource: {
      aws_s3_bucket: { state: { bucket: "terraform-state" } },
      genesyscloud_integration: { tts: { integration_type: "genesys-tts-connector", intended_state: "${aws_s3_bucket.state.anything}" } },
    },
    output: { gone: { value: "${aws_s3_bucket.other.arn}" } },
  });
  expect(validate(doc).problems).toEqual([{ path: "$.output.gone.value", message: "reference to undeclared resource aws_s3_bucket.other" }]);
});
