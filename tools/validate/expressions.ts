/**
 * Finding Terraform expressions in synthesized strings, and the references inside them.
 * Not a full HCL parser: enough to see every `${...}` and the traversals (`var.x`,
 * `genesyscloud_integration.y.id`, `data.t.n.attr`) that must resolve.
 */

/** A reference such as `data.terraform_remote_state.secrets.outputs.key`. */
export interface Traversal {
  readonly root: string;
  /** Attribute names, and index steps kept as written (`[0]`, `["k"]`). */
  readonly steps: readonly string[];
  /** The traversal as written, for messages. */
  readonly text: string;
}

/** The expressions of a template string, and whether one of them is never closed. */
export interface TemplateParts {
  readonly expressions: readonly string[];
  readonly unterminated: boolean;
}

/** Whether a string holds a template sequence (`${` or `%{`, not escaped as `$${` or `%%{`). */
export function hasTemplate(value: string): boolean {
  return /(^|[^$])\$\{|(^|[^%])%\{/.test(value);
}

/** Whether a traversal step is an index (`[0]`) rather than an attribute name. */
export function isIndexStep(step: string): boolean {
  return step.startsWith("[") || /^\d+$/.test(step);
}

/** The contents of each `${...}` and `%{...}` in a template string. */
export function templateExpressions(value: string): TemplateParts {
  const expressions: string[] = [];
  for (let i = 0; i < value.length; i++) {
    if (value.startsWith("$${", i) || value.startsWith("%%{", i)) {
      i += 2;
      continue;
    }
    if (value.startsWith("${", i) || value.startsWith("%{", i)) {
      const close = closingBrace(value, i + 2);
      if (close < 0) return { expressions, unterminated: true };
      expressions.push(value.slice(i + 2, close));
      i = close;
    }
  }
  return { expressions, unterminated: false };
}

/** Index of the `}` that closes a brace opened just before `from`, skipping quoted strings; -1 if none. */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      i = endOfQuoted(text, i);
      if (i < 0) return -1;
    } else if (c === "{") {
      depth++;
    } else if (c === "}" && --depth === 0) {
      return i;
    }
  }
  return -1;
}

/** Index of the quote closing the quoted string that opens at `open`; templates inside are skipped whole. */
function endOfQuoted(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i;
    else if (text.startsWith("${", i) || text.startsWith("%{", i)) {
      i = closingBrace(text, i + 2);
      if (i < 0) return -1;
    }
  }
  return -1;
}

const IDENT_START = /[A-Za-z_]/;
const IDENT_CHAR = /[A-Za-z0-9_-]/;

/**
 * The traversals of one expression. Function names (`length(...)`), provider functions
 * (`provider::x::f`), object keys (`{ a = 1 }`, a bare name) and for-expression variables are not
 * references; string literals are skipped, but templates inside them are searched too.
 */
export function traversals(expression: string): Traversal[] {
  const found: Traversal[] = [];
  const loopVariables = forExpressionVariables(expression);
  scan(expression, found);
  return found.filter((t) => t.steps.length > 0 && !loopVariables.has(t.root));
}

function scan(text: string, found: Traversal[]): void {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = endOfQuoted(text, i);
      const literal = text.slice(i + 1, end < 0 ? text.length : end);
      for (const inner of templateExpressions(literal).expressions) scan(inner, found);
      if (end < 0) return;
      i = end;
      continue;
    }
    const previous = i > 0 ? text[i - 1] : "";
    if (!IDENT_START.test(c) || IDENT_CHAR.test(previous) || previous === "." || text.slice(i - 2, i) === "::") continue;
    let end = i;
    while (end < text.length && IDENT_CHAR.test(text[end])) end++;
    const root = text.slice(i, end);
    if (text.startsWith("::", end) || /^\s*\(/.test(text.slice(end))) {
      i = end - 1; // a function: its arguments are scanned next
      continue;
    }
    const steps: string[] = [];
    let k = end;
    for (;;) {
      if (text[k] === "." && IDENT_START.test(text[k + 1] ?? "")) {
        let stepEnd = k + 1;
        while (stepEnd < text.length && IDENT_CHAR.test(text[stepEnd])) stepEnd++;
        steps.push(text.slice(k + 1, stepEnd));
        k = stepEnd;
      } else if (text[k] === "." && /\d/.test(text[k + 1] ?? "")) {
        let stepEnd = k + 1; // legacy index syntax: list.0
        while (stepEnd < text.length && /\d/.test(text[stepEnd])) stepEnd++;
        steps.push(text.slice(k + 1, stepEnd));
        k = stepEnd;
      } else if (text[k] === "[") {
        const close = closingBracket(text, k);
        if (close < 0) break;
        scan(text.slice(k + 1, close), found); // an index may itself hold references: map[var.key]
        steps.push(text.slice(k, close + 1));
        k = close + 1;
      } else {
        break;
      }
    }
    found.push({ root, steps, text: text.slice(i, k) });
    i = k - 1;
  }
}

function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '"') {
      i = endOfQuoted(text, i);
      if (i < 0) return -1;
    } else if (text[i] === "[") depth++;
    else if (text[i] === "]" && --depth === 0) return i;
  }
  return -1;
}

/** Names bound by `for k, v in ...` inside an expression. */
function forExpressionVariables(expression: string): Set<string> {
  const names = new Set<string>();
  for (const match of expression.matchAll(/\bfor\s+([A-Za-z_][\w-]*)(?:\s*,\s*([A-Za-z_][\w-]*))?\s+in\b/g)) {
    names.add(match[1]);
    if (match[2]) names.add(match[2]);
  }
  return names;
}
