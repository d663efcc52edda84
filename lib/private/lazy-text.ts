import { type IResolvable, Token } from "cdktf";

/**
 * Text produced when the stack is synthesized, as `Lazy.stringValue` makes it, without the stack trace
 * cdktf captures for every `Lazy` (its `creationStack`, shown only when resolving the token fails, and
 * producing plain text cannot). A trace has no depth limit and, under a source-mapped runner such as
 * tsx, is mapped frame by frame: it is most of what a token costs (bench/README.md).
 */
export function lazyText(produce: () => string): string {
  const resolvable: IResolvable = {
    creationStack: [],
    resolve: () => produce(),
    toString: () => Token.asString(resolvable),
  };
  return Token.asString(resolvable);
}
