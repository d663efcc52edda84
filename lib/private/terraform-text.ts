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

/** A template's literal text with each interpolation replaced by the string literals inside it, and those literals per interpolation. */
export interface TemplateLiterals {
  readonly joined: string;
  readonly expressions: readonly (readonly string[])[];
}

/**
 * What the string literals of a template's expressions join up to: `${join("", ["ab", "cd"])}` gives
 * `abcd`, and the pieces `ab`, `cd` for that expression. Not an evaluator: enough to see a value that
 * was cut into literals, however the expression glues them.
 */
export function templateLiteralPieces(text: string): TemplateLiterals {
  const expressions: string[][] = [];
  return { joined: readTemplate(text, 0, false, expressions).value, expressions };
}

/** Template text from `from` to the end, or (`quoted`) to the closing quote of a string literal. */
function readTemplate(text: string, from: number, quoted: boolean, expressions: string[][]): { value: string; end: number } {
  let value = "";
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (quoted && c === '"') return { value, end: i + 1 };
    if (quoted && c === "\\") {
      value += text.slice(i, i + 2);
      i += 2;
    } else if ((c === "$" || c === "%") && text[i + 1] === c && text[i + 2] === "{") {
      value += `${c}{`;
      i += 3;
    } else if ((c === "$" || c === "%") && text[i + 1] === "{") {
      const expression = readExpression(text, i + 2, expressions);
      value += expression.value;
      i = expression.end;
    } else {
      value += c;
      i++;
    }
  }
  return { value, end: i };
}

/** An expression from just after its `${` to its closing brace: the literals inside it, joined. */
function readExpression(text: string, from: number, expressions: string[][]): { value: string; end: number } {
  const pieces: string[] = [];
  let depth = 1;
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      const literal = readTemplate(text, i + 1, true, expressions);
      pieces.push(literal.value);
      i = literal.end;
      continue;
    }
    if (c === "{") depth++;
    else if (c === "}" && --depth === 0) {
      i++;
      break;
    }
    i++;
  }
  expressions.push(pieces);
  return { value: pieces.join(""), end: i };
}
