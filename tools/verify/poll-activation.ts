import { GenesysAuthError } from "../shared/genesys/api-error";
import type { Deadline } from "../shared/genesys/deadline";
import type { Models } from "../shared/genesys/sdk";
import { failed, type CheckResult } from "./report";
import { activationStep, activationTimedOut } from "./checks/check-activation";
import { describeFailure } from "./checks/describe-failure";

/** Waits between looks at the reported state: 1 s, growing by half up to 5 s. */
export const POLL = { firstDelayMs: 1000, growth: 1.5, maxDelayMs: 5000 } as const;

/** What polling needs from the world, passed in: tests give a clock whose sleep moves it. */
export interface PollDeps {
  readonly read: () => Promise<Models.Integration>;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly timeoutSeconds: number;
  /** The command's deadline: the wait ends there too, if it is nearer. */
  readonly deadline?: Deadline;
  readonly progress: (text: string) => Promise<void>;
}

/**
 * Check 4: looks at the integration's reported state until it is the one its intended state leads to,
 * ERROR, or `timeoutSeconds` have passed, backing off between looks. Starts from the answer check 3
 * already has, so an integration that is already active costs no request.
 */
export async function pollActivation(
  label: string,
  intendedState: string,
  first: Models.Integration,
  deps: PollDeps,
): Promise<{ readonly result: CheckResult; readonly last: Models.Integration }> {
  const start = deps.now();
  const timeoutMs = deps.timeoutSeconds * 1000;
  const target = intendedState === "DISABLED" ? "INACTIVE" : "ACTIVE";
  let integration = first;
  let delay: number = POLL.firstDelayMs;
  for (;;) {
    const elapsed = deps.now() - start;
    const step = activationStep(intendedState, integration, Math.round(elapsed / 1000));
    if (step.done) return { result: step.result, last: integration };
    const left = Math.min(timeoutMs - elapsed, deps.deadline?.remainingMs() ?? Infinity);
    if (left <= 0) return { result: activationTimedOut(intendedState, step.code, deps.timeoutSeconds), last: integration };
    await deps.progress(`${label}: ${step.code}, waiting for ${target} (${Math.round(elapsed / 1000)} s of ${deps.timeoutSeconds} s)`);
    await deps.sleep(Math.min(delay, left));
    delay = Math.min(delay * POLL.growth, POLL.maxDelayMs);
    // The wait ran to the command's deadline: a read now could not be sent.
    if ((deps.deadline?.remainingMs() ?? Infinity) <= 0) {
      return { result: activationTimedOut(intendedState, step.code, deps.timeoutSeconds), last: integration };
    }
    try {
      integration = await deps.read();
    } catch (error) {
      if (error instanceof GenesysAuthError) throw error;
      return { result: failed("activation", `could not read the integration again: ${describeFailure(error as Error)}`), last: integration };
    }
  }
}
