import { GenesysApiError } from "../../shared/genesys/api-error";

/** A failed call in a check's words; a 403 names the permission every call of verify needs. */
export function describeFailure(error: Error): string {
  if (error instanceof GenesysApiError && error.status === 403) {
    return `${error.message} (the OAuth client needs the permission integrations:integration:view)`;
  }
  return error.message;
}

/** Whether Genesys says the thing is not there. */
export function isNotFound(error: Error): boolean {
  return error instanceof GenesysApiError && error.status === 404;
}
