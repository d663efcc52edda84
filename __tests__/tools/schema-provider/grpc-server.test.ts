import * as fs from "node:fs";
import * as grpc from "@grpc/grpc-js";
import { startSchemaProvider, type RunningSchemaProvider } from "../../../tools/schema-provider/grpc-server";
import { callTypes, PROVIDER_SERVICE, type ProviderCall } from "../../../tools/schema-provider/protocol";
import { servedProvider } from "../../../tools/schema-provider/schema-model";
import { PINNED_SCHEMA } from "../../support/validate-helpers";

let running: RunningSchemaProvider;
let client: grpc.Client;

beforeAll(async () => {
  running = await startSchemaProvider({ served: servedProvider(PINNED_SCHEMA) });
  client = new grpc.Client(`unix://${running.socket}`, grpc.credentials.createInsecure());
});
afterAll(async () => {
  client.close();
  await running.stop();
});

/** One call over the socket, as terraform makes it: protobuf bytes in and out. */
function call(name: ProviderCall, request: Record<string, unknown>): Promise<Record<string, any>> {
  const { request: req, response: res } = callTypes(name);
  return new Promise((resolve, reject) =>
    client.makeUnaryRequest(
      `/${PROVIDER_SERVICE}/${name}`,
      (value: Record<string, unknown>) => Buffer.from(req.encode(req.fromObject(value)).finish()),
      (bytes: Buffer) => res.toObject(res.decode(bytes), { longs: Number }),
      request,
      { deadline: Date.now() + 10_000 },
      (err, value) => (err ? reject(err) : resolve(value!)),
    ),
  );
}

test("TF_REATTACH_PROVIDERS names this process, the socket, protocol 6 over gRPC, in test mode (terraform never stops it)", () => {
  expect(JSON.parse(running.reattach)).toEqual({
    "registry.terraform.io/mypurecloud/genesyscloud": {
      Protocol: "grpc",
      ProtocolVersion: 6,
      Pid: process.pid,
      Test: true,
      Addr: { Network: "unix", String: running.socket },
    },
  });
  expect(fs.statSync(running.socket).isSocket()).toBe(true);
});

test("GetProviderSchema over the socket: the schema comes back through protobuf intact", async () => {
  const answer = await call("GetProviderSchema", {});
  const credential = answer.resource_schemas.genesyscloud_integration_credential;
  expect(credential.version).toBe(1);
  const fields = credential.block.attributes.find((a: any) => a.name === "fields");
  expect([Buffer.from(fields.type).toString("utf8"), fields.optional, fields.computed, fields.sensitive]).toEqual(['["map","string"]', true, true, true]);
});

test("a call it cannot answer fails with a status that names the call, and is remembered", async () => {
  await expect(call("CallFunction", { name: "parse" })).rejects.toMatchObject({
    code: grpc.status.UNIMPLEMENTED,
    details: "schema provider: CallFunction is not a call the schema provider answers",
  });
  expect(running.provider.unanswered).toContainEqual({ call: "CallFunction", reason: "CallFunction is not a call the schema provider answers" });
});

test("stop closes the socket and removes its folder; a second stop does nothing", async () => {
  const other = await startSchemaProvider({ served: servedProvider(PINNED_SCHEMA) });
  await other.stop();
  await other.stop();
  expect(fs.existsSync(other.socket)).toBe(false);
});

test("a call it fails on (a value it cannot decode) is INTERNAL, names the call and the type, and is remembered", async () => {
  const garbage = { msgpack: Buffer.from([0xc1]) };
  await expect(call("PlanResourceChange", { type_name: "genesyscloud_integration", config: garbage, proposed_new_state: garbage })).rejects.toMatchObject({
    code: grpc.status.INTERNAL,
    details: expect.stringMatching(/^schema provider: could not answer PlanResourceChange for genesyscloud_integration: /),
  });
  expect(running.provider.unanswered.at(-1)).toMatchObject({ call: "PlanResourceChange", typeName: "genesyscloud_integration" });
});
