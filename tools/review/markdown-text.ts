/**
 * Markdown escaping for values that come from the code under review: a name or a note must render
 * as the text it is, never as markup, a link, HTML or a broken table.
 */

/**
 * Plain text: one line, markup characters escaped (including `|`, so it is safe in a table cell, `@`,
 * so a name never mentions a user or team in the pull-request comment, and `&`, so it is no entity).
 */
export function mdText(value: string): string {
  return oneLine(value).replace(/[\\`*[\]<>|@&]/g, (c) => `\\${c}`);
}

/**
 * A code span that holds any text: the fence is longer than any backtick run inside. In a table
 * (the default) a `|` is escaped, which GitHub's tables honour even inside code spans.
 */
export function mdCode(value: string, inTable = true): string {
  const flat = oneLine(value);
  const text = inTable ? flat.replace(/\|/g, "\\|") : flat;
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A table row; cells are already escaped. */
export function mdRow(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, " ");
}
