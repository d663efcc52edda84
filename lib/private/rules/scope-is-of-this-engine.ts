import { TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";
import { ENGINE } from "../engine";
import { errorsOnly, NO_PROBLEMS, type Verdict } from "../verdict";

/**
 * `scope`: in a stack of the engine this package loads. npm 7 and later install a missing peer on their
 * own, so cdktf-cartesia-genesys added to a cdktn app (or the reverse) brings an engine of its own. Both
 * engines mark stacks with the same symbol, so its constructs join the app's stack unnoticed, and synth
 * then fails inside the engine with an error that names neither package. The same happens with two
 * copies of one engine.
 */
export function scopeIsOfThisEngine(scope: IConstruct): Verdict {
  // Found by the engines' shared mark, then asked whether it is this engine's class.
  const stack: IConstruct | undefined = scope.node.scopes.find((s) => TerraformStack.isStack(s));
  if (stack === undefined || stack instanceof TerraformStack) return NO_PROBLEMS;
  const other = ENGINE === "cdktf" ? "cdktn" : "cdktf";
  return errorsOnly([
    `scope: its stack "${stack.node.path}" is not a TerraformStack of the ${ENGINE} that ${ENGINE}-cartesia-genesys loads: the app runs another engine, or another copy of ${ENGINE}. In a ${other} app, install ${other}-cartesia-genesys and import from it (and remove ${ENGINE} if npm added it as a peer); else keep one copy of ${ENGINE} (npm ls ${ENGINE} lists them).`,
  ]);
}
