/**
 * Terraform reads every string in `cdk.tf.json` as a template: `${...}` interpolates and `%{...}` is a
 * directive, unless written `$${` or `%%{`. Text meant literally (names, notes, URLs) must hold neither.
 */

/** A whole hand-written expression such as `${var.name}`: a reference, resolved by Terraform. */
export function isWholeExpression(value: string): boolean {
  return /^\$\{[^{}]+\}$/.test(value);
}

/**
 * The first `${` or `%{` that Terraform would evaluate, or undefined. Only the same character
 * doubled escapes: `$${` and `%%{` are literal, while `$%{` is a `$` followed by a directive.
 */
export function templateSequence(value: string): { sequence: string; index: number } | undefined {
  const match = /(?<!\$)\$\{|(?<!%)%\{/.exec(value);
  return match ? { sequence: match[0], index: match.index } : undefined;
}

/** The advice that goes with a template sequence found in literal text. */
export function templateAdvice(sequence: string): string {
  const escaped = sequence === "${" ? "$${" : "%%{";
  return `Terraform would read "${sequence}" as ${sequence === "${" ? "an expression" : "a template directive"}; write "${escaped}" for a literal "${sequence}", or build the value from a cdktf token`;
}
