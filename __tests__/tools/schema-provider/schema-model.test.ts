import { impliedType, schemaMessage, servedProvider } from "../../../tools/schema-provider/schema-model";
import { NestingMode } from "../../../tools/schema-provider/protocol";
import { PINNED_SCHEMA } from "../../support/validate-helpers";

const SERVED = servedProvider(PINNED_SCHEMA);

test("the pinned schema's one provider is served, with its four resource types and three data sources", () => {
  expect(SERVED.address).toBe("registry.terraform.io/mypurecloud/genesyscloud");
  expect(Object.keys(SERVED.resources).sort()).toEqual([
    "genesyscloud_flow",
    "genesyscloud_integration",
    "genesyscloud_integration_config",
    "genesyscloud_integration_credential",
  ]);
  expect(Object.keys(SERVED.dataSources).sort()).toEqual(["genesyscloud_flow", "genesyscloud_integration", "genesyscloud_integration_credential"]);
});

test("a schema document with several providers needs to be told which to serve", () => {
  const two = { format_version: "1.0", provider_schemas: { "a/b/c": {}, "d/e/f": {} } };
  expect(() => servedProvider(two)).toThrow("the schema describes a/b/c, d/e/f; say which provider to serve");
  expect(servedProvider(two, "d/e/f").address).toBe("d/e/f");
});

test("a block's implied type: attributes by their type, a max-1 list block as a list of objects", () => {
  expect(impliedType(SERVED.resources.genesyscloud_integration.block)).toEqual([
    "object",
    {
      id: "string",
      integration_type: "string",
      intended_state: "string",
      config: ["list", ["object", { advanced: "string", credentials: ["map", "string"], name: "string", notes: "string", properties: "string" }]],
    },
  ]);
});

test("the Schema message: attributes sorted, types as JSON bytes, flags; nested blocks with their nesting and limits", () => {
  const message = schemaMessage(SERVED.provider) as any;
  expect(message.version).toBe(0);
  const secret = message.block.attributes.find((a: any) => a.name === "oauthclient_secret");
  expect({ ...secret, type: Buffer.from(secret.type).toString("utf8") }).toEqual({
    name: "oauthclient_secret",
    type: '"string"',
    required: false,
    optional: true,
    computed: false,
    sensitive: true,
    deprecated: false,
  });
  expect(message.block.attributes.map((a: any) => a.name)).toEqual([...message.block.attributes.map((a: any) => a.name)].sort());
  const proxy = message.block.block_types.find((b: any) => b.type_name === "proxy");
  expect([proxy.nesting, proxy.min_items, proxy.max_items]).toEqual([NestingMode.SET, 0, 1]);
  expect(proxy.block.block_types.map((b: any) => b.type_name)).toEqual(["auth"]);
});
