import * as http from "node:http";
import type { AddressInfo } from "node:net";
import type { Models } from "../../tools/shared/genesys/sdk";
import { GUIDE_ADVANCED, GUIDE_PROPERTIES } from "./guide-values";

/**
 * A loopback stand-in for Genesys Cloud's Platform API, for tests: it listens on 127.0.0.1 on an
 * ephemeral port and answers what `verify` and `adopt` ask, every answer typed against the official
 * SDK's own `Models` (purecloud-platform-client-v2) with `satisfies`: the endpoints and fields of the
 * SDK's `IntegrationsApi`, listings with the SDK listing model's `nextUri`, `previousUri`, `firstUri`,
 * `lastUri` and `selfUri`, errors as its `ErrorBody`. Login is `POST /oauth/token` with HTTP Basic and
 * the client-credentials grant; every `/api/v2` call needs the token it issued. Each rule it follows is
 * a row of the rules table in docs/, with its source and the test that holds it.
 *
 * The schemas of `genesys-tts-connector` are this stand-in's guess from the guide's labels and the
 * property keys of one third-party installer (team-telnyx/telnyx-genesys-integrations-shared,
 * lib/genesys/tts-connector-*.mjs): no public source shows them, which is why `verify` prints what a
 * real organization answers. Wording marked "(fake)" is the stand-in's, not Genesys's.
 *
 * Hostile modes (`hostile`) play a server that stalls, redirects, echoes what it was sent, or lists
 * in circles: what the commands must survive with a clear, bounded answer.
 */

/** The guide's nine properties and the six it leaves alone (the keys of lib/tts-connector-type.ts; the unused five are a guess). */
export const FAKE_PROPERTY_KEYS = [
  ...Object.keys(GUIDE_PROPERTIES),
  "voiceTypeAttribute",
  "synthesizeTextAttribute",
  "synthesizeVoiceAttribute",
  "synthesizeLanguagesAttribute",
  "synthesizeOutputFormatAttribute",
  "synthesizeSampleRateAttribute",
].sort();

export const TTS_CONNECTOR_TYPE = "genesys-tts-connector";

/** A voice as the stand-in's TTS engine lists it; Genesys's own ids, not Cartesia's. */
export interface FakeVoice {
  readonly name: string;
  readonly language: string;
  readonly gender: string;
}

export const FAKE_VOICES: readonly FakeVoice[] = [
  { name: "Katie", language: "en-US", gender: "female" },
  { name: "Ronald", language: "en-US", gender: "male" },
  { name: "Hélène", language: "fr-FR", gender: "female" },
];

/** One integration of the stand-in's organization. */
export interface FakeIntegration {
  readonly id: string;
  readonly name: string;
  /** @default TTS_CONNECTOR_TYPE */
  readonly type?: string;
  /** @default "ENABLED" */
  readonly intendedState?: "ENABLED" | "DISABLED";
  /** Reported states for successive reads; the last one repeats. @default ACTIVE (INACTIVE when disabled) */
  readonly reportedStates?: readonly Models.IntegrationStatusInfo[];
  /** @default the guide's properties */
  readonly properties?: object;
  /** @default the guide's advanced JSON */
  readonly advanced?: object;
  readonly notes?: string;
  /** Slot -> credential id. @default none */
  readonly credentials?: Readonly<Record<string, string>>;
  /** Voices of its TTS engine; `"missing"`: Genesys made no engine. @default FAKE_VOICES */
  readonly voices?: readonly FakeVoice[] | "missing";
}

/** One credential; its fields are never sent back, as Genesys redacts them. */
export interface FakeCredential {
  readonly id: string;
  readonly name: string;
  /** @default "userDefined" */
  readonly type?: string;
}

/** Answers with an error status a number of times before behaving, for requests whose path starts with `path`. */
export interface FakeFailure {
  readonly path: string;
  readonly status: number;
  readonly times: number;
  /** `Retry-After` to send with it. */
  readonly retryAfter?: string;
}

