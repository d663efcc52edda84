import { redactKeys } from "./private/key-hygiene";

/**
 * Thrown when a connector's props are invalid. Lists every problem at once, so one synth shows all
 * that needs fixing rather than one error per run.
 *
 * Whatever a check writes, anything shaped like a Cartesia key is masked before it reaches the message.
 */
export class CartesiaConnectorConfigError extends Error {
  /** Each problem on its own, prop first: `outputFormat.sampleRate: got 7000; allowed: ...`. */
  public readonly problems: readonly string[];

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
