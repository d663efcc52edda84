import type { FetchLike } from "../cli/context";
import { GenesysApiError, GenesysAuthError, GenesysUnreachableError } from "./api-error";
import type { GenesysGateway } from "./endpoint";
import { GENESYS_ENV, type GenesysAccess } from "./environment";
import { credentialCalls, type CredentialCalls } from "./credential-calls";
import type { Deadline } from "./deadline";
import { createFetchHttpClient, type RequestBudget } from "./fetch-http-client";
import { checkedPathId, checkedTypeId } from "./path-id";
import { isRetryableStatus, RETRY_POLICY, retryAfterMs, retryDelayMs } from "./retry";
import { loadGenesysSdk, type Models } from "./sdk";

/** Where and how to reach Genesys Cloud. */
export interface GenesysClientOptions {
  readonly access: GenesysAccess;
  /** `--endpoint`: login and API calls go to this base URL instead of the region's hosts. */
  readonly gateway?: GenesysGateway;
  readonly fetch: FetchLike;
  /** Waits between retries; tests pass one that does not wait. */
  readonly sleep: (ms: number) => Promise<void>;
  /** How long one request may take, headers and body. @default 15000 */
  readonly requestTimeoutMs?: number;
  /** The command's `--timeout`: no request outlives it, no retry waits past it. */
  readonly deadline?: Deadline;
  /** Values to mask in all output from now on: called with the access token as soon as it is known. */
  readonly addSecrets: (values: readonly string[]) => void;
  /** Told before each retry's wait, for a progress line. */
  readonly onRetry?: (message: string) => void;
}

/** The calls `verify` and `adopt` make, each answering with the SDK's own model. */
export interface GenesysClient {
  /** `https://api.<domain>`, or the endpoint: for messages. */
  readonly apiBase: string;
  /** Requests sent so far, login and retries included. */
  readonly requests: () => number;
  integrationType(typeId: string): Promise<Models.IntegrationType>;
  configSchema(typeId: string, kind: "properties" | "advanced"): Promise<Models.JsonSchemaDocument>;
  integration(integrationId: string): Promise<Models.Integration>;
  /** Every integration of a type, all pages. */
  integrations(integrationType: string): Promise<Models.Integration[]>;
  configCurrent(integrationId: string): Promise<Models.IntegrationConfiguration>;
  credential(credentialId: string): Promise<Models.Credential>;
  /** A TTS engine with its voices. */
  ttsEngine(engineId: string): Promise<Models.TtsEngineEntity>;
  /** The organization's credentials: list, create, update (`credential put`). */
  readonly credentials: CredentialCalls;
}

/** Pages of a listing read at most: 2,000 integrations is far more than an org's ten connectors. */
const MAX_PAGES = 20;
const PAGE_SIZE = 100;
/** Integrations a listing yields at most, however many a page holds: what every later read is bounded by. */
export const MAX_LISTED = MAX_PAGES * PAGE_SIZE;

/**
 * Logs in (client credentials, or the given token) through Genesys's SDK and returns the client. The
 * SDK client is a fresh instance, not the process-wide one, with its config file off, its gateway and
 * environment set from our options only, no logging, and our `fetch` underneath.
 */
