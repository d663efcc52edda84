import { createHash } from "node:crypto";
import { Token } from "cdktf";
import type { IConstruct } from "constructs";
import { describeValue } from "./describe-value";
import { isMadeConstruct } from "./made-construct";
import { describeFoundKey, findKeyLike } from "./key-hygiene";

/** What `credential put --name` and the data source's `name` take. */
const EXPECTED =
  'expected the name of a User Defined credential in Genesys Cloud, as given to `cartesia-genesys credential put --name`, such as "Cartesia TTS key"';

/** Problems with the arguments of `fromCredentialName`, found before the lookup is declared. */
export function credentialNameProblems(scope: unknown, name: unknown, options: unknown): string[] {
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

/**
 * The construct id of the lookup of `name` in `scope`: the same for the same literal name (so a second
 * call reuses the data source), readable in cdk.tf.json, and distinct for names that differ only in
 * punctuation or case. A name given as a token gets the first free id of its own.
 */
export function credentialLookupId(scope: IConstruct, name: string, isLookup: (child: IConstruct) => boolean): string {
  const base = "cartesia_credential";
  const taken = (id: string) => scope.node.tryFindChild(id) !== undefined;
  if (Token.isUnresolved(name)) {
    for (let n = 1; ; n++) {
      const id = n === 1 ? `${base}_by_name` : `${base}_by_name_${n}`;
      if (!taken(id)) return id;
    }
  }
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40);
  const hash = createHash("sha256").update(name).digest("hex").slice(0, 8);
  const id = `${base}_${slug ? `${slug}_` : ""}${hash}`;
  const existing = scope.node.tryFindChild(id);
  if (existing === undefined || isLookup(existing)) return id;
  // Someone else's construct holds the id: take the next free one.
  for (let n = 2; ; n++) {
    const child = scope.node.tryFindChild(`${id}_${n}`);
    if (child === undefined || isLookup(child)) return `${id}_${n}`;
  }
}
