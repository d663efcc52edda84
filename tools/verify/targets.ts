import { EXAMPLE_GENESYS_ID, isGenesysId } from "../../lib/shared";
import { UsageError } from "../shared/cli/usage-error";
import { findConnectors, type SynthesizedConnector, type SynthesizedStack } from "../shared/synthesized-connectors";
import { expectedConnector, type ExpectedConnector } from "./expected";
import type { StateLocation, TerraformState } from "./terraform-state";

/** A connector to verify, and what is known of its live ids before asking Genesys. */
export interface VerifyTarget {
  readonly expected: ExpectedConnector;
  /** Known from `--integration-id` or the state; undefined: look it up by name and type. */
  readonly integrationId?: string;
  /** The stack's credential, from the state. */
  readonly credentialId?: string;
  /** How the id was found, or why it is looked up by name: for the report. */
  readonly identifiedBy: string;
}

/** Every connector of the chosen stacks that `--connector` names (all when not given); a `UsageError` when none. */
export function selectConnectors(
  stacks: readonly SynthesizedStack[],
  choice: { readonly stack?: string; readonly connector?: string },
  outdir: string,
): SynthesizedConnector[] {
  const wantedStacks = stacks.filter((s) => choice.stack === undefined || s.name === choice.stack);
  if (wantedStacks.length === 0) throw new UsageError(`no stack "${choice.stack}" in ${outdir}; its stacks: ${stacks.map((s) => s.name).join(", ")}`);
  const all = wantedStacks.flatMap((s) => findConnectors(s.name, s.document));
  if (all.length === 0) throw new UsageError(`no Genesys TTS Connector in ${wantedStacks.map((s) => s.file).join(", ")}`);
  const wanted = choice.connector;
  if (wanted === undefined) return all;
  const matches = all.filter((c) =>
    [c.constructPath, c.constructPath?.split("/").pop(), c.address, c.address.split(".")[1], c.configAddress, c.name].includes(wanted),
  );
  if (matches.length > 0) return matches;
  const choices = all.map((c) => `  --stack ${c.stack} --connector ${c.constructPath?.split("/").pop() ?? c.address}   (${c.name ?? "unnamed"})`).join("\n");
  throw new UsageError(`no connector "${wanted}"; found:\n${choices}`);
}

/** Where each stack's ids come from: `--state` (one stack), or the stack's own state location, read by the caller. */
export interface StateSources {
  /** The state given with `--state`. */
  readonly given?: TerraformState;
  /** Per stack: its state when its local file could be read, else where it is. */
  readonly byStack: ReadonlyMap<string, { readonly location: StateLocation; readonly state?: TerraformState }>;
}

/**
 * The connectors to verify with their ids: `--integration-id` for the one connector selected, else the
 * state's, else the one its import block adopts, else none (looked up by name). A `--state` that lacks a connector is bad usage: the user
 * pointed at it; the stack's own state lacking one only means it is looked up by name.
 */
export function resolveTargets(
  connectors: readonly SynthesizedConnector[],
  options: { readonly integrationId?: string },
  states: StateSources,
): VerifyTarget[] {
  const { integrationId } = options;
  if (integrationId !== undefined) {
    if (!isGenesysId(integrationId)) {
      throw new UsageError(
        `--integration-id: got ${JSON.stringify(integrationId)}, which is not an integration id; Genesys ids are UUIDs such as ${EXAMPLE_GENESYS_ID}.`,
      );
    }
    if (connectors.length !== 1) {
      throw new UsageError(
        `--integration-id names one integration, but ${connectors.length} connectors are selected (${connectors.map((c) => c.constructPath ?? c.address).join(", ")}); choose one with --stack and --connector.`,
      );
    }
  }
  if (states.given && new Set(connectors.map((c) => c.stack)).size > 1) {
    throw new UsageError(`--state holds one stack's state, but connectors of several stacks are selected; choose a stack with --stack.`);
  }
  return connectors.map((connector) => {
    const expected = expectedConnector(connector);
    const fromState = (state: TerraformState) => ({
      integrationId: state.resources.get(connector.address)?.id,
      credentialId: connector.credential ? state.resources.get(connector.credential.address)?.id : undefined,
    });
    if (integrationId !== undefined) {
      const state = states.given ?? states.byStack.get(connector.stack)?.state;
      return { expected, integrationId, credentialId: state && fromState(state).credentialId, identifiedBy: "from --integration-id" };
    }
    if (states.given) {
      const ids = fromState(states.given);
      if (ids.integrationId === undefined) {
        const held = [...states.given.resources.keys()].filter((a) => a.startsWith("genesyscloud_integration."));
        throw new UsageError(
          `--state ${states.given.source} holds no ${connector.address} (${held.length > 0 ? `it holds ${held.join(", ")}` : "it holds no genesyscloud_integration"}); is it the state of stack ${connector.stack}?`,
        );
      }
      return { expected, ...ids, identifiedBy: `from the state ${states.given.source}` };
    }
    const own = states.byStack.get(connector.stack);
    const ownIds = own?.state && fromState(own.state);
    if (ownIds?.integrationId !== undefined) return { expected, ...ownIds, identifiedBy: `from the state ${own!.state!.source}` };
    // An adopting connector names its integration in its import block, deployed or not.
    if (connector.imports) {
      return {
        expected,
        integrationId: connector.imports.integration,
        credentialId: connector.imports.credential,
        identifiedBy: "from the stack's import block",
      };
    }
    if (own?.state) return { expected, identifiedBy: `by name and type: the state ${own.state.source} does not hold ${connector.address}` };
    const where =
      own?.location.kind === "remote"
        ? `the state is in the ${own.location.backend} backend (pass --state with terraform show -json output, or --integration-id)`
        : own?.location.kind === "local"
          ? `no state at ${own.location.file}`
          : "no state";
    return { expected, identifiedBy: `by name and type: ${where}` };
  });
}
