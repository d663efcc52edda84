import type { FetchLike } from "../cli/context";
import { GenesysApiError, GenesysAuthError, GenesysUnreachableError } from "./api-error";
import type { GenesysGateway } from "./endpoint";
import { GENESYS_ENV, type GenesysAccess } from "./environment";
import { createFetchHttpClient } from "./fetch-http-client";
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
  /** @default 15000 */
  readonly requestTimeoutMs?: number;
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
}

/** Pages of a listing read at most: 2,000 integrations is far more than an org's ten connectors. */
const MAX_PAGES = 20;
const PAGE_SIZE = 100;

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
  apiClient.setHttpClient(createFetchHttpClient(sdk, countingFetch, timeoutMs));
  const base = (kind: "login" | "api") => apiClient.config.getConfUrl(kind, `https://${kind}.${apiClient.config.environment}`);

  const retrying = async <T>(request: string, call: () => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        const failure = asApiError(request, error, attempt);
        if (!(failure instanceof GenesysApiError) || !isRetryableStatus(failure.status)) throw failure;
        if (attempt >= RETRY_POLICY.attempts) throw failure;
        const asked = retryAfterMs(header(error, "retry-after"), header(error, "date"));
        if (asked !== undefined && asked > RETRY_POLICY.maxDelayMs) {
          throw asApiError(request, error, attempt, `Genesys asked to retry after ${Math.ceil(asked / 1000)} s, longer than this command waits`);
        }
        const wait = retryDelayMs(attempt, asked);
        options.onRetry?.(`${request}: Genesys answered ${failure.status}; retrying in ${Math.ceil(wait / 1000)} s`);
        await options.sleep(wait);
      }
    }
  };

  if (access.auth.kind === "client-credentials") {
    const { clientId, clientSecret } = access.auth;
    try {
      const auth = await retrying("POST /oauth/token", () => apiClient.loginClientCredentialsGrant(clientId, clientSecret));
      options.addSecrets([auth.accessToken]);
    } catch (error) {
      if (error instanceof GenesysApiError && error.status >= 400 && error.status < 500) {
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
  const call = async <T>(request: string, run: () => Promise<T>): Promise<T> => {
    try {
      // Extended responses (for the status and Retry-After of errors) wrap every answer; the SDK's types do not say so.
      const answer = (await retrying(request, run)) as unknown as { readonly body: T };
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
    integrationType: (typeId) => call(`GET /api/v2/integrations/types/${typeId}`, () => api.getIntegrationsType(typeId)),
    configSchema: (typeId, kind) =>
      call(`GET /api/v2/integrations/types/${typeId}/configschemas/${kind}`, () => api.getIntegrationsTypeConfigschema(typeId, kind)),
    integration: (integrationId) => call(`GET /api/v2/integrations/${integrationId}`, () => api.getIntegration(integrationId)),
    integrations: async (integrationType) => {
      const all: Models.Integration[] = [];
      for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber++) {
        const page = await call(`GET /api/v2/integrations?integrationType=${integrationType}&pageNumber=${pageNumber}`, () =>
          api.getIntegrations({ integrationType, pageSize: PAGE_SIZE, pageNumber }),
        );
        all.push(...(page.entities ?? []));
        if ((page.entities ?? []).length === 0 || pageNumber >= (page.pageCount ?? 1)) break;
      }
      return all;
    },
    configCurrent: (integrationId) => call(`GET /api/v2/integrations/${integrationId}/config/current`, () => api.getIntegrationConfigCurrent(integrationId)),
    credential: (credentialId) => call(`GET /api/v2/integrations/credentials/${credentialId}`, () => api.getIntegrationsCredential(credentialId)),
    ttsEngine: (engineId) =>
      call(`GET /api/v2/integrations/speech/tts/engines/${engineId}?includeVoices=true`, () =>
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
