import { isGenesysId } from "../../lib/shared";
import type { Models } from "../shared/genesys/sdk";
import { quotedName } from "../shared/text-escaping";

/** What `credential put` does with a name, decided from the organization's listing alone. */
export type PutDecision =
  /** No credential has the name: one is created. */
  | { readonly kind: "create" }
  /** One credential of our type has it: updated in place, its id kept. */
  | { readonly kind: "update"; readonly id: string }
  /** Writing would do harm or could not be told apart: nothing is written, and the reason is given. */
  | { readonly kind: "refuse"; readonly reason: string };

/**
 * Decides between create, update and refusal. Names match exactly, as the provider's
 * `genesyscloud_integration_credential` data source matches them: it pages through
 * `GET /api/v2/integrations/credentials` and takes the first credential whose name equals the one given
 * (MyPureCloud/terraform-provider-genesyscloud, data_source_genesyscloud_integration_credential.go),
 * which is why more than one is refused: the stack could link either.
 */
export function decidePut(name: string, credentialType: string, listing: readonly Models.CredentialInfo[]): PutDecision {
  const matches = listing.filter((credential) => credential.name === name);
  if (matches.length === 0) return { kind: "create" };
  const shown = quotedName(name);
  if (matches.length > 1) {
    const ids = matches.map((c) => quotedName(String(c.id ?? "(no id)"))).join(", ");
    return {
      kind: "refuse",
      reason: `${matches.length} credentials are named ${shown} (${ids}): the stack's lookup by name would link whichever Genesys lists first, so none is written. Delete or rename all but one in Genesys Cloud (Admin > Integrations > Credentials), or choose another --name.`,
    };
  }
  const [found] = matches;
  const type = found.type?.name;
  if (type !== credentialType) {
    return {
      kind: "refuse",
      reason: `credential ${shown} (${quotedName(String(found.id ?? "(no id)"))}) is of type ${type === undefined ? "(none)" : quotedName(type)}, not ${credentialType}: it is not overwritten. Choose another --name, or delete that credential in Genesys Cloud first.`,
    };
  }
  if (!isGenesysId(found.id)) {
    return {
      kind: "refuse",
      reason: `credential ${shown} has the id ${quotedName(String(found.id ?? "(none)"))}, which is not a Genesys id (a UUID): it is not sent back in a request path.`,
    };
  }
  return { kind: "update", id: found.id };
}
