/**
 * Thrown when a connector's props are invalid. Lists every problem at once, so one synth shows all
 * that needs fixing rather than one error per run.
 */
export class CartesiaConnectorConfigError extends Error {
  /** Each problem on its own, prop first: `outputFormat.sampleRate: got 7000; allowed: ...`. */
  public readonly problems: readonly string[];

  constructor(constructPath: string, problems: readonly string[]) {
    super(
      `Invalid CartesiaTtsConnector "${constructPath}" (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n` +
        problems.map((p) => `  - ${p}`).join("\n"),
    );
    this.name = "CartesiaConnectorConfigError";
    this.problems = problems;
  }
}

/** Renders a received value for an error message: strings quoted, other types named. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return `an array`;
  if (typeof value === "object") return `an object (${value.constructor?.name ?? "Object"})`;
  return `${typeof value} ${String(value)}`;
}

/** Masks a value that could be a secret, keeping just enough to recognize it: `sk_car_…(40 chars)`. */
export function maskSecret(value: string): string {
  const prefix = value.startsWith("sk_car_admin_") ? "sk_car_admin_" : value.startsWith("sk_car_") ? "sk_car_" : "";
  return `"${prefix}…" (${value.length} characters, masked)`;
}