export async function connectGenesys(options: GenesysClientOptions): Promise<GenesysClient> {
  const sdk = await loadGenesysSdk();
  const { access, gateway } = options;
  const timeoutMs = options.requestTimeoutMs ?? 15_000;
  let sent = 0;
  const countingFetch: FetchLike = (input, init) => {
    sent++;
    return options.fetch(input, init);
  };

  const apiClient = new sdk.ApiClientClass();
  // The constructor has read ~/.genesyscloudjavascript/config and watches it: stop, and undo what it set.
  apiClient.config.live_reload_config = false;
  apiClient.config.setConfigPath("");
  apiClient.config.refresh_access_token = false;
  // The SDK's logger writes request headers (the token) when a config file asks it to.
  const logger = apiClient.config.logger;
  Object.assign(logger, { log_level: "none", log_to_console: false, log_file_path: "" });
  logger.setLogger();
  apiClient.setEnvironment(access.domain ?? "mypurecloud.com");
  if (gateway) {
    apiClient.setGateway({
      host: gateway.host,
      protocol: gateway.protocol,
      port: gateway.port,
      path_params_login: gateway.path,
      path_params_api: gateway.path,
    });
  } else {
    // No argument clears a gateway the config file set; the SDK's types do not say so.
    apiClient.config.setGateway(undefined as never);
  }
  apiClient.setReturnExtendedResponses(true);
  const deadline = options.deadline;
  const budget = (): RequestBudget => {
    const left = deadline?.remainingMs() ?? Infinity;
    if (left < timeoutMs) return { ms: Math.max(0, left), exhausted: `no answer before --timeout (${deadline!.seconds} s) ran out` };
    return { ms: timeoutMs, exhausted: `no answer within ${timeoutMs / 1000} s` };
  };
  apiClient.setHttpClient(createFetchHttpClient(sdk, countingFetch, budget));
  const base = (kind: "login" | "api") => apiClient.config.getConfUrl(kind, `https://${kind}.${apiClient.config.environment}`);

  const retrying = async <T>(request: string, call: () => Promise<T>, creates = false): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        const failure = asApiError(request, error, attempt);
        if (!(failure instanceof GenesysApiError) || !isRetryableStatus(failure.status, creates)) throw failure;
        if (attempt >= RETRY_POLICY.attempts) throw failure;
        const asked = retryAfterMs(header(error, "retry-after"), header(error, "date"));
        const when = asked === undefined ? "" : `: run it again in ${Math.ceil(asked / 1000)} s or later`;
        // With a --timeout, any wait that fits in it is waited; without one, at most the policy's minute.
        if (asked !== undefined && deadline === undefined && asked > RETRY_POLICY.maxDelayMs) {
          throw asApiError(request, error, attempt, `Genesys asked to wait ${Math.ceil(asked / 1000)} s, longer than this command waits${when}`);
        }
        const wait = retryDelayMs(attempt, asked);
        const left = deadline?.remainingMs();
        if (left !== undefined && wait >= left) {
          throw asApiError(
            request,
            error,
            attempt,
            `waiting ${Math.ceil(wait / 1000)} s${asked === undefined ? "" : " as Genesys asked"} would pass --timeout (${deadline!.seconds} s)${when || ": run it again later, or with a longer --timeout"}`,
          );
        }
        options.onRetry?.(`${request}: Genesys answered ${failure.status}; retrying in ${Math.ceil(wait / 1000)} s`);
        await options.sleep(wait);
      }
    }
  };

  if (access.auth.kind === "client-credentials") {
    const { clientId, clientSecret } = access.auth;
    // What the login sends (Authorization: Basic base64(id:secret)), masked in case a server echoes it.
    options.addSecrets([`${clientId}:${clientSecret}`]);
    try {
      const auth = await retrying("POST /oauth/token", () => apiClient.loginClientCredentialsGrant(clientId, clientSecret));
      const token: unknown = auth?.accessToken;
      if (typeof token !== "string" || token === "") {
        throw new GenesysAuthError(
          `login at ${base("login")}/oauth/token: a bad answer from the login endpoint: it answered ${auth === undefined ? "nothing" : "success"} without an access_token. Is ${gateway ? "--endpoint" : `${GENESYS_ENV.region}`} the Genesys Cloud login?`,
        );
      }
      options.addSecrets([token]);
    } catch (error) {
      // A 429 is the rate limit, not the credentials: its own message says so.
      if (error instanceof GenesysApiError && error.status >= 400 && error.status < 500 && error.status !== 429) {
        throw new GenesysAuthError(
          `login at ${base("login")}/oauth/token failed: Genesys answered ${error.status}${error.code ? ` ${error.code}` : ""}${error.serverMessage ? ` (${error.serverMessage})` : ""}. Check ${GENESYS_ENV.clientId} and ${GENESYS_ENV.clientSecret}: an OAuth client of this organization${access.region ? ` in ${access.region}` : ""} with the client-credentials grant.`,
        );
      }
      throw error;
    }
  } else {
    apiClient.setAccessToken(access.auth.token);
  }

  const api = new sdk.IntegrationsApi(apiClient);
  // A 401 on a call means the token is refused: nothing else can succeed, so it ends the command.
  const call = async <T>(request: string, run: () => Promise<T>, creates = false): Promise<T> => {
    try {
      // Extended responses (for the status and Retry-After of errors) wrap every answer; the SDK's types do not say so.
      const answer = (await retrying(request, run, creates)) as unknown as { readonly body: T };
      return answer.body;
    } catch (error) {
      if (error instanceof GenesysApiError && error.status === 401) {
        const which =
          access.auth.kind === "access-token" ? `${GENESYS_ENV.accessToken} has expired or belongs to another region` : "the token from the login was refused";
        throw new GenesysAuthError(`${error.message}: ${which}.`);
      }
      throw error;
    }
  };

  return {
    apiBase: base("api"),
    requests: () => sent,
    credentials: credentialCalls(api, call),
    integrationType: async (typeId) => call(`GET /api/v2/integrations/types/${checkedTypeId(typeId)}`, () => api.getIntegrationsType(typeId)),
    configSchema: async (typeId, kind) =>
      call(`GET /api/v2/integrations/types/${checkedTypeId(typeId)}/configschemas/${kind}`, () => api.getIntegrationsTypeConfigschema(typeId, kind)),
    integration: async (integrationId) =>
      call(`GET /api/v2/integrations/${checkedPathId("integration", integrationId)}`, () => api.getIntegration(integrationId)),
    integrations: async (integrationType) => {
      const byId = new Map<string, Models.Integration>();
      let told: number | undefined;
      for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber++) {
        const page = await call(`GET /api/v2/integrations?integrationType=${checkedTypeId(integrationType)}&pageNumber=${pageNumber}`, () =>
          api.getIntegrations({ integrationType, pageSize: PAGE_SIZE, pageNumber }),
        );
        const entities = Array.isArray(page.entities) ? page.entities.slice(0, PAGE_SIZE) : [];
        const before = byId.size;
        // A listing that repeats or loops yields each integration once, and ends when a page adds none.
        for (const entity of entities) if (byId.size < MAX_LISTED && !byId.has(String(entity.id))) byId.set(String(entity.id), entity);
        told ??= typeof page.total === "number" ? page.total : undefined;
        const done = byId.size === before || byId.size >= MAX_LISTED || (told !== undefined && byId.size >= told);
        if (done || pageNumber >= (page.pageCount ?? 1)) break;
      }
      return [...byId.values()];
    },
    configCurrent: async (integrationId) =>
      call(`GET /api/v2/integrations/${checkedPathId("integration", integrationId)}/config/current`, () => api.getIntegrationConfigCurrent(integrationId)),
    credential: async (credentialId) =>
      call(`GET /api/v2/integrations/credentials/${checkedPathId("credential", credentialId)}`, () => api.getIntegrationsCredential(credentialId)),
    ttsEngine: async (engineId) =>
      call(`GET /api/v2/integrations/speech/tts/engines/${checkedPathId("TTS engine", engineId.replace(/^connector-/, ""), engineId)}?includeVoices=true`, () =>
        api.getIntegrationsSpeechTtsEngine(engineId, { includeVoices: true }),
      ),
  };
}

