import { checkedPathId } from "./path-id";
import type { GenesysSdk, Models } from "./sdk";

/**
 * The calls `credential put` makes, on the client's own request path (its login, retries, deadlines and
 * error mapping): list the organization's credentials, create one, update one in place.
 *
 * Paths and models as the SDK declares them (`IntegrationsApi`): `GET /api/v2/integrations/credentials`
 * (`getIntegrationsCredentials`, page-numbered, a `CredentialInfoListing`; the SDK marks it deprecated in
 * favour of a cursor listing, but it is the one the Terraform provider's `genesyscloud_integration_credential`
 * data source reads, so both see the same names), `POST /api/v2/integrations/credentials`
 * (`postIntegrationsCredentials`) and `PUT /api/v2/integrations/credentials/{credentialId}`
 * (`putIntegrationsCredential`), both with a `Credential` body and a `CredentialInfo` answer.
 */
export interface CredentialCalls {
  /** Every credential of the organization, all pages (bounded): ids, names and types; never fields. */
  list(): Promise<Models.CredentialInfo[]>;
  create(body: Models.Credential): Promise<Models.CredentialInfo>;
  update(credentialId: string, body: Models.Credential): Promise<Models.CredentialInfo>;
}

/** Pages read at most: 5,000 credentials, far more than an organization holds. */
export const MAX_CREDENTIAL_PAGES = 50;
/** The provider's data source reads pages of 100 too. */
const PAGE_SIZE = 100;

/** Sends one request through the client: retried, mapped to our errors, answered with the body. */
export type ClientCall = <T>(request: string, run: () => Promise<T>, creates?: boolean) => Promise<T>;

/** The credential calls over the SDK's `IntegrationsApi` and the client's `call`. */
export function credentialCalls(api: InstanceType<GenesysSdk["IntegrationsApi"]>, call: ClientCall): CredentialCalls {
  return {
    list: async () => {
      const all: Models.CredentialInfo[] = [];
      const seen = new Set<string>();
      for (let pageNumber = 1; pageNumber <= MAX_CREDENTIAL_PAGES; pageNumber++) {
        const page = await call(`GET /api/v2/integrations/credentials?pageNumber=${pageNumber}`, () =>
          api.getIntegrationsCredentials({ pageNumber, pageSize: PAGE_SIZE }),
        );
        const entities = page.entities ?? [];
        // A listing that repeats itself ends here: each credential is counted once.
        const fresh = entities.filter((c) => c.id === undefined || !seen.has(c.id));
        for (const c of fresh) if (c.id !== undefined) seen.add(c.id);
        all.push(...fresh);
        if (entities.length === 0 || fresh.length === 0 || pageNumber >= (page.pageCount ?? 1)) break;
      }
      return all;
    },
    // Not retried after a 5xx: the credential may exist by then, and a second create would make a duplicate name.
    create: (body) => call("POST /api/v2/integrations/credentials", () => api.postIntegrationsCredentials({ body }), true),
    update: (credentialId, body) =>
      call(`PUT /api/v2/integrations/credentials/${checkedPathId("credential", credentialId)}`, () => api.putIntegrationsCredential(credentialId, { body })),
  };
}