/** A server that misbehaves, for requests whose path starts with `path` (login included). */
export type FakeHostility =
  /** Sends the status line and headers, then nothing, forever. */
  | { readonly kind: "stall-after-headers"; readonly path: string }
  /** Sends the headers and one byte of the body every `everyMs`, forever. */
  | { readonly kind: "slow-body"; readonly path: string; readonly everyMs: number }
  /** Answers 302 to `location`. */
  | { readonly kind: "redirect"; readonly path: string; readonly location: string }
  /** Answers 400 with an error whose message echoes the request's Authorization header, plain and in every common encoding. */
  | { readonly kind: "echo-auth"; readonly path: string }
  /** The login answers 200 with this body (a token answer without `access_token`, say). */
  | { readonly kind: "login-answer"; readonly body: object }
  /** The integrations listing answers every page with the whole first page again, and claims `pageCount` such pages. */
  | { readonly kind: "listing-repeats"; readonly pageCount: number }
  /** The integrations listing's `nextUri` leads back to page 1, `pageCount` claims more pages, `total` is wrong. */
  | { readonly kind: "listing-loops" };

/** How the stand-in behaves. */
export interface FakeGenesysOptions {
  /** @default TEST_CLIENT_ID */
  readonly clientId?: string;
  /** @default TEST_CLIENT_SECRET */
  readonly clientSecret?: string;
  readonly integrations?: readonly FakeIntegration[];
  readonly credentials?: readonly FakeCredential[];
  /** False: the organization does not have the type (404, as for a connector that is not enabled). @default true */
  readonly typeEnabled?: boolean;
  /** The type's credential slots. @default { basicAuth: ["userDefined"] } */
  readonly credentialSlots?: Readonly<Record<string, readonly string[]>>;
  /** @default FAKE_PROPERTY_KEYS, none required */
  readonly propertyKeys?: readonly string[];
  readonly requiredProperties?: readonly string[];
  /** Page size of the integrations listing, whatever is asked (to test paging). */
  readonly pageSize?: number;
  readonly failures?: readonly FakeFailure[];
  /** False: the type answers 403, as for an OAuth client without `integrations:integration:view`. @default true */
  readonly typeReadable?: boolean;
  readonly hostile?: readonly FakeHostility[];
  /** True: creating or updating a credential answers 403, as for an OAuth client without the permission. @default false */
  readonly refuseCredentialWrites?: boolean;
  /** A 5xx status that a create answers AFTER it made the credential, as a server that fails late does. */
  readonly createThenFail?: number;
}

/** The OAuth token answer: the SDK has no model for it (its `AuthData` is what the login resolves to), so it is typed here. */
interface TokenAnswer {
  readonly access_token: string;
  readonly token_type: "bearer";
  readonly expires_in: number;
}

