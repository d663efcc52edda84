// CartesiaApiKey.fromCredentialName: the credential that `cartesia-genesys credential put` manages, looked
// up by name with the provider's data source. cdk.tf.json holds the name and a reference to the lookup's
// id: no key, no variable, no credential resource.
import { TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { CartesiaApiKey, CartesiaConnectorConfigError, CartesiaModel, CartesiaTtsConnector, GenesyscloudProvider } from "../../lib";
import { ApiKeySourceKind } from "../../lib/cartesia-api-key";
import { newStack, onlyResource, synthStack } from "../support/helpers";
import { TEST_KEYS } from "../support/test-keys";

const TEST_KEY = TEST_KEYS[0];

const NAME = "Cartesia TTS key";
const LOOKUP = "cartesia_credential_cartesia_tts_key_8eeab05b";

test("a connector with a credential by name: one lookup by that name, its id linked, no credential, no variable, no key", () => {
  const stack = newStack();
  const apiKey = CartesiaApiKey.fromCredentialName(stack, NAME);
  const connector = new CartesiaTtsConnector(stack, "cartesia", { apiKey, model: CartesiaModel.SONIC_3_2026_01_12 });
  const json = synthStack(stack);
  expect(json.data).toEqual({ genesyscloud_integration_credential: { [LOOKUP]: { name: NAME } } });
  expect(onlyResource(json, "genesyscloud_integration_config").credentials).toEqual({ basicAuth: `\${data.genesyscloud_integration_credential.${LOOKUP}.id}` });
  expect(Object.keys(json.resource ?? {}).sort()).toEqual(["genesyscloud_integration", "genesyscloud_integration_config"]);
  expect(json.variable).toBeUndefined();
  expect(connector.credential).toBeUndefined();
  expect([apiKey.kind, apiKey.description]).toEqual([
    ApiKeySourceKind.EXISTING_CREDENTIAL,
    'credential "Cartesia TTS key", looked up by name (the key stays outside Terraform state)',
  ]);
});

test("the same name twice in a scope is one lookup; another name is another", () => {
  const stack = newStack();
  const a = CartesiaApiKey.fromCredentialName(stack, NAME);
  const b = CartesiaApiKey.fromCredentialName(stack, NAME);
  const c = CartesiaApiKey.fromCredentialName(stack, "cartesia tts key");
  new CartesiaTtsConnector(stack, "one", { apiKey: a, model: CartesiaModel.SONIC_3_2026_01_12 });
  new CartesiaTtsConnector(stack, "two", { apiKey: b, model: CartesiaModel.SONIC_3_2026_01_12, integrationName: "Cartesia 2" });
  new CartesiaTtsConnector(stack, "three", { apiKey: c, model: CartesiaModel.SONIC_3_2026_01_12, integrationName: "Cartesia 3" });
  const json = synthStack(stack);
  const lookups = json.data?.genesyscloud_integration_credential ?? {};
  // Same slug, different names: the hash tells them apart.
  expect(Object.entries(lookups).map(([id, body]) => [id, body.name])).toEqual([
    [LOOKUP, NAME],
    ["cartesia_credential_cartesia_tts_key_bddf2750", "cartesia tts key"],
  ]);
  const linked = Object.values(json.resource?.genesyscloud_integration_config ?? {}).map((config) => config.credentials);
  const link = (id: string) => ({ basicAuth: `\${data.genesyscloud_integration_credential.${id}.id}` });
  // In cdk.tf.json's order: one, three, two.
  expect(linked).toEqual([link(LOOKUP), link("cartesia_credential_cartesia_tts_key_bddf2750"), link(LOOKUP)]);
});

test("a name from a variable is looked up as terraform resolves it; the provider given is the lookup's", () => {
  const stack = newStack();
  const other = new GenesyscloudProvider(stack, "emea", { alias: "emea" });
  const name = new TerraformVariable(stack, "credential_name", { type: "string" });
  new CartesiaTtsConnector(stack, "cartesia", {
    apiKey: CartesiaApiKey.fromCredentialName(stack, name.stringValue, { provider: other }),
    model: CartesiaModel.SONIC_3_2026_01_12,
    provider: other,
  });
  const json = synthStack(stack);
  expect(json.data?.genesyscloud_integration_credential).toEqual({
    cartesia_credential_by_name: { name: "${var.credential_name}", provider: "genesyscloud.emea" },
  });
});

const HOW =
  'expected the name of a User Defined credential in Genesys Cloud, as given to `cartesia-genesys credential put --name`, such as "Cartesia TTS key".';

test.each([
  ["an empty name", () => CartesiaApiKey.fromCredentialName(newStack(), ""), [`name: got "", an empty name; ${HOW}`]],
  ["a blank name", () => CartesiaApiKey.fromCredentialName(newStack(), " \t"), [`name: got " \\t", an empty name; ${HOW}`]],
  ["a number", () => CartesiaApiKey.fromCredentialName(newStack(), 42 as unknown as string), [`name: got 42; ${HOW}`]],
  [
    "the key itself",
    () => CartesiaApiKey.fromCredentialName(newStack(), TEST_KEY),
    [
      "name: got what looks like a Cartesia API key (sk_car_…(masked, 31 characters)), not a credential's name; the name is written into cdktf.out. Put the key with cartesia-genesys credential put --name <name> and pass that name.",
    ],
  ],
  [
    "a key inside a name, percent-encoded",
    () => CartesiaApiKey.fromCredentialName(newStack(), `key ${encodeURIComponent(TEST_KEY).replace(/_/g, "%5F")}`),
    [
      "name: got what looks like a Cartesia API key (sk_car_…(masked, 31 characters), percent-encoded), not a credential's name; the name is written into cdktf.out. Put the key with cartesia-genesys credential put --name <name> and pass that name.",
    ],
  ],
  [
    "no scope",
    () => CartesiaApiKey.fromCredentialName(undefined as unknown as Construct, NAME),
    ["scope: got undefined; expected the stack (or a construct in it) to declare the lookup in."],
  ],
  [
    "a provider that is not one",
    () => CartesiaApiKey.fromCredentialName(newStack(), NAME, { provider: {} as never }),
    ["options.provider: got an object (Object); expected the GenesyscloudProvider the connector uses."],
  ],
])("%s: the library's error, naming the argument and what is allowed", (_case, call, problems) => {
  let error: unknown;
  try {
    call();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(CartesiaConnectorConfigError);
  expect((error as CartesiaConnectorConfigError).problems).toEqual(problems);
  expect((error as Error).message).not.toContain(TEST_KEY);
  expect((error as Error).message.split("\n")[0]).toMatch(/^Invalid CartesiaApiKey\.fromCredentialName "(test|\(no scope\))" \(\d problems?\):$/);
});

test("a construct already holding the lookup's id is left alone: the lookup takes the next id", () => {
  const stack = newStack();
  new Construct(stack, LOOKUP);
  const apiKey = CartesiaApiKey.fromCredentialName(stack, NAME);
  new CartesiaTtsConnector(stack, "cartesia", { apiKey, model: CartesiaModel.SONIC_3_2026_01_12 });
  expect(Object.keys(synthStack(stack).data?.genesyscloud_integration_credential ?? {})).toEqual([`${LOOKUP}_2`]);
});
