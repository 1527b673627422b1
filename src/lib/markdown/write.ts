/**
 * The one Markdown writer for every export (a session, a statement draft, and later the incident
 * report). Whatever a person or a file wrote goes through `mdText` (one inert line) or `mdCode`
 * (a code span) or `mdFence` (a fenced block, kept exactly): never raw. Label templates are filled
 * with `format` (a function replacement), so `$&`, `$'` or `{name}` in a value stay as written.
 */

/** Every mark that could start a link, an image, HTML, an entity, emphasis, a table cell or a heading. */
const MARKS = /[\\`*_{}[\]()#!|<>~&]/g;

/** One line of text: line breaks folded to spaces, every Markdown mark escaped. */
export function mdText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(MARKS, (mark) => `\\${mark}`);
}

/** A code span that no backtick inside can close early. */
export function mdCode(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}

/** A fenced block that keeps the text exactly (line breaks normalised), whatever it contains. */
export function mdFence(text: string, info = 'text'): string[] {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}${info}`, text.replace(/\r\n?/g, '\n'), fence];
}

/** The lines of a document, joined, with one final newline. */
export function mdDocument(lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}
