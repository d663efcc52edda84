/** Ids read back from a Terraform state, in both shapes terraform writes it. */
import * as path from "node:path";
import type { SynthesizedStack } from "../../../tools/shared/synthesized-connectors";
import { parseTerraformState, stateLocation } from "../../../tools/verify/terraform-state";

const KEY = "sk_car_test_not_a_real_key_0002";

test("a state file: root-module managed resources by address; secret credential fields collected, others not", () => {
  const state = parseTerraformState(
    JSON.stringify({
      version: 4,
      resources: [
        { mode: "managed", type: "genesyscloud_integration", name: "a", instances: [{ attributes: { id: "id-a" } }] },
        {
          mode: "managed",
          type: "genesyscloud_integration_credential",
          name: "c",
          instances: [{ attributes: { id: "id-c", fields: { "X-Api-Key": KEY, "Cartesia-Version": "2026-03-01" } } }],
        },
        { mode: "data", type: "genesyscloud_integration", name: "d", instances: [{ attributes: { id: "id-d" } }] },
        { module: "module.m", mode: "managed", type: "genesyscloud_integration", name: "m", instances: [{ attributes: { id: "id-m" } }] },
      ],
    }),
    "s.tfstate",
  );
  expect([...state.resources.values()]).toEqual([
    { address: "genesyscloud_integration.a", id: "id-a" },
    { address: "genesyscloud_integration_credential.c", id: "id-c" },
  ]);
  expect(state.secrets).toEqual([KEY]);
});

test("terraform show -json: values.root_module.resources", () => {
  const state = parseTerraformState(
    JSON.stringify({
      format_version: "1.0",
      values: { root_module: { resources: [{ mode: "managed", type: "genesyscloud_integration", name: "a", values: { id: "id-a" } }] } },
    }),
    "show.json",
  );
  expect(state.resources.get("genesyscloud_integration.a")).toEqual({ address: "genesyscloud_integration.a", id: "id-a" });
  expect(parseTerraformState(JSON.stringify({ format_version: "1.0" }), "empty.json").resources.size).toBe(0);
});

test.each([
  ["{", "x is not a Terraform state: not valid JSON"],
  [
    '{"resources": []}',
    'x is not a Terraform state: expected a state file ("version": 4, "resources") or the output of terraform show -json ("format_version", "values").',
  ],
])("%s is not a state", (text, message) => {
  expect(() => parseTerraformState(text, "x")).toThrow(message);
});

test("where a stack keeps its state: a local path relative to the stack's folder, terraform's default, or a remote backend", () => {
  const stack = (terraform: unknown): SynthesizedStack => ({ name: "s", file: path.join("/out", "stacks", "s", "cdk.tf.json"), document: { terraform } });
  expect(stateLocation(stack({ backend: { local: { path: "../../../terraform.s.tfstate" } } }))).toEqual({
    kind: "local",
    file: path.resolve("/terraform.s.tfstate"),
  });
  expect(stateLocation(stack({}))).toEqual({ kind: "local", file: path.resolve("/out/stacks/s/terraform.tfstate") });
  expect(stateLocation(stack({ backend: { s3: { bucket: "b" } } }))).toEqual({ kind: "remote", backend: "s3" });
});
