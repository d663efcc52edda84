/**
 * `importExisting`: a connector adopts an integration configured by hand instead of creating one.
 * The import blocks must be exactly what cdktf's importFrom writes, so Terraform (and the project's
 * provider stand-in) plans them as imports.
 */
import { Testing, Token, TerraformVariable } from "cdktf";
import {
  CartesiaApiKey,
  CartesiaConnectorConfigError,
  CartesiaModel,
  CartesiaTtsConnector,
  type CartesiaTtsConnectorProps,
  GenesyscloudProvider,
  IntegrationConfigMode,
} from "../../lib";
import { newStack, synthStack, warningsOf } from "../support/helpers";

const INTEGRATION_ID = "3a1f5c2e-7b4d-4e8a-9f10-2c6d8e0b1a57";
const CREDENTIAL_ID = "9b2e4c6a-1d3f-4a5b-8c7d-0e1f2a3b4c5d";

function props(overrides: Partial<CartesiaTtsConnectorProps> = {}, stack = newStack()): CartesiaTtsConnectorProps {
  return { apiKey: CartesiaApiKey.fromVariable(stack, `key_${stack.node.children.length}`), model: CartesiaModel.SONIC_3_2026_01_12, ...overrides };
}

function problemsOf(build: (stack: ReturnType<typeof newStack>) => void): readonly string[] {
  try {
    build(newStack());
    return [];
  } catch (err) {
    if (!(err instanceof CartesiaConnectorConfigError)) throw err;
    return err.problems;
  }
}

test("the integration, its standalone config and the credential are imported, exactly as importFrom writes it", () => {
  const stack = newStack();
  const connector = new CartesiaTtsConnector(
    stack,
    "cartesia",
    props({ importExisting: { integrationId: INTEGRATION_ID, credentialId: CREDENTIAL_ID } }, stack),
  );
  const json = synthStack(stack);
  expect(json.import).toEqual([
    { id: CREDENTIAL_ID, to: `genesyscloud_integration_credential.${connector.credential!.friendlyUniqueId}` },
    { id: INTEGRATION_ID, to: `genesyscloud_integration.${connector.integration.friendlyUniqueId}` },
    { id: `${INTEGRATION_ID}/config`, to: `genesyscloud_integration_config.${connector.integrationConfig!.friendlyUniqueId}` },
  ]);

  // The same connector, imported with cdktf's own importFrom (synthesized without validations: importFrom's runs terraform).
  const control = newStack();
  const plain = new CartesiaTtsConnector(control, "cartesia", props({}, control));
  plain.credential!.importFrom(CREDENTIAL_ID);
  plain.integration.importFrom(INTEGRATION_ID);
  plain.integrationConfig!.importFrom(`${INTEGRATION_ID}/config`);
  const expected = JSON.parse(Testing.synth(control));
  expect(json.import).toEqual(expected.import);
  // Everything else is what the connector writes without importExisting: the first apply updates in place.
  expect({ ...json, import: undefined }).toEqual({ ...expected, import: undefined });
});

test("with an aliased provider, each block names it, as importFrom(id, provider) does", () => {
  const stack = newStack();
  const org = new GenesyscloudProvider(stack, "org_b", { alias: "org_b" });
  new CartesiaTtsConnector(stack, "cartesia", props({ provider: org, importExisting: { integrationId: INTEGRATION_ID } }, stack));
  const blocks = synthStack(stack).import as { provider?: string }[];
  expect(blocks.map((b) => b.provider)).toEqual(["genesyscloud.org_b", "genesyscloud.org_b"]);
});

test("embedded config: only the integration is imported (its config block comes with it); no credential id, no credential import", () => {
  const stack = newStack();
  new CartesiaTtsConnector(stack, "cartesia", props({ configMode: IntegrationConfigMode.EMBEDDED, importExisting: { integrationId: INTEGRATION_ID } }, stack));
  expect((synthStack(stack).import as { id: string }[]).map((b) => b.id)).toEqual([INTEGRATION_ID]);
});

