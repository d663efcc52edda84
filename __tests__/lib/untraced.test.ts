import { DefaultTokenResolver, StringConcat, TerraformOutput, TerraformStack, TerraformVariable, Testing, Tokenization } from "cdktf";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector, GenesyscloudProvider, IntegrationConfigMode } from "../../lib";
import { untraced } from "../../lib/private/untraced";
import { newStack, type TerraformJson } from "../support/helpers";

/** The creation stack cdktf keeps for the one token in `text`. */
function creationStackOf(text: string): string[] {
  const tokens = Tokenization.reverseString(text).tokens;
  expect(tokens).toHaveLength(1);
  return tokens[0].creationStack;
}

function connectorIn(stack: TerraformStack, configMode?: IntegrationConfigMode): CartesiaTtsConnector {
  return new CartesiaTtsConnector(stack, "cartesia", {
    apiKey: CartesiaApiKey.fromVariable(stack, "cartesia_api_key"),
    model: CartesiaModel.SONIC_3_2026_01_12,
    configMode,
  });
}

describe("untraced", () => {
  const limitBefore = Object.getOwnPropertyDescriptor(Error, "stackTraceLimit");
  afterEach(() => Object.defineProperty(Error, "stackTraceLimit", limitBefore!));

  it("returns what it made and puts Error.stackTraceLimit back as it was, writes made inside ignored", () => {
    Error.stackTraceLimit = 42;
    expect(
      untraced(() => {
        Error.stackTraceLimit = 7;
        return untraced(() => Error.stackTraceLimit);
      }),
    ).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(Error, "stackTraceLimit")).toEqual({
      value: 42,
      writable: true,
      enumerable: limitBefore!.enumerable,
      configurable: true,
    });
  });

  it("puts the limit back when make throws, and the error thrown leaves with its message and a stack", () => {
    let thrown: unknown;
    try {
      untraced(() => {
        throw new Error("boom");
      });
    } catch (error) {
      thrown = error;
    }
    expect(Object.getOwnPropertyDescriptor(Error, "stackTraceLimit")).toEqual(limitBefore);
    expect((thrown as Error).message).toBe("boom");
    expect((thrown as Error).stack).toMatch(/^Error: boom\n\s+at /);
  });

  it("captures no trace inside, even at the largest limit, and as usual outside", () => {
    const read = () => {
      const holder = { stack: "" };
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = Number.MAX_SAFE_INTEGER;
      Error.captureStackTrace(holder);
      Error.stackTraceLimit = limit;
      return holder.stack;
    };
    expect(untraced(read) || "").toBe("");
    expect(read()).toMatch(/\n\s+at read /);
  });

  it("leaves cdktf no creation stack for a token minted inside, and the token resolves the same", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const variable = new TerraformVariable(stack, "v", { type: "string" });
    const quiet = untraced(() => variable.stringValue);
    expect(creationStackOf(quiet)).toEqual([]);
    expect(creationStackOf(variable.stringValue).length).toBeGreaterThan(0);
    const resolve = (text: string): unknown => Tokenization.resolve(text, { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()) });
    expect(resolve(quiet)).toBe("${var.v}");
    expect(resolve(variable.stringValue)).toBe("${var.v}");
  });
});

describe("the connector's own tokens", () => {
  it("carry no creation stack: the key variable's value, the credential id and the integration id", () => {
    const connector = connectorIn(newStack());
    expect(creationStackOf(connector.settings.apiKey.value)).toEqual([]);
    expect(creationStackOf(connector.credentialId)).toEqual([]);
    expect(creationStackOf(connector.integrationId)).toEqual([]);
  });

  it("reads an embedded connector's integration id only when asked, untraced too, and once", () => {
    const connector = connectorIn(newStack(), IntegrationConfigMode.EMBEDDED);
    expect(connector.integrationConfig).toBeUndefined();
    expect(creationStackOf(connector.ttsEngineId)).toEqual([]);
    expect(connector.integrationId).toBe(connector.integrationId);
  });

  it("still cross stacks: the credential id and integration id used in another stack become remote state outputs", () => {
    const app = Testing.app();
    const genesys = new TerraformStack(app, "genesys");
    new GenesyscloudProvider(genesys, "genesyscloud", {});
    const connector = connectorIn(genesys);
    const flows = new TerraformStack(app, "flows");
    new TerraformOutput(flows, "credential_id", { value: connector.credentialId });
    new TerraformOutput(flows, "tts_engine_id", { value: connector.ttsEngineId });
    app.synth();

    const genesysJson = JSON.parse(Testing.synth(genesys)) as TerraformJson;
    const flowsJson = JSON.parse(Testing.synth(flows)) as TerraformJson;
    const integration = `genesyscloud_integration.${connector.integration.friendlyUniqueId}.id`;
    const credential = `genesyscloud_integration_credential.${connector.credential!.friendlyUniqueId}.id`;
    const crossOutputs = Object.entries(genesysJson.output ?? {}).filter(([name]) => name.startsWith("cross-stack-output-"));
    expect(crossOutputs.map(([, output]) => output.value).sort()).toEqual([`\${${integration}}`, `\${${credential}}`]);
    const remote = (reference: string) =>
      `data.terraform_remote_state.cross-stack-reference-input-genesys.outputs.cross-stack-output-${reference.replace(/\./g, "")}`;
    const outputs = flowsJson.output ?? {};
    expect(outputs.credential_id.value).toBe(`\${${remote(credential)}}`);
    expect(outputs.tts_engine_id.value).toBe(`connector-\${${remote(integration)}}`);
    expect(Object.keys(flowsJson.data?.terraform_remote_state ?? {})).toEqual(["cross-stack-reference-input-genesys"]);
  });
});
