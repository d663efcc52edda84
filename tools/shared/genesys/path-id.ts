import { EXAMPLE_GENESYS_ID, isGenesysId } from "../../../lib/shared";
import { quotedName } from "../text-escaping";

/** An integration type id as Genesys names them (`genesys-tts-connector`): no slash, no percent, never `.` or `..`. */
const TYPE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/**
 * An id checked before it goes into a URL path: a Genesys id (a UUID), or the call is refused without
 * a request. `..`, `%2F` and the like would otherwise reach another endpoint.
 */
export function checkedPathId(what: string, id: string, shown = id): string {
  if (!isGenesysId(id)) {
    throw new Error(`${what} id ${quotedName(shown)} is not a Genesys id (a UUID such as ${EXAMPLE_GENESYS_ID}): not requested`);
  }
  return shown;
}

/** An integration type id checked before it goes into a URL path or a query. */
export function checkedTypeId(typeId: string): string {
  if (!TYPE_ID.test(typeId)) {
    throw new Error(`integration type ${quotedName(typeId)} is not an integration type id (letters, digits, - _ .): not requested`);
  }
  return typeId;
}
