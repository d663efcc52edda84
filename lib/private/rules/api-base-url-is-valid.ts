import { CARTESIA_API_BASE_URL } from "../../connector-config";
import { describeValue, firstInvisible } from "../describe-value";
import { describeFoundKey, findKeyLike } from "../key-hygiene";
import { isLoopbackHost } from "../loopback";
import { templateAdvice, templateSequence } from "../terraform-text";
import { errorsOnly, type Verdict } from "../verdict";

/** `apiBaseUrl`: an https base URL (http only to loopback) without credentials, query, fragment or endpoint path. */
export function apiBaseUrlIsValid(value: unknown): Verdict {
  return errorsOnly(errors(value));
}

function errors(value: unknown): string[] {
  const hint = `expected an https URL such as "${CARTESIA_API_BASE_URL}" (http only for localhost), without credentials, a query or a fragment.`;
  if (typeof value !== "string") return [`apiBaseUrl: got ${describeValue(value)}; ${hint}`];
  const key = findKeyLike(value);
  if (key) {
    return [`apiBaseUrl: contains what looks like a Cartesia API key (${describeFoundKey(key)}); the URL is written in plain text. The key belongs in apiKey.`];
  }
  // The URL parser drops tabs and line breaks silently; the string itself is what Genesys receives.
  if (/\s/.test(value) || firstInvisible(value)) return [`apiBaseUrl: got ${describeValue(value)}, which contains spaces or control characters; ${hint}`];
  // The URL parser turns a look-alike letter into punycode silently: the key would go to another host.
  if (/[^\u0020-\u007e]/.test(value)) {
    return [
      `apiBaseUrl: got ${describeValue(value)}, which is not plain ASCII; a look-alike letter in a host name sends the key to another host. Write the URL in ASCII (a host's punycode form, xn--..., if you mean it).`,
    ];
  }
  const template = templateSequence(value);
  if (template) return [`apiBaseUrl: got ${describeValue(value)}; ${templateAdvice(template.sequence)}.`];
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [`apiBaseUrl: got ${describeValue(value)}; ${hint}`];
  }
  const local = isLoopbackHost(url.hostname);
  if (!(url.protocol === "https:" || (url.protocol === "http:" && local)) || url.search || url.hash || url.username || url.password) {
    return [`apiBaseUrl: got ${describeValue(value)}; ${hint}`];
  }
  if (/\/tts\/bytes\/*$|\/voices\/export\/*$/.test(url.pathname)) {
    return [
      `apiBaseUrl: got ${describeValue(value)}, a full endpoint; give the base the endpoints hang off (the connector appends /tts/bytes and /voices/export), such as "${CARTESIA_API_BASE_URL}".`,
    ];
  }
  return [];
}
