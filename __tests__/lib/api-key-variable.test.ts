// The variable `CartesiaApiKey.fromVariable` declares, exactly as written into cdk.tf.json: its name, its
// description (which names TF_VAR_<name>), and the validation block terraform runs on the value. The
// name, the description, the condition and the credential's reference must all agree, in a nested scope
// too, where cdktf names the variable `<path>_<id>_<hash>`.
import { Construct } from "constructs";
import { CartesiaApiKey, CartesiaModel, CartesiaTtsConnector } from "../../lib";
import { newStack, onlyResource, synthStack } from "../support/helpers";

const ERROR_MESSAGE =
  "The Cartesia API key must be a standard key (sk_car_...), not empty and not an admin key (sk_car_admin_...), which cannot call text-to-speech.";

function condition(name: string): string {
  return `\${((length(trimspace(var.${name})) >= 1) && !startswith(var.${name}, "sk_car_admin_"))}`;
}

test("a variable in the stack: sensitive, non-nullable, described, validated", () => {
  const stack = newStack();
  new CartesiaTtsConnector(stack, "cartesia", { apiKey: CartesiaApiKey.fromVariable(stack, "cartesia_api_key"), model: CartesiaModel.SONIC_3_2026_01_12 });
  const json = synthStack(stack);
  expect(json.variable).toEqual({
    cartesia_api_key: {
      type: "string",
      sensitive: true,
      nullable: false,
      description: "Cartesia API key (sk_car_...) for the Genesys TTS Connector. Set TF_VAR_cartesia_api_key; never commit it.",
      validation: [{ condition: condition("cartesia_api_key"), error_message: ERROR_MESSAGE }],
    },
  });
  expect((onlyResource(json, "genesyscloud_integration_credential").fields as Record<string, string>)["X-Api-Key"]).toBe("${var.cartesia_api_key}");
});

test("a variable in a nested scope: the description, the condition and the reference use the name cdktf gives it", () => {
  const stack = newStack();
  const team = new Construct(stack, "team-a");
  new CartesiaTtsConnector(team, "cartesia", { apiKey: CartesiaApiKey.fromVariable(team, "cartesia_api_key"), model: CartesiaModel.SONIC_3_2026_01_12 });
  const json = synthStack(stack);
  const [name, ...others] = Object.keys(json.variable ?? {});
  expect(others).toEqual([]);
  expect(name).toMatch(/^team-a_cartesia_api_key_[0-9A-F]{8}$/);
  expect(json.variable?.[name]).toEqual({
    type: "string",
    sensitive: true,
    nullable: false,
    description: `Cartesia API key (sk_car_...) for the Genesys TTS Connector. Set TF_VAR_${name}; never commit it.`,
    validation: [{ condition: condition(name), error_message: ERROR_MESSAGE }],
  });
  expect((onlyResource(json, "genesyscloud_integration_credential").fields as Record<string, string>)["X-Api-Key"]).toBe(`\${var.${name}}`);
});

test("a description given replaces the default one; the validation stays", () => {
  const stack = newStack();
  const apiKey = CartesiaApiKey.fromVariable(stack, "key_0", { description: "The support team's Cartesia key" });
  new CartesiaTtsConnector(stack, "cartesia", { apiKey, model: CartesiaModel.SONIC_3_2026_01_12 });
  const variable = synthStack(stack).variable?.key_0;
  expect(variable?.description).toBe("The support team's Cartesia key");
  expect(variable?.validation).toEqual([{ condition: condition("key_0"), error_message: ERROR_MESSAGE }]);
});
