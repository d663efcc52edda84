import { isGenesysId } from "../../lib/shared";
import { quotedName } from "../shared/text-escaping";
import type { Adoption } from "./adopt-integration";

/** One integration of the organization, as `adopt` lists it. */
export interface ListedIntegration {
  readonly id: string;
  readonly name?: string;
  readonly intendedState: string;
  readonly reportedState?: string;
  /** Its config as Genesys holds it, when it could be read: for `--format json`. */
  readonly config?: { readonly name?: string; readonly properties: object; readonly advanced: object; readonly notes: string };
  /** The credential in its slot: id, name and type (its fields cannot be read back). */
  readonly credential?: { readonly id: string; readonly name?: string; readonly type?: string };
  /** The construct that adopts it, or why it is not adopted. */
  readonly adoption: Adoption;
}

/** A whole run. */
export interface AdoptReport {
  /** The API base the run talked to. */
  readonly api: string;
  /** The integration type listed. */
  readonly integrationType: string;
  readonly integrations: readonly ListedIntegration[];
  /** The code for every adopted connector, when there is one. */
  readonly code?: string;
  /** Requests sent to Genesys, login and retries included. */
  readonly requests: number;
}

/**
 * `"Genesys TTS Connector: Cartesia" (<id>)`: how code comments and lines name an integration. The name
 * is quoted and an id that is not a Genesys id too, each with its control characters spelled out.
 */
export function integrationLabel(integration: Pick<ListedIntegration, "id" | "name">): string {
  return `${integration.name === undefined ? "(unnamed)" : quotedName(integration.name)} (${shownId(integration.id)})`;
}

/** An id as lines show it: a Genesys id as is, anything else quoted, so it can neither break nor forge a line. */
export function shownId(id: string): string {
  return isGenesysId(id) ? id : quotedName(id);
}
