import { DefaultTokenResolver, StringConcat, type TerraformVariable, Token, Tokenization } from "cdktf";
import { describeFoundKey, findKeyLike } from "./key-hygiene";
import { DESCRIPTION_IS_WRITTEN } from "./rules/key-variable-is-valid";

/** A description given as a token is written resolved: checked for a key once it resolves, at synth. */
export function validateDescriptionAtSynth(variable: TerraformVariable, description: unknown): void {
  if (typeof description !== "string" || !Token.isUnresolved(description)) return;
  variable.node.addValidation({
    validate: () => {
      const resolved: unknown = Tokenization.resolve(description, { scope: variable, resolver: new DefaultTokenResolver(new StringConcat()) });
      const key = findKeyLike(typeof resolved === "string" ? resolved : (JSON.stringify(resolved) ?? ""));
      return key
        ? [
            `options.description: the token resolves to text that holds what looks like a Cartesia API key (${describeFoundKey(key)}); ${DESCRIPTION_IS_WRITTEN}`,
          ]
        : [];
    },
  });
}
