/** Each check is a pure function from Genesys's answers to a verdict: pairs of an answer that passes and one that fails. */
import { GenesysApiError } from "../../../tools/shared/genesys/api-error";
import type { Models } from "../../../tools/shared/genesys/sdk";
import { troubleshootingRowFor } from "../../../tools/shared/troubleshooting";
import { activationStep } from "../../../tools/verify/checks/check-activation";
import { checkCredential } from "../../../tools/verify/checks/check-credential";
import { checkEngine } from "../../../tools/verify/checks/check-engine";
import { checkIntegration } from "../../../tools/verify/checks/check-integration";
import { checkType } from "../../../tools/verify/checks/check-type";
import type { ExpectedConnector } from "../../../tools/verify/expected";

const EXPECTED: ExpectedConnector = {
  stack: "s",
  label: "s/cartesia",
  address: "genesyscloud_integration.i",
  integrationType: "genesys-tts-connector",
  intendedState: "ENABLED",
  name: "Cartesia",
  properties: {},
  advanced: {},
  credentialSlot: "basicAuth",
  credential: { kind: "managed", address: "genesyscloud_integration_credential.c", name: "Cartesia credential" },
  credentialType: "userDefined",
};
const ID = "3a1f5c2e-7b4d-4e8a-9f10-2c6d8e0b1a57";

test("type: the slot takes our credential type, or it names what it takes", () => {
  const type = (credentialTypes: string[]) => ({ id: "genesys-tts-connector", credentials: { basicAuth: { credentialTypes } } });
  expect(checkType(EXPECTED, type(["userDefined", "basicAuth"])).status).toBe("pass");
  expect(checkType(EXPECTED, type(["basicAuth"])).summary).toBe(
    "genesys-tts-connector's credential slot basicAuth does not take userDefined; it takes basicAuth.",
  );
  const forbidden = new GenesysApiError("GET /api/v2/integrations/types/genesys-tts-connector", 403, "missing.permissions", undefined, 1);
  // A 403 is a permission the client lacks, not a type the organization lacks.
  expect(checkType(EXPECTED, forbidden).summary).toBe(
    "Genesys refused to show integration type genesys-tts-connector (403): a missing permission, not a missing type.",
  );
});

test("integration: our type and intended state, or each difference", () => {
  expect(checkIntegration(EXPECTED, ID, { name: "Cartesia", integrationType: { id: "genesys-tts-connector" }, intendedState: "ENABLED" }).status).toBe("pass");
  expect(checkIntegration(EXPECTED, ID, { integrationType: { id: "purecloud-data-actions" }, intendedState: "DISABLED" }).summary).toBe(
    `integration ${ID} (its type is purecloud-data-actions, not genesys-tts-connector; its intended state is DISABLED, not ENABLED).`,
  );
  expect(checkIntegration(EXPECTED, ID, new GenesysApiError("GET x", 404, "not.found", "gone", 1)).summary).toBe(
    `no integration ${ID} in the organization: deleted since the deploy, or another organization or region?`,
  );
});

test("activation: the state the intended one leads to passes; the other one, right after a change, is still on its way", () => {
  const at = (code: string) => ({ intendedState: "ENABLED", reportedState: { code } });
  expect(activationStep("ENABLED", at("ACTIVE"), 0)).toMatchObject({ done: true, result: { status: "pass", summary: "reported state ACTIVE." } });
  expect(activationStep("ENABLED", at("INACTIVE"), 4)).toEqual({ done: false, code: "INACTIVE" });
  expect(activationStep("DISABLED", at("DEACTIVATING"), 4)).toEqual({ done: false, code: "DEACTIVATING" });
  expect(activationStep("DISABLED", at("INACTIVE"), 4)).toMatchObject({
    done: true,
    result: { status: "pass", summary: "reported state INACTIVE after 4 s." },
  });
});

test("the guide's rows are recognized in Genesys's wording, the version row before the invalid-request one", () => {
  expect(troubleshootingRowFor("Invalid Cartesia-Version header")?.id).toBe("cartesia-version");
  expect(troubleshootingRowFor("HTTP 401: You must be logged in to access this endpoint")?.id).toBe("api-key");
  expect(troubleshootingRowFor('{"error_code":"quota_exceeded"}')?.id).toBe("plan");
  expect(troubleshootingRowFor("Your request was invalid.")?.id).toBe("invalid-request");
  expect(troubleshootingRowFor("Connection reset")).toBeUndefined();
});

test("credential: the slot is empty, or holds a credential named otherwise when its id is unknown", () => {
  const config = (credentials: Models.IntegrationConfiguration["credentials"]) => ({
    name: "Cartesia",
    version: 1,
    properties: {},
    advanced: {},
    notes: "",
    credentials,
  });
  expect(checkCredential(EXPECTED, { config: config({}) }).summary).toBe("the current config links no credential in slot basicAuth.");
  expect(checkCredential(EXPECTED, { config: config({ basicAuth: { id: "x", name: "Other" } }) }).summary).toBe(
    'basicAuth is "Other" (x), not the stack\'s genesyscloud_integration_credential.c (named "Cartesia credential").',
  );
  expect(checkCredential(EXPECTED, { config: new Error("down") }).status).toBe("not-checked");
});

test("engine: a failure other than 404 says what failed", () => {
  const error = new GenesysApiError("GET /api/v2/integrations/speech/tts/engines/connector-x?includeVoices=true", 403, "missing.permissions", "no", 1);
  expect(checkEngine("connector-x", error).summary).toBe(
    'could not read TTS engine connector-x: GET /api/v2/integrations/speech/tts/engines/connector-x?includeVoices=true: Genesys answered 403 missing.permissions "no" (the OAuth client needs the permission integrations:integration:view)',
  );
});
