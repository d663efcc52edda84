import { Construct, type IConstruct, Node } from "constructs";

/**
 * Whether a value is a construct its constructor made: `Construct.isConstruct` reads a marker of the
 * prototype, which `Object.create(TerraformStack.prototype)` has too, with no node behind it.
 */
export function isMadeConstruct(value: unknown): value is IConstruct {
  return Construct.isConstruct(value) && (value as { node?: unknown }).node instanceof Node;
}
