import type { FetchLike } from "../cli/context";
import { MAX_RESPONSE_BYTES, readBoundedBody, withDeadline } from "../http-body";
import { parseJson } from "../json-input";
import { GenesysUnreachableError } from "./api-error";
import type { GenesysSdk } from "./sdk";
import { quotedName } from "../text-escaping";

/** What the SDK reads of an answer (the shape axios gives it). */
interface SdkResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Record<string, string>;
  readonly data: unknown;
  readonly text: string;
}

/** How long one request may take, asked afresh for each: the request timeout, or less when the command's deadline is nearer. */
export interface RequestBudget {
  readonly ms: number;
  /** What runs out when `ms` does, for the message: `no answer within 15 s`, `--timeout (180 s) ran out`. */
  readonly exhausted: string;
}

/**
 * An HTTP client for the SDK that sends through the command's `fetch` instead of the SDK's axios: the
 * one network edge every command has (tests refuse anything but loopback through it), a deadline per
 * request, and no request logging. The SDK still builds every request (hosts, gateway, paths, query,
 * the Authorization header) and reads every answer.
 *
 * The deadline covers the whole exchange, headers and body (`withDeadline`).
 */
export function createFetchHttpClient(
  sdk: GenesysSdk,
  fetch: FetchLike,
  budget: number | (() => RequestBudget),
): InstanceType<GenesysSdk["AbstractHttpClient"]> {
  const budgetOf = (): RequestBudget => (typeof budget === "number" ? { ms: budget, exhausted: `no answer within ${budget / 1000} s` } : budget());
  class FetchHttpClient extends sdk.AbstractHttpClient {
    async request(options: InstanceType<GenesysSdk["HttpRequestOptions"]>): Promise<SdkResponse> {
      const problem = pathProblem(options.url);
      const url = new URL(options.url);
      const request = `${options.method} ${url.origin}${url.pathname}`;
      if (problem) throw new GenesysUnreachableError(`${request}: not sent: ${problem}`);
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
      const limit = budgetOf();
      if (limit.ms <= 0) throw new GenesysUnreachableError(`${request}: not sent: ${limit.exhausted}`);
      const { answer, text } = await withDeadline(
        limit.ms,
        () => new GenesysUnreachableError(`${request}: ${limit.exhausted}`),
        async (signal) => {
          let response: Response;
          try {
            // A redirect is not followed: the token (or the OAuth secret) would go wherever it points.
            response = await fetch(url.toString(), { method: options.method, headers, body, signal, redirect: "manual" });
          } catch (error) {
            throw new GenesysUnreachableError(unreachableMessage(request, error));
          }
          if (response.status >= 300 && response.status < 400) {
            void response.body?.cancel().catch(() => undefined);
            const location = response.headers.get("location");
            throw new GenesysUnreachableError(
              `${request}: Genesys answered ${response.status}, a redirect${location === null ? "" : ` to ${quotedName(location)}`}, which is not followed: the token would go with it`,
            );
          }
          try {
            const read = await readBoundedBody(response);
            if (read.truncated) throw new Error(`the answer went on past ${MAX_RESPONSE_BYTES / (1024 * 1024)} MiB; reading stopped there`);
            return { answer: response, text: read.bytes.toString("utf8") };
          } catch (error) {
            throw new GenesysUnreachableError(unreachableMessage(request, error));
          }
        },
      );
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

/**
 * Why a URL the SDK built must not be sent: a path segment that is `.` or `..`, spelled plainly or
 * percent-encoded, which `new URL` or a proxy would resolve into another endpoint. Ids are checked
 * before they reach a path (`checkedPathId`); this is the last line.
 */
export function pathProblem(url: string): string | undefined {
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, "").replace(/[?#].*$/s, "");
  const segments = path.split("/").map((segment) => segment.replace(/%2e/gi, "."));
  if (segments.some((segment) => segment === "." || segment === "..")) return "its path has a . or .. segment, which would resolve to another endpoint";
  return undefined;
}

function unreachableMessage(request: string, error: unknown): string {
  if (error instanceof GenesysUnreachableError) return error.message;
  const err = error as Error & { cause?: { code?: string; message?: string } };
  const cause = err.cause?.code ?? err.cause?.message ?? err.message;
  return `${request}: cannot reach Genesys Cloud (${cause})`;
}
