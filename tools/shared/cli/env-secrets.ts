/** Environment variables whose name says their value is a secret: API keys, tokens, passwords, OAuth client secrets. */
const SECRET_NAME = /key|secret|token|passw|credential|auth/i;
/** Shorter values are not searched for: they would mask ordinary words in the output. */
const MIN_SECRET_LENGTH = 8;

/**
 * The values of the environment that no command may print, whatever it reads and echoes back: a
 * folder or a server can hold an OAuth secret or a `TF_VAR_` key that does not look like a Cartesia key.
 */
export function secretsFromEnv(env: Readonly<Record<string, string | undefined>>): string[] {
  return Object.entries(env)
    .filter(([name, value]) => value !== undefined && value.length >= MIN_SECRET_LENGTH && SECRET_NAME.test(name))
    .map(([, value]) => value as string);
}
