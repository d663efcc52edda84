/**
 * Text from a folder, a server or an argument, made safe to show: on a terminal, where a control character
 * would move the cursor, recolour, rewrite or hide what follows, and in a GitHub comment, where markup
 * would turn a name into a link, a mention, a heading or a broken table. The one escaping helper of every
 * command.
 */

// Controls (C0 but line feed, DEL, C1), line and paragraph separators, and every format character
// (bidi overrides, zero-width spaces and joiners, soft hyphen, tags), plus unpaired surrogates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_EXCEPT_LINE_FEED = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\p{Cf}\p{Cs}]/gu;
// eslint-disable-next-line no-control-regex -- the same, line feed included
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\p{Cf}\p{Cs}]/gu;

function visible(c: string): string {
  const codePoint = c.codePointAt(0)!;
  const hex = codePoint.toString(16);
  return codePoint > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, "0")}`;
}

/**
 * A text for a terminal, lines kept: every other control or format character spelled `\u001b`. What the
 * commands' output layer does to everything it prints.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL_EXCEPT_LINE_FEED, visible);
}

/**
 * A name (a stack, a resource, a header, a voice) inside one line of terminal output: every control or
 * format character spelled out, line feeds, carriage returns and tabs included, so the name can neither
 * break the line nor rewrite it.
 */
export function terminalText(text: string): string {
  return text.replace(CONTROL, visible);
}

/** A name quoted for a message: `"cartesia"`, with its control and format characters spelled out. */
export function quotedName(text: string): string {
  return terminalText(JSON.stringify(text));
}

// ---- TypeScript source, as `adopt` prints it ------------------------------------------------------

/**
 * A text as a TypeScript (and JavaScript) string literal that holds it exactly and can end neither itself
 * nor its line: JSON's escapes for quotes, backslashes and C0 controls, then every other control or format
 * character, the line and paragraph separators (U+2028, U+2029) among them, as a `\u` escape. Every
 * string from a server that lands in printed code goes through here (or `tsComment`).
 */
export function tsString(text: string): string {
  return JSON.stringify(text).replace(CONTROL, visible);
}

/**
 * A text inside a `//` or block comment of printed code: every character that ends a line (LF, CR,
 * U+2028, U+2029) or could hide one spelled `\u2028`, and `*\/` for `*` + `/`, so that it can end
 * neither kind of comment.
 */
export function tsComment(text: string): string {
  return terminalText(text).replace(/\*\//g, "*\\/");
}

// ---- Markdown, as GitHub renders a comment ----------------------------------------------------------

/** GitHub rejects a comment longer than this (in characters). */
export const GITHUB_COMMENT_LIMIT = 65_536;

/**
 * Inert text in a Markdown paragraph, heading or table cell: one line, every character Markdown could read
 * as markup escaped (emphasis, strikethrough, links, images, HTML, entities, math, table pipes), and every
 * word GitHub would turn into a link of its own (an @mention, a #reference, a URL, a www. host) set as code,
 * where GitHub links nothing. Outside a table (`inTable` false) a pipe in such a code span stays as it is:
 * only a table reads `\|` there as a pipe.
 */
export function mdText(value: string, inTable = true): string {
  return oneLine(value)
    .split(" ")
    .map((word) => {
      const [, core, tail] = /^(.*?)([.,:;!?)]*)$/s.exec(word)!;
      // The whole word decides: `www.` is a link to GitHub even when its dot ends a sentence.
      return LINKABLE.test(word) ? `${mdCode(core, inTable)}${escapeMarkup(tail)}` : escapeMarkup(word);
    })
    .join(" ");
}

function escapeMarkup(text: string): string {
  return text.replace(MARKUP, (c) => `\\${c}`).replace(OPENING_UNDERSCORE, "\\_");
}

/** Characters Markdown (GitHub's flavour) may read as markup anywhere in a line; `$` opens math. */
const MARKUP = /[\\`*~[\]<>|&$]/g;
/** An underscore that could open emphasis (one not after a letter or digit); with every opener escaped, no closer pairs. */
const OPENING_UNDERSCORE = /(?<![A-Za-z0-9])_/g;
/**
 * Words GitHub links by itself, after Markdown: mentions, issue references, URLs and hosts, commit hashes. A
 * `www.` anywhere: GitHub's autolink extension (cmark-gfm) links one after `(`, `*`, `_` or `~` too.
 */
const LINKABLE = /[@#]|:\/\/|www\.|(?:^|[^0-9a-f])[0-9a-f]{7,40}(?:$|[^0-9a-f])|^GH-\d/i;

/**
 * A code span that holds any text inertly: the fence is longer than any backtick run inside. In a table
 * (the default) a `|` is escaped, which GitHub's tables honour even inside code spans.
 */
export function mdCode(value: string, inTable = true): string {
  const flat = oneLine(value);
  const text = inTable ? flat.replace(/\|/g, "\\|") : flat;
  // A loop, not Math.max(...runs): a name of a hundred thousand backtick runs would overflow the stack as arguments.
  let longest = 0;
  for (const [run] of text.matchAll(/`+/g)) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || text === "" ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A table row; cells are already escaped. */
export function mdRow(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

/**
 * A comment cut to fit under GitHub's limit: whole lines only, an open `<details>` closed, and a note that
 * says it was cut and where the rest is.
 */
export function capComment(markdown: string, note: string, limit = GITHUB_COMMENT_LIMIT - 1_000): string {
  if (markdown.length <= limit) return markdown;
  const lines = markdown.split("\n");
  const kept: string[] = [];
  let length = 0;
  const reserve = note.length + "</details>\n\n".length + 4;
  for (const line of lines) {
    if (length + line.length + 1 + reserve > limit) break;
    kept.push(line);
    length += line.length + 1;
  }
  const open = kept.filter((l) => l.startsWith("<details>")).length - kept.filter((l) => l === "</details>").length;
  return [...kept, "", ...(open > 0 ? ["</details>", ""] : []), note, ""].join("\n");
}

/** One line: line breaks (and the spaces around them) become one space; every other control or format character is spelled out. */
function oneLine(value: string): string {
  return terminalText(value.replace(/\s*[\r\n\u2028\u2029]+\s*/g, " "));
}