test("without a credential id, a warning says a new credential replaces the one in use", () => {
  const stack = newStack();
  new CartesiaTtsConnector(stack, "cartesia", props({ importExisting: { integrationId: INTEGRATION_ID } }, stack));
  const warnings = warningsOf(stack);
  expect(warnings).toContain(
    "importExisting: no credentialId, so the connector creates a new credential and links it in place of the one the integration uses (which stays, unused). To adopt that one instead, pass its id as credentialId (cartesia-genesys adopt prints it).",
  );
});

describe("refused, naming the prop and the value", () => {
  test("a name instead of an id", () => {
    expect(problemsOf((s) => new CartesiaTtsConnector(s, "c", props({ importExisting: { integrationId: "Genesys TTS Connector: Cartesia" } }, s)))).toEqual([
      'importExisting.integrationId: got "Genesys TTS Connector: Cartesia", which is not a Genesys integration id; expected a UUID such as 1b6b5c3e-2f4a-4d8e-9c71-0a5e3f2d4b6c. cartesia-genesys adopt lists the organization\'s connectors with their ids.',
    ]);
  });

  test("two connectors importing one integration", () => {
    expect(
      problemsOf((s) => {
        new CartesiaTtsConnector(s, "first", props({ integrationName: "First", importExisting: { integrationId: INTEGRATION_ID } }, s));
        new CartesiaTtsConnector(s, "second", props({ integrationName: "Second", importExisting: { integrationId: INTEGRATION_ID.toUpperCase() } }, s));
      }),
    ).toEqual([
      `importExisting.integrationId: "${INTEGRATION_ID.toUpperCase()}" is already imported by test/first; one integration can be adopted by one connector only (two would overwrite each other's config on every apply).`,
    ]);
  });

  test("a credential id with a credential the connector does not create", () => {
    const problems = problemsOf(
      (s) =>
        new CartesiaTtsConnector(s, "c", {
          apiKey: CartesiaApiKey.fromExistingCredential(CREDENTIAL_ID),
          model: CartesiaModel.SONIC_3_2026_01_12,
          importExisting: { integrationId: INTEGRATION_ID, credentialId: CREDENTIAL_ID },
        }),
    );
    expect(problems).toEqual([
      `importExisting.credentialId: got "${CREDENTIAL_ID}", but apiKey is CartesiaApiKey.fromExistingCredential("${CREDENTIAL_ID}"): the connector creates no credential to import it into. Remove credentialId; the existing credential is linked as it is.`,
    ]);
  });

  test("a token, a missing id, an unknown key, not an object", () => {
    const cases: [unknown, string[]][] = [
      [
        { integrationId: Token.asString({ resolve: () => INTEGRATION_ID }) },
        [
          "importExisting.integrationId: got a token; expected the integration's id as a literal, a UUID such as 1b6b5c3e-2f4a-4d8e-9c71-0a5e3f2d4b6c (import blocks are read at plan time).",
        ],
      ],
      [{}, ["importExisting.integrationId: missing; expected the integration's id, a UUID such as 1b6b5c3e-2f4a-4d8e-9c71-0a5e3f2d4b6c."]],
      [
        { integrationId: INTEGRATION_ID, credentialID: CREDENTIAL_ID },
        ["importExisting.credentialID: not a key of importExisting; its keys are integrationId, credentialId."],
      ],
      [INTEGRATION_ID, [`importExisting: got "${INTEGRATION_ID}"; expected { integrationId: "<integration id>", credentialId?: "<credential id>" }.`]],
    ];
    for (const [importExisting, expected] of cases) {
      expect(problemsOf((s) => new CartesiaTtsConnector(s, "c", props({ importExisting: importExisting as never }, s)))).toEqual(expected);
    }
  });

  test("a variable's value is a token too: import ids are literals", () => {
    const problems = problemsOf((s) => {
      const id = new TerraformVariable(s, "integration_id", { type: "string" });
      new CartesiaTtsConnector(s, "c", props({ importExisting: { integrationId: id.stringValue } }, s));
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^importExisting\.integrationId: got a token;/);
  });
});
