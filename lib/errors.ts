import { redactKeys } from "./private/key-hygiene";

/**
 * The library's errors' base. Not exported: jsii cannot hand a subclass of `Error` to other languages,
 * which recognize the library's errors with `ConnectorErrors` instead.
 */
abstract class CartesiaGenesysError extends Error {}

/**
 * Thrown when a connector's props are invalid. Lists every problem at once, so one synth shows all
 * that needs fixing rather than one error per run.
 *
 * Whatever a check writes, anything shaped like a Cartesia key is masked before it reaches the message.
 *
 * TypeScript and JavaScript can test `instanceof CartesiaConnectorConfigError`; every language has
 * `ConnectorErrors.isConfigError` (the class is `@internal`: jsii cannot export a subclass of `Error`).
 *
 * @internal
 */
export class CartesiaConnectorConfigError extends CartesiaGenesysError {
  /** Each problem on its own, prop first: `outputFormat.sampleRate: got 7000; allowed: ...`. */
  public readonly problems: string[];

  /**
   * @param constructPath the construct path of what was being created
   * @param problems one message per problem, each naming the prop, the value and what is allowed
   * @param subject what was being created, for the first line of the message
   */
  constructor(constructPath: string, problems: readonly string[], subject = "CartesiaTtsConnector") {
    const safe = problems.map((problem) => redactKeys(problem));
    super(
      `Invalid ${subject} "${redactKeys(constructPath)}" (${safe.length} problem${safe.length === 1 ? "" : "s"}):\n` + safe.map((p) => `  - ${p}`).join("\n"),
    );
    this.name = "CartesiaConnectorConfigError";
    this.problems = safe;
  }
}

/** The library's errors, recognized in every language (an `instanceof` check works only in TypeScript and JavaScript). */
export class ConnectorErrors {
  /** Whether `error` is the library's error for invalid props (a `CartesiaConnectorConfigError`). */
  public static isConfigError(error: unknown): error is CartesiaConnectorConfigError {
    return error instanceof CartesiaConnectorConfigError;
  }

  /** Each problem an invalid-props error lists, prop first; empty for any other error. */
  public static problemsOf(error: unknown): string[] {
    return error instanceof CartesiaConnectorConfigError ? [...error.problems] : [];
  }

  private constructor() {}
}
