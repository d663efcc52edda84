import { ADMIN_KEY_PREFIX } from "./key-hygiene";

// What `CartesiaApiKey.fromVariable` writes into its variable, as plain text: a name in, Terraform out.

/** The description a key variable gets unless one is given: how to set it, under the name Terraform reads. */
export function keyVariableDescription(name: string): string {
  return `Cartesia API key (sk_car_...) for the Genesys TTS Connector. Set TF_VAR_${name}; never commit it.`;
}

/**
 * The validation condition: not empty once trimmed, not an admin key. Written as the Terraform text
 * that `Op.and(Op.gte(Fn.lengthOf(Fn.trimspace(v)), 1), Op.not(Fn.startswith(v, prefix)))` renders,
 * without the seven tokens (each with a stack trace) and the synth-time resolution those calls cost.
 * `>= 1` rather than `> 0`: cdktf 0.21 renders a comparison with 0 or "" as `undefined`.
 */
export function keyVariableCondition(name: string): string {
  const value = `var.${name}`;
  return `\${((length(trimspace(${value})) >= 1) && !startswith(${value}, ${JSON.stringify(ADMIN_KEY_PREFIX)}))}`;
}

/** What terraform prints when the condition fails. */
export const KEY_VARIABLE_ERROR_MESSAGE = `The Cartesia API key must be a standard key (sk_car_...), not empty and not an admin key (${ADMIN_KEY_PREFIX}...), which cannot call text-to-speech.`;
