import { Token } from "cdktf";
import { describeValue } from "../describe-value";
import { isMadeConstruct } from "../made-construct";
import { describeFoundKey, findKeyLike } from "../key-hygiene";
import { errorsOnly, type Verdict } from "../verdict";

/** What `credential put --name` and the data source's `name` take. */
const EXPECTED =
  'expected the name of a User Defined credential in Genesys Cloud, as given to `cartesia-genesys credential put --name`, such as "Cartesia TTS key"';

/** The arguments of `fromCredentialName`, checked before the lookup is declared. */
export function credentialNameIsValid(scope: unknown, name: unknown, options: unknown): Verdict {
  return errorsOnly(errors(scope, name, options));
}

function errors(scope: unknown, name: unknown, options: unknown): string[] {
  const problems: string[] = [];
  if (!isMadeConstruct(scope)) problems.push(`scope: got ${describeValue(scope)}; expected the stack (or a construct in it) to declare the lookup in.`);
  if (typeof name !== "string") {
    problems.push(`name: got ${describeValue(name)}; ${EXPECTED}.`);
  } else if (!Token.isUnresolved(name)) {
    const key = findKeyLike(name);
    if (key) {
      problems.push(
        `name: got what looks like a Cartesia API key (${describeFoundKey(key)}), not a credential's name; the name is written into cdktf.out. Put the key with cartesia-genesys credential put --name <name> and pass that name.`,
      );
    } else if (name.trim() === "") {
      problems.push(`name: got ${describeValue(name)}, an empty name; ${EXPECTED}.`);
    }
  }
  const provider = options !== null && typeof options === "object" ? (options as { provider?: unknown }).provider : undefined;
  if (options !== null && typeof options !== "object" && options !== undefined)
    problems.push(`options: got ${describeValue(options)}; expected { provider? }.`);
  if (provider !== undefined && !isMadeConstruct(provider)) {
    problems.push(`options.provider: got ${describeValue(provider)}; expected the GenesyscloudProvider the connector uses.`);
  }
  return problems;
}
