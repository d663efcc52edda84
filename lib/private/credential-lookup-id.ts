import { createHash } from "node:crypto";
import { Token } from "cdktf";
import type { IConstruct } from "constructs";

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
