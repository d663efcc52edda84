import { createHash } from "node:crypto";

/** Credential field names whose value is a secret whatever it looks like (`X-Api-Key`, `Authorization`, ...). */
const SECRET_FIELD_NAME = /key|secret|token|password|passwd|auth|bearer/i;

/** Whether a credential field carries a secret by its name alone. */
export function isSecretFieldName(name: string): boolean {
  return SECRET_FIELD_NAME.test(name);
}

/**
 * A short one-way fingerprint, so the diff can tell that one hidden literal replaced another without
 * holding either. Never rendered.
 */
export function fingerprint(value: string): string {
  return `sha256:${createHash("sha256").update(value).digest("hex").slice(0, 16)}`;
}