/**
 * The answer of a failed call: API calls reject with the SDK's extended error (`status`, `headers`,
 * `body`); the login rejects with what our HTTP client threw (`response` with `status`, `headers`, `data`).
 */
function failedAnswer(error: unknown): { readonly status: number; readonly headers?: Record<string, unknown>; readonly body?: unknown } | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const extended = error as {
    status?: unknown;
    headers?: Record<string, unknown>;
    body?: unknown;
    response?: { status?: unknown; headers?: Record<string, unknown>; data?: unknown };
  };
  if (typeof extended.status === "number") return { status: extended.status, headers: extended.headers, body: extended.body };
  const response = extended.response;
  if (response && typeof response.status === "number") return { status: response.status, headers: response.headers, body: response.data };
  return undefined;
}

/** A failed call as one of our errors, whatever the SDK rejected with. */
function asApiError(request: string, error: unknown, attempts: number, gaveUp?: string): Error {
  if (error instanceof GenesysUnreachableError || error instanceof GenesysAuthError || error instanceof GenesysApiError) return error;
  const answer = failedAnswer(error);
  if (answer) {
    const body = (answer.body ?? {}) as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);
    return new GenesysApiError(
      request,
      answer.status,
      text(body.code) ?? text(body.error),
      text(body.message) ?? text(body.error_description) ?? text(body.description),
      attempts,
      gaveUp,
    );
  }
  return error instanceof Error ? error : new Error(`${request}: ${String(error)}`);
}

function header(error: unknown, name: string): string | undefined {
  const value = failedAnswer(error)?.headers?.[name];
  return typeof value === "string" ? value : undefined;
}
