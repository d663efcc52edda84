import type { FetchLike } from "../cli/context";
import { MAX_RESPONSE_BYTES, readBoundedBody } from "../http-body";
import { parseJson } from "../json-input";
import { GenesysUnreachableError } from "./api-error";
import type { GenesysSdk } from "./sdk";

/** What the SDK reads of an answer (the shape axios gives it). */
interface SdkResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Record<string, string>;
  readonly data: unknown;
  readonly text: string;
}

/**
 * An HTTP client for the SDK that sends through the command's `fetch` instead of the SDK's axios: the
 * one network edge every command has (tests refuse anything but loopback through it), an explicit
 * timeout per request, and no request logging. The SDK still builds every request (hosts, gateway,
 * paths, query, the Authorization header) and reads every answer.
 */
export function createFetchHttpClient(sdk: GenesysSdk, fetch: FetchLike, timeoutMs: number): InstanceType<GenesysSdk["AbstractHttpClient"]> {
  class FetchHttpClient extends sdk.AbstractHttpClient {
    async request(options: InstanceType<GenesysSdk["HttpRequestOptions"]>): Promise<SdkResponse> {
      const url = new URL(options.url);
      for (const [name, value] of Object.entries(options.params ?? {})) {
        for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) {
          if (item !== undefined && item !== null) url.searchParams.append(name, String(item));
        }
      }
      const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
      let body: string | undefined;
      if (typeof options.data === "string") {
        body = options.data;
        // What axios sends for a string body: the OAuth token endpoint requires it.
        if (!Object.keys(headers).some((h) => h.toLowerCase() === "content-type")) headers["Content-Type"] = "application/x-www-form-urlencoded";
      } else if (options.data !== undefined && options.data !== null) {
        body = JSON.stringify(options.data);
      }
      let answer: Response;
      let text: string;
      try {
        answer = await fetch(url.toString(), { method: options.method, headers, body, signal: AbortSignal.timeout(timeoutMs), redirect: "error" });
        const read = await readBoundedBody(answer);
        if (read.truncated) throw new Error(`the answer went on past ${MAX_RESPONSE_BYTES / (1024 * 1024)} MiB; reading stopped there`);
        text = read.bytes.toString("utf8");
      } catch (error) {
        throw new GenesysUnreachableError(unreachableMessage(`${options.method} ${url.origin}${url.pathname}`, error, timeoutMs));
      }
      // Bounded depth: the SDK walks the answer, and a server can nest as deep as it likes.
      const parsed = text === "" ? undefined : parseJson(text);
      const data: unknown = parsed !== undefined && "value" in parsed ? parsed.value : undefined;
      const response: SdkResponse = { status: answer.status, statusText: answer.statusText, headers: Object.fromEntries(answer.headers), data, text };
      if (answer.status >= 200 && answer.status < 300) return response;
      // The SDK tells an HTTP error from a network error by this property, as with axios.
      throw Object.assign(new Error(`HTTP ${answer.status}`), { response });
    }

    enableHooks(): void {
      // No hooks: nothing may see requests (they carry the token) but the request itself.
    }
  }
  return new FetchHttpClient();
}

function unreachableMessage(request: string, error: unknown, timeoutMs: number): string {
  const err = error as Error & { cause?: { code?: string; message?: string } };
  if (err.name === "TimeoutError" || err.name === "AbortError") return `${request}: no answer within ${timeoutMs / 1000} s`;
  const cause = err.cause?.code ?? err.cause?.message ?? err.message;
  return `${request}: cannot reach Genesys Cloud (${cause})`;
}
