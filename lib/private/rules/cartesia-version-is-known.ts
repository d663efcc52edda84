import { DEFAULT_CARTESIA_VERSION, KNOWN_CARTESIA_VERSIONS } from "../../connector-config";
import { describeValue } from "../describe-value";
import type { Verdict } from "../verdict";

/** `cartesiaVersion`: a real YYYY-MM-DD date; one Cartesia does not document is a warning. */
export function cartesiaVersionIsKnown(value: unknown): Verdict {
  if (typeof value !== "string" || !isIsoDate(value)) {
    return { errors: [`cartesiaVersion: got ${describeValue(value)}; expected a date YYYY-MM-DD such as "${DEFAULT_CARTESIA_VERSION}".`], warnings: [] };
  }
  if (KNOWN_CARTESIA_VERSIONS.includes(value)) return { errors: [], warnings: [] };
  return {
    errors: [],
    warnings: [
      `cartesiaVersion: "${value}" is not an API version Cartesia documents (${KNOWN_CARTESIA_VERSIONS.join(", ")}); Cartesia answers "Invalid Cartesia-Version header" to an unknown one.`,
    ],
  };
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
