const DAY_MS = 86_400_000;
let day = Number.NaN;
let text = "";

/**
 * Today's UTC date, YYYY-MM-DD: what decides which announced model sunsets have passed. Formatted once
 * per day rather than once per connector (a Date and its ISO text for each of a thousand connectors
 * showed in the construct's profile); JavaScript time has no leap seconds, so a UTC day is DAY_MS long.
 */
export function today(): string {
  const now = Math.floor(Date.now() / DAY_MS);
  if (now !== day) {
    day = now;
    text = new Date(now * DAY_MS).toISOString().slice(0, 10);
  }
  return text;
}
