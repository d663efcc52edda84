/** Which key mode each way of passing the key synthesizes into: what review (and the README) says of a connector. */
import type { TerraformStack } from "cdktf";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, dataGenesyscloudIntegrationCredential } from "../../../lib";
import { keyModeOf } from "../../../tools/shared/key-mode";
import { findConnectors } from "../../../tools/shared/synthesized-connectors";
import { createApp as createExistingCredentialApp } from "../../../examples/existing-credential/main";
import { newStack, synthApp, synthStack } from "../../support/helpers";
import { runTool } from "../../support/run-tool";

function modeOf(apiKey: (stack: TerraformStack) => CartesiaApiKey) {
  const stack = newStack();
  new CartesiaTtsConnector(stack, "cartesia", { apiKey: apiKey(stack), model: CartesiaModel.SONIC_3_2026_01_12 });
  return keyModeOf(findConnectors("test", synthStack(stack))[0]);
}

test.each<[string, (stack: TerraformStack) => CartesiaApiKey, string, string]>([
  [
    "fromVariable",
    (stack) => CartesiaApiKey.fromVariable(stack, "cartesia_api_key"),
    "state",
    "key in Terraform state: the stack creates the credential, its X-Api-Key from variable cartesia_api_key",
  ],
  [
    "fromToken",
    (stack) => CartesiaApiKey.fromToken(new dataGenesyscloudIntegrationCredential.DataGenesyscloudIntegrationCredential(stack, "other", { name: "x" }).name),
    "state",
    "key in Terraform state: the stack creates the credential, its X-Api-Key from a token",
  ],
  [
    "fromExistingCredential",
    () => CartesiaApiKey.fromExistingCredential("1b6b5c3e-2f4a-4d8e-9c71-0a5e3f2d4b6c"),
    "existing-id",
    "existing credential by id: the key is not in this stack's state",
  ],
  [
    "fromCredentialName",
    (stack) => CartesiaApiKey.fromCredentialName(stack, "Cartesia TTS key"),
    "by-name",
    "credential looked up by name (data.genesyscloud_integration_credential.cartesia_credential_cartesia_tts_key_8eeab05b): the key stays outside Terraform state",
  ],
])("%s: %s", (_way, apiKey, mode, summary) => {
  expect(modeOf(apiKey)).toEqual({ mode, summary });
});

test("another expression, and no credential at all", () => {
  expect(keyModeOf({ credentials: { basicAuth: "${local.credential}" } })).toEqual({
    mode: "expression",
    summary: "existing credential through an expression: the key is not in this stack's state",
  });
  expect(keyModeOf({ credentials: {} })).toEqual({ mode: "none", summary: "no credential linked" });
});

test("validate says, under each stack, where each connector's key lives", async () => {
  const { outdir } = synthApp(createExistingCredentialApp);
  const result = await runTool(["validate", outdir]);
  expect(result.code).toBe(0);
  expect(result.lines.filter((line) => line.startsWith("connector "))).toEqual([
    "connector credential-by-name/cartesia: credential looked up by name (data.genesyscloud_integration_credential.cartesia_credential_cartesia_tts_key_8eeab05b): the key stays outside Terraform state",
    "connector existing-credential/cartesia: credential looked up by name (data.genesyscloud_integration_credential.cartesia_credential): the key stays outside Terraform state",
  ]);
});