/** A request the stand-in received; the Authorization header is kept, for tests that check what was sent. */
export interface RecordedRequest {
  readonly method: string;
  /** Path with query. */
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/** A running stand-in. */
export interface FakeGenesys {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Tokens it issued. */
  readonly tokens: string[];
  /** The organization's credentials now, those created and updated through the API included (never their fields). */
  readonly credentials: () => readonly FakeCredential[];
  close(): Promise<void>;
}

export const TEST_CLIENT_ID = "7de3af06-cd6a-4ed3-aa5b-6a0b1c3d9e01";
/** Shaped like a real secret, so a test that finds it in output finds a leak. */
export const TEST_CLIENT_SECRET = "Qx7-fake-oauth-client-secret-for-tests-0123456789";

/** Starts a stand-in for the body's length, and closes it however the body ends. */
export async function withGenesys<T>(options: FakeGenesysOptions, body: (fake: FakeGenesys) => Promise<T>): Promise<T> {
  const fake = await startFakeGenesys(options);
  try {
    return await body(fake);
  } finally {
    await fake.close();
  }
}

/** Starts the stand-in on 127.0.0.1 with a port the OS picks. */
export async function startFakeGenesys(options: FakeGenesysOptions = {}): Promise<FakeGenesys> {
  const requests: RecordedRequest[] = [];
  const tokens: string[] = [];
  const reads = new Map<string, number>();
  const failuresLeft = (options.failures ?? []).map((f) => ({ ...f, left: f.times }));
  const store = credentialStore(options);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      requests.push({ method: req.method ?? "", url: req.url ?? "/", headers: req.headers, body });
      const url = new URL(req.url ?? "/", "http://fake");
      if (hostileAnswer(options, req, url, res)) return;
      const failure = failuresLeft.find((f) => f.left > 0 && url.pathname.startsWith(f.path));
      if (failure) {
        failure.left--;
        return sendError(res, failure.status, failure.status === 429 ? "too.many.requests" : "internal.server.error", "try again (fake)", failure.retryAfter);
      }
      if (url.pathname === "/oauth/token") return login(options, req, body, tokens, res);
      const auth = req.headers.authorization ?? "";
      if (!tokens.some((t) => auth === `Bearer ${t}`)) return sendError(res, 401, "bad.credentials", "Invalid login credentials.");
      if (store.answer(req.method ?? "", url, body, res)) return;
      if (req.method !== "GET") return sendError(res, 405, "method.not.allowed", `${req.method} is not served (fake)`);
      route(store.options, url, reads, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    tokens,
    credentials: () => store.options.credentials.map((c) => ({ ...c })),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function login(options: FakeGenesysOptions, req: http.IncomingMessage, body: string, tokens: string[], res: http.ServerResponse): void {
  const expected = `Basic ${Buffer.from(`${options.clientId ?? TEST_CLIENT_ID}:${options.clientSecret ?? TEST_CLIENT_SECRET}`).toString("base64")}`;
  const form = new URLSearchParams(body);
  if (
    req.method !== "POST" ||
    !/^application\/x-www-form-urlencoded/.test(req.headers["content-type"] ?? "") ||
    form.get("grant_type") !== "client_credentials"
  ) {
    return sendJson(res, 400, {
      error: "invalid_request",
      description: "expected a client_credentials grant as a form (fake)",
      error_description: "invalid request",
    });
  }
  if (req.headers.authorization !== expected) {
    return sendJson(res, 401, {
      error: "invalid_client",
      description: "client authentication failed (fake)",
      error_description: "client authentication failed",
    });
  }
  const override = options.hostile?.find((h) => h.kind === "login-answer");
  if (override?.kind === "login-answer") return sendJson(res, 200, override.body);
  const token = `fake-token-${tokens.length + 1}-${"x".repeat(24)}`;
  tokens.push(token);
  sendJson(res, 200, { access_token: token, token_type: "bearer", expires_in: 86399 } satisfies TokenAnswer);
}

function route(options: FakeGenesysOptions, url: URL, reads: Map<string, number>, res: http.ServerResponse): void {
  const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  if (parts[0] !== "api" || parts[1] !== "v2" || parts[2] !== "integrations") return sendError(res, 404, "not.found", `no route ${url.pathname} (fake)`);
  const rest = parts.slice(3);
  const integrations = options.integrations ?? [];
  const find = (id: string) => integrations.find((i) => i.id === id);

  if (rest.length === 0) {
    const type = url.searchParams.get("integrationType");
    const all = integrations.filter((i) => type === null || (i.type ?? TTS_CONNECTOR_TYPE) === type);
    const pageSize = options.pageSize ?? Number(url.searchParams.get("pageSize") ?? 25);
    const asked = Number(url.searchParams.get("pageNumber") ?? 1);
    const repeats = options.hostile?.find((h) => h.kind === "listing-repeats");
    const loops = options.hostile?.some((h) => h.kind === "listing-loops") === true;
    const pageNumber = repeats ? 1 : asked;
    const pageCount = repeats?.kind === "listing-repeats" ? repeats.pageCount : loops ? 1000 : Math.max(1, Math.ceil(all.length / pageSize));
    const entities = all.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map((i) => integrationOf(i, 0));
    const page = (n: number) => `/api/v2/integrations?integrationType=${encodeURIComponent(type ?? "")}&pageSize=${pageSize}&pageNumber=${n}`;
    // Past the last page the SDK's listing has no nextUri; a looping one points back to page 1.
    const next = loops ? page(1) : asked < pageCount ? page(asked + 1) : undefined;
    return sendJson(res, 200, {
      entities: loops ? all.slice(0, pageSize).map((i) => integrationOf(i, 0)) : entities,
      pageSize,
      pageNumber: asked,
      total: loops ? all.length * 1000 : repeats ? all.length * pageCount : all.length,
      pageCount,
      firstUri: page(1),
      lastUri: page(pageCount),
      selfUri: page(asked),
      ...(next === undefined ? {} : { nextUri: next }),
      ...(asked > 1 ? { previousUri: page(asked - 1) } : {}),
    } satisfies Models.IntegrationEntityListing);
  }
  if (rest[0] === "types") {
    const typeId = rest[1];
    if (options.typeReadable === false) return sendError(res, 403, "missing.permissions", "Missing permissions: integrations:integration:view (fake)");
    if (typeId !== TTS_CONNECTOR_TYPE || options.typeEnabled === false) return sendError(res, 404, "not.found", `Integration type ${typeId} not found (fake)`);
    if (rest.length === 2) return sendJson(res, 200, typeOf(options));
    if (rest[2] === "configschemas" && rest[3] === "properties") {
      const keys = options.propertyKeys ?? FAKE_PROPERTY_KEYS;
      return sendJson(res, 200, {
        $schema: "http://json-schema.org/draft-04/schema#",
        title: "Genesys TTS Connector properties (fake)",
        type: "object",
        required: [...(options.requiredProperties ?? [])],
        properties: Object.fromEntries(keys.map((key) => [key, key === "isPciCompliant" ? { type: "boolean" } : { type: "string" }])),
        additionalProperties: {},
      } satisfies Models.JsonSchemaDocument);
    }
    if (rest[2] === "configschemas" && rest[3] === "advanced") {
      return sendJson(res, 200, {
        $schema: "http://json-schema.org/draft-04/schema#",
        title: "Genesys TTS Connector advanced (fake)",
        type: "object",
        required: [],
        properties: { synthesizeBody: { type: "object" }, outputFormatMapping: { type: "object" }, voices: { type: "array" } },
      } satisfies Models.JsonSchemaDocument);
    }
    return sendError(res, 404, "not.found", `no route ${url.pathname} (fake)`);
  }
  if (rest[0] === "credentials" && rest.length === 2) {
    const credential = (options.credentials ?? []).find((c) => c.id === rest[1]);
    if (!credential) return sendError(res, 404, "not.found", `Credential ${rest[1]} not found (fake)`);
    return sendJson(res, 200, { id: credential.id, name: credential.name, type: { name: credential.type ?? "userDefined" } } satisfies Models.Credential);
  }
  if (rest[0] === "speech" && rest[1] === "tts" && rest[2] === "engines" && rest.length === 4) {
    const integration = rest[3].startsWith("connector-") ? find(rest[3].slice("connector-".length)) : undefined;
    if (!integration || integration.voices === "missing") return sendError(res, 404, "not.found", `TTS engine ${rest[3]} not found (fake)`);
    return sendJson(res, 200, engineOf(rest[3], integration, url.searchParams.get("includeVoices") === "true"));
  }
  const integration = find(rest[0]);
  if (!integration) return sendError(res, 404, "not.found", `Integration ${rest[0]} not found (fake)`);
  if (rest.length === 1) {
    const read = reads.get(integration.id) ?? 0;
    reads.set(integration.id, read + 1);
    return sendJson(res, 200, integrationOf(integration, read));
  }
  if (rest[1] === "config" && rest[2] === "current" && rest.length === 3) return sendJson(res, 200, configOf(integration, options));
  sendError(res, 404, "not.found", `no route ${url.pathname} (fake)`);
}

// ---- Credentials: list, create, update (what `credential put` sends) -----------------------------------

/** The id the stand-in gives the n-th credential created through it (1-based): known to tests in advance. */
export function createdCredentialId(n: number): string {
  return `c7ed0000-0000-4000-8000-${String(n).padStart(12, "0")}`;
}

/**
 * The organization's credentials as a store that `POST` and `PUT /api/v2/integrations/credentials` change,
 * seeded from `options.credentials`; every other route reads it through `options`. Fields are kept (so a
 * test can see what was written) and never answered, as Genesys never sends them back.
 */
function credentialStore(options: FakeGenesysOptions): {
  readonly options: FakeGenesysOptions & { readonly credentials: FakeCredential[] };
  readonly answer: (method: string, url: URL, body: string, res: http.ServerResponse) => boolean;
} {
  const credentials: FakeCredential[] = (options.credentials ?? []).map((c) => ({ ...c }));
  let created = 0;
  const info = (c: FakeCredential): Models.CredentialInfo => ({
    id: c.id,
    name: c.name,
    createdDate: "2026-11-30T12:00:00Z",
    modifiedDate: "2026-11-30T12:00:00Z",
    type: { name: c.type ?? "userDefined" },
    selfUri: `/api/v2/integrations/credentials/${c.id}`,
  });
  /** A `Credential` body as Genesys requires it: a name, a type and fields of strings. */
  const parse = (body: string): { name: string; type: string } | string => {
    let parsed: Models.Credential;
    try {
      parsed = JSON.parse(body) as Models.Credential;
    } catch {
      return "the body is not JSON (fake)";
    }
    const fields = parsed.credentialFields;
    if (typeof parsed.name !== "string" || parsed.name === "") return "a credential needs a name (fake)";
    if (typeof parsed.type?.name !== "string") return "a credential needs type.name (fake)";
    if (fields === undefined || Object.values(fields).some((v) => typeof v !== "string")) return "credentialFields must map names to strings (fake)";
    return { name: parsed.name, type: parsed.type.name };
  };
  const answer = (method: string, url: URL, body: string, res: http.ServerResponse): boolean => {
    const parts = url.pathname.split("/").filter(Boolean);
    if (parts.slice(0, 4).join("/") !== "api/v2/integrations/credentials" || parts.length > 5) return false;
    if (parts.length === 4 && method === "GET") {
      const pageSize = options.pageSize ?? Number(url.searchParams.get("pageSize") ?? 25);
      const pageNumber = Number(url.searchParams.get("pageNumber") ?? 1);
      sendJson(res, 200, {
        entities: credentials.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map(info),
        pageSize,
        pageNumber,
        total: credentials.length,
        pageCount: Math.max(1, Math.ceil(credentials.length / pageSize)),
      } satisfies Models.CredentialInfoListing);
      return true;
    }
    const writing = (parts.length === 4 && method === "POST") || (parts.length === 5 && method === "PUT");
    if (!writing) return false;
    if (options.refuseCredentialWrites) {
      sendError(res, 403, "missing.permissions", "You are missing the following permission(s): integrations:credential:edit (fake)");
      return true;
    }
    const given = parse(body);
    if (typeof given === "string") {
      sendError(res, 400, "bad.request", given);
      return true;
    }
    if (method === "POST") {
      const credential: FakeCredential = { id: createdCredentialId(++created), name: given.name, type: given.type };
      credentials.push(credential);
      if (options.createThenFail !== undefined) sendError(res, options.createThenFail, "internal.server.error", "The request failed (fake)");
      else sendJson(res, 200, info(credential));
      return true;
    }
    const index = credentials.findIndex((c) => c.id === decodeURIComponent(parts[4]));
    if (index < 0) {
      sendError(res, 404, "not.found", `Credential ${parts[4]} not found (fake)`);
      return true;
    }
    credentials[index] = { id: credentials[index].id, name: given.name, type: given.type };
    sendJson(res, 200, info(credentials[index]));
    return true;
  };
  return { options: { ...options, credentials }, answer };
}

// ---- Hostile modes ------------------------------------------------------------------------------------

/** Plays a hostile mode when one applies to the request: true when it answered (or never will). */
function hostileAnswer(options: FakeGenesysOptions, req: http.IncomingMessage, url: URL, res: http.ServerResponse): boolean {
  const mode = options.hostile?.find((h) => "path" in h && url.pathname.startsWith(h.path));
  if (mode === undefined) return false;
  switch (mode.kind) {
    case "stall-after-headers":
      res.writeHead(200, { "Content-Type": "application/json" });
      res.flushHeaders();
      return true;
    case "slow-body": {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.write("{");
      const drip = setInterval(() => res.write(" "), mode.everyMs);
      res.on("close", () => clearInterval(drip));
      return true;
    }
    case "redirect":
      res.writeHead(302, { Location: mode.location }).end();
      return true;
    case "echo-auth": {
      const sent = req.headers.authorization ?? "";
      const credential = sent.replace(/^\S+\s+/, "");
      const decoded = Buffer.from(credential, "base64").toString("utf8");
      const echoes = [
        sent,
        encodeURIComponent(sent),
        credential.replace(/=+$/, ""),
        Buffer.from(decoded, "utf8").toString("base64url"),
        encodeURIComponent(credential),
        decoded,
      ];
      sendError(res, 400, "bad.request", `you sent: ${echoes.join(" | ")} (fake)`);
      return true;
    }
    default:
      return false;
  }
}

function typeOf(options: FakeGenesysOptions): Models.IntegrationType {
  const slots = options.credentialSlots ?? { basicAuth: ["userDefined"] };
  return {
    id: TTS_CONNECTOR_TYPE,
    name: "Genesys TTS Connector",
    provider: "genesys",
    category: "Text-to-Speech",
    configPropertiesSchemaUri: `/api/v2/integrations/types/${TTS_CONNECTOR_TYPE}/configschemas/properties`,
    configAdvancedSchemaUri: `/api/v2/integrations/types/${TTS_CONNECTOR_TYPE}/configschemas/advanced`,
    credentials: Object.fromEntries(
      Object.entries(slots).map(([slot, types]) => [slot, { required: true, title: "Credentials", credentialTypes: [...types] }]),
    ),
    maxInstances: 10,
  } satisfies Models.IntegrationType;
}

function integrationOf(integration: FakeIntegration, read: number): Models.Integration {
  const intendedState = integration.intendedState ?? "ENABLED";
  const states = integration.reportedStates ?? [{ code: intendedState === "ENABLED" ? "ACTIVE" : "INACTIVE" }];
  const state = states[Math.min(read, states.length - 1)];
  return {
    id: integration.id,
    name: integration.name,
    integrationType: { id: integration.type ?? TTS_CONNECTOR_TYPE },
    notes: integration.notes,
    intendedState,
    reportedState: { effective: state.code === "ACTIVE" ? "Active" : state.code, lastUpdated: "2026-11-30T12:00:00Z", ...state },
    attributes: {},
    selfUri: `/api/v2/integrations/${integration.id}`,
  } satisfies Models.Integration;
}

function configOf(integration: FakeIntegration, options: FakeGenesysOptions): Models.IntegrationConfiguration {
  const credentials = Object.fromEntries(
    Object.entries(integration.credentials ?? {}).map(([slot, id]) => {
      const credential = (options.credentials ?? []).find((c) => c.id === id);
      return [slot, { id, name: credential?.name, type: { name: credential?.type ?? "userDefined" } } satisfies Models.CredentialInfo];
    }),
  );
  return {
    id: integration.id,
    name: integration.name,
    version: 3,
    properties: integration.properties ?? GUIDE_PROPERTIES,
    advanced: integration.advanced ?? GUIDE_ADVANCED,
    notes: integration.notes ?? "",
    credentials,
  } satisfies Models.IntegrationConfiguration;
}

function engineOf(engineId: string, integration: FakeIntegration, includeVoices: boolean): Models.TtsEngineEntity {
  const voices = integration.voices === "missing" ? [] : (integration.voices ?? FAKE_VOICES);
  const engine: Models.TtsEngineEntity = {
    id: engineId,
    name: integration.name,
    languages: [...new Set(voices.map((v) => v.language))],
    outputFormats: ["pcm_s16le"],
    isDefault: false,
    isSecure: true,
  };
  if (!includeVoices) return engine;
  return {
    ...engine,
    voices: voices.map((voice, i) => ({
      // Genesys's own voice ids, not Cartesia's.
      id: `${engineId}-voice-${i + 1}`,
      name: voice.name,
      gender: voice.gender,
      language: voice.language,
      engine: { id: engineId, languages: engine.languages, outputFormats: engine.outputFormats },
    })),
  } satisfies Models.TtsEngineEntity;
}

function sendError(res: http.ServerResponse, status: number, code: string, message: string, retryAfter?: string): void {
  const body = {
    status,
    code,
    message,
    messageParams: {},
    contextId: "00000000-0000-4000-8000-000000000000",
    details: [],
    errors: [],
  } satisfies Models.ErrorBody;
  sendJson(res, status, body, retryAfter === undefined ? {} : { "Retry-After": retryAfter });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Type": "application/json", ...headers }).end(JSON.stringify(body));
}
