import { GenesysApiError } from "../../shared/genesys/api-error";

/**
 * The permission every call of verify needs: Genesys's SDK docs say "Requires ANY permissions:
 * integrations:integration:view" for getIntegrationsType, getIntegrationsTypeConfigschema and
 * getIntegrationsSpeechTtsEngine (MyPureCloud/platform-client-sdk-java, build/docs/IntegrationsApi.md).
 */
export const VIEW_PERMISSION = "integrations:integration:view";

/** A failed call in a check's words; a 403 names the permission every call of verify needs. */
export function describeFailure(error: Error): string {
  if (error instanceof GenesysApiError && error.status === 403) {
    return `${error.message} (the OAuth client needs the permission ${VIEW_PERMISSION})`;
  }
  return error.message;
}

/** Whether Genesys says the thing is not there. */
export function isNotFound(error: Error): boolean {
  return error instanceof GenesysApiError && error.status === 404;
}
