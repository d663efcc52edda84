import { checkStack, type CheckOptions, type StackCheck } from "./check-stack";
import { mapLimit } from "../map-limit";
import { startSchemaProvider } from "../../schema-provider/grpc-server";
import type { SchemaProviderOptions, Unanswered } from "../../schema-provider/schema-provider";

/** Every stack's check, and the protocol calls the schema provider could not answer along the way. */
export interface SessionResult {
  readonly checks: readonly StackCheck[];
  readonly unanswered: readonly Unanswered[];
}

/** Options of a session: what the provider serves, and how terraform runs. */
export interface SessionOptions extends Omit<CheckOptions, "provider">, SchemaProviderOptions {
  /** Terraform processes at once; default 2. */
  readonly concurrency?: number;
}

/**
 * Checks stacks with one schema provider for all of them, started before the first and stopped after
 * the last, whatever happens in between. Every check has ended (and removed its copy) before this
 * returns or throws: on `signal`, the running ones are killed, the rest never start, and `Interrupted`
 * is thrown.
 */
export async function checkStacks(stacks: readonly { readonly name: string; readonly dir: string }[], options: SessionOptions): Promise<SessionResult> {
  const provider = await startSchemaProvider(options);
  try {
    // Settled one by one, so that a check that throws does not leave the others running past the provider's stop.
    const outcomes = await mapLimit(stacks, options.concurrency ?? 2, (stack) =>
      checkStack(stack, { ...options, provider }).then(
        (check) => ({ check }),
        (error: unknown) => ({ error }),
      ),
    );
    const failed = outcomes.find((o) => "error" in o);
    if (failed) throw failed.error;
    return { checks: outcomes.map((o) => (o as { check: StackCheck }).check), unanswered: [...provider.provider.unanswered] };
  } finally {
    await provider.stop();
  }
}
