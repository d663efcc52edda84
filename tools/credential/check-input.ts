import { ADMIN_KEY_PREFIX, describeFoundKey, findKeyLike, KEY_PREFIX, maskSecret } from "../../lib/shared";
import { cartesiaVersionIsKnown } from "../../lib/shared";
import { UsageError } from "../shared/cli/usage-error";
import { quotedName } from "../shared/text-escaping";
import { KEY_ENV } from "./args";

/** How to give a key instead, the end of every message about one. */
export const HOW_TO_GIVE_KEY = `set ${KEY_ENV}, or pipe the key into --key-stdin`;

/** The longest key accepted: Cartesia's keys are a few dozen characters; this only bounds what is sent. */
export const MAX_KEY_LENGTH = 512;

/** `put`, the one action; a key typed where the action goes is refused without being shown. */
export function checkAction(action: string): void {
  if (findKeyLike(action)) {
    throw new UsageError(
      `an argument looks like a Cartesia API key; a key is never read from an argument (it would stay in the shell's history and the process list): ${HOW_TO_GIVE_KEY}.`,
    );
  }
  if (action !== "put") throw new UsageError(`unknown action ${quotedName(action)}; the one action is put: credential put --name NAME`);
}

/** `--name`: required, not blank, and not a key (the name is printed and lands in cdk.tf.json). */
export function checkName(name: string | undefined): string {
  if (name === undefined)
    throw new UsageError("--name is required: the credential's name in Genesys Cloud, as CartesiaApiKey.fromCredentialName(scope, NAME) looks it up");
  const key = findKeyLike(name);
  if (key) {
    throw new UsageError(
      `--name: got what looks like a Cartesia API key (${describeFoundKey(key)}), not a name; a key is never read from an argument: ${HOW_TO_GIVE_KEY}, and give the credential a name such as "Cartesia TTS key".`,
    );
  }
  if (name.trim() === "") throw new UsageError(`--name: got ${quotedName(name)}, an empty name; give the credential's name, such as "Cartesia TTS key".`);
  return name;
}

/** `--cartesia-version`, checked as the construct checks `cartesiaVersion`: an error refuses, a warning is told. */
export function checkCartesiaVersion(value: string): { readonly version: string; readonly warnings: readonly string[] } {
  const verdict = cartesiaVersionIsKnown(value);
  const reworded = (message: string) => message.replace(/^cartesiaVersion:/, "--cartesia-version:");
  if (verdict.errors.length > 0) throw new UsageError(reworded(verdict.errors[0]));
  return { version: value, warnings: verdict.warnings.map(reworded) };
}

/**
 * The key as read (the variable's value, or standard input without its line ending), checked: present,
 * one line, not an admin key. One that does not start with `sk_car_` is sent with a warning: Cartesia
 * may issue keys of another shape, and nothing here should refuse one it accepts. Messages never show it.
 */
export function checkKey(raw: string, from: string): { readonly key: string; readonly warnings: readonly string[] } {
  const key = raw.replace(/\r?\n$/, "").trim();
  if (key === "") throw new UsageError(`no Cartesia API key: ${from} is empty; ${HOW_TO_GIVE_KEY}.`);
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\s\u0000-\u001f\u007f]/.test(key)) {
    throw new UsageError(`${from}: the key (${maskSecret(key)}) holds spaces, line breaks or control characters; give the key alone, on one line.`);
  }
  if (key.length > MAX_KEY_LENGTH) throw new UsageError(`${from}: got ${maskSecret(key)}, longer than a key (at most ${MAX_KEY_LENGTH} characters).`);
  if (key.startsWith(ADMIN_KEY_PREFIX)) {
    throw new UsageError(
      `${from}: got an admin key (${maskSecret(key)}); admin keys cannot call text-to-speech. Create a standard key at play.cartesia.ai/keys and give that one.`,
    );
  }
  const warnings = key.startsWith(KEY_PREFIX)
    ? []
    : [`${from}: the key (${maskSecret(key)}) does not start with ${KEY_PREFIX} as Cartesia's keys do; it is sent as given.`];
  return { key, warnings };
}
