import type { JsonValue } from "../../lib/shared";
import { GENESYS_TTS_CONNECTOR } from "../../lib/tts-connector-type";
import type { SynthesizedConnector } from "../shared/synthesized-connectors";

/** Which credential the synthesized config links in its slot. */
export type ExpectedCredential =
  /** A credential resource of the stack: its id is in the state. */
  | { readonly kind: "managed"; readonly address: string; readonly name?: string }
  /** A literal id (`CartesiaApiKey.fromExistingCredential`). */
  | { readonly kind: "existing"; readonly id: string }
  /** Another expression (a data source, say): known only once deployed. */
  | { readonly kind: "expression"; readonly expression: string }
  | { readonly kind: "none" };

/** What the live connector should look like: read from the synthesized stack, never from our defaults alone. */
export interface ExpectedConnector {
  readonly stack: string;
  /** The connector's construct path (it starts with the stack), or the stack and its address: how reports name it. */
  readonly label: string;
  /** `genesyscloud_integration.<logical id>`. */
  readonly address: string;
  readonly integrationType: string;
  readonly intendedState: string;
  readonly name?: string;
  /**
   * The notes the provider writes: the synthesized ones, or "" for a standalone config without any (it
   * sends an unset `notes` as ""); undefined when nothing is known (an embedded block without notes).
   */
  readonly notes?: string;
  readonly properties?: Readonly<Record<string, JsonValue>>;
  readonly advanced?: Readonly<Record<string, JsonValue>>;
  readonly credentialSlot?: string;
  readonly credential: ExpectedCredential;
  /** The credential type we create (or, for a credential managed elsewhere, the one the construct expects). */
  readonly credentialType: string;
}

const CREDENTIAL_REF = /^\$\{genesyscloud_integration_credential\.[A-Za-z0-9_-]+\.id\}$/;

/** The expectations of one synthesized connector. */
export function expectedConnector(connector: SynthesizedConnector): ExpectedConnector {
  const [slot, link] = Object.entries(connector.credentials)[0] ?? [];
  let credential: ExpectedCredential = { kind: "none" };
  if (typeof link === "string") {
    if (connector.credential && CREDENTIAL_REF.test(link))
      credential = { kind: "managed", address: connector.credential.address, name: connector.credential.name };
    else if (link.includes("${")) credential = { kind: "expression", expression: link };
    else credential = { kind: "existing", id: link };
  }
  return {
    stack: connector.stack,
    label: connector.constructPath ?? `${connector.stack}: ${connector.address}`,
    address: connector.address,
    integrationType: connector.integrationType ?? GENESYS_TTS_CONNECTOR.integrationType,
    intendedState: connector.intendedState,
    name: connector.name,
    notes: connector.notes ?? (connector.configStyle === "standalone" ? "" : undefined),
    properties: connector.properties,
    advanced: connector.advanced,
    credentialSlot: slot,
    credential,
    credentialType: connector.credential?.credentialTypeName ?? GENESYS_TTS_CONNECTOR.credentialType,
  };
}
