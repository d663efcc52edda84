/** Genesys answered, with an error status. `request` is `GET /api/v2/...`, without the host. */
export class GenesysApiError extends Error {
  constructor(
    readonly request: string,
    readonly status: number,
    /** Genesys's error code (`not.found`, `bad.credentials`) or OAuth's (`invalid_client`). */
    readonly code: string | undefined,
    readonly serverMessage: string | undefined,
    /** How many times the request was sent. */
    readonly attempts: number,
    /** Why retrying stopped early, when it did. */
    readonly gaveUp?: string,
  ) {
    const said = [code, serverMessage === undefined ? undefined : JSON.stringify(serverMessage)].filter((part) => part !== undefined).join(" ");
    const tries = attempts > 1 ? ` (after ${attempts} attempts)` : "";
    // A 429 says so: it is the rate limit, and nothing is wrong with the credentials.
    const meaning = status === 429 ? " (rate limited: too many requests for this OAuth client or organization, not a credentials problem)" : "";
    super(`${request}: Genesys answered ${status}${said ? ` ${said}` : ""}${meaning}${tries}${gaveUp ? `; ${gaveUp}` : ""}`);
    this.name = "GenesysApiError";
  }
}

/** No answer at all: the host is unreachable, refused the connection, or did not answer in time. */
export class GenesysUnreachableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GenesysUnreachableError";
  }
}

/**
 * Genesys refused who we are (a failed login, a 401 on a call): no check can succeed after it, so the
 * command stops with this one message instead of failing every check the same way.
 */
export class GenesysAuthError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GenesysAuthError";
  }
}
