/**
 * Puts a `SchemaProvider` on a unix socket in a fresh temporary folder, as a gRPC server of the
 * protocol's `Provider` service, and says how terraform reaches it (`TF_REATTACH_PROVIDERS`).
 *
 * It runs inside the calling Node process: reattach only needs a live process id, and with
 * `"Test": true` terraform never signals or stops that process. So the caller must not block its event
 * loop (no spawnSync) while terraform runs, or terraform waits for answers that never come.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as grpc from "@grpc/grpc-js";
import { callTypes, PROVIDER_CALLS, PROVIDER_SERVICE, type ProviderCall } from "./protocol";
import { DIAGNOSTIC_PREFIX, type Message, SchemaProvider, type SchemaProviderOptions } from "./schema-provider";

/** A running schema provider. */
export interface RunningSchemaProvider {
  readonly provider: SchemaProvider;
  /** The provider address terraform knows it by. */
  readonly address: string;
  /** The socket it listens on. */
  readonly socket: string;
  /** The value of `TF_REATTACH_PROVIDERS` that sends terraform here. */
  readonly reattach: string;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

/** Starts a schema provider on a socket of its own. */
export async function startSchemaProvider(options: SchemaProviderOptions): Promise<RunningSchemaProvider> {
  const provider = new SchemaProvider(options);
  // A short path: a unix socket's path is limited to about 100 bytes.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cgsp-"));
  const socket = path.join(dir, "provider.sock");
  const server = new grpc.Server();
  server.addService(serviceDefinition(), handlers(provider));
  try {
    await new Promise<void>((resolve, reject) =>
      server.bindAsync(`unix://${socket}`, grpc.ServerCredentials.createInsecure(), (err) => (err ? reject(err) : resolve())),
    );
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`schema provider: cannot listen on ${socket}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const address = options.served.address;
  const reattach = JSON.stringify({
    [address]: { Protocol: "grpc", ProtocolVersion: 6, Pid: process.pid, Test: true, Addr: { Network: "unix", String: socket } },
  });
  let stopped: Promise<void> | undefined;
  return {
    provider,
    address,
    socket,
    reattach,
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        // Terraform has exited by now; anything still open is cut.
        server.forceShutdown();
        fs.rmSync(dir, { recursive: true, force: true });
        resolve();
      })),
  };
}

function serviceDefinition(): grpc.ServiceDefinition {
  const definition: Record<string, grpc.MethodDefinition<Message, Message>> = {};
  for (const call of PROVIDER_CALLS) {
    const { request, response } = callTypes(call);
    definition[call] = {
      path: `/${PROVIDER_SERVICE}/${call}`,
      requestStream: false,
      responseStream: false,
      requestSerialize: (value: Message) => Buffer.from(request.encode(request.fromObject(value)).finish()),
      requestDeserialize: (bytes: Buffer) => request.toObject(request.decode(bytes), { longs: Number, defaults: false }),
      responseSerialize: (value: Message) => Buffer.from(response.encode(response.fromObject(value)).finish()),
      responseDeserialize: (bytes: Buffer) => response.toObject(response.decode(bytes), { longs: Number, defaults: false }),
    };
  }
  return definition;
}

function handlers(provider: SchemaProvider): grpc.UntypedServiceImplementation {
  const implementation: grpc.UntypedServiceImplementation = {};
  for (const call of PROVIDER_CALLS) {
    implementation[call] = (unary: grpc.ServerUnaryCall<Message, Message>, callback: grpc.sendUnaryData<Message>) => {
      try {
        callback(null, provider.answer(call, unary.request));
      } catch (err) {
        callback(failure(provider, call, unary.request, err));
      }
    };
  }
  return implementation;
}

/**
 * A gRPC error whose message names the call: terraform prints it as the provider's answer. A call the
 * provider does not serve is UNIMPLEMENTED; one it failed on (a value it could not decode) INTERNAL.
 */
function failure(provider: SchemaProvider, call: ProviderCall, request: Message, err: unknown): Partial<grpc.StatusObject> {
  const reason = err instanceof Error ? err.message : String(err);
  if (reason.startsWith(DIAGNOSTIC_PREFIX)) return { code: grpc.status.UNIMPLEMENTED, details: reason };
  const typeName = typeof request.type_name === "string" ? request.type_name : undefined;
  provider.unanswered.push({ call, typeName, reason });
  return { code: grpc.status.INTERNAL, details: `${DIAGNOSTIC_PREFIX}could not answer ${call}${typeName ? ` for ${typeName}` : ""}: ${reason}` };
}
