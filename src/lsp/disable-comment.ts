/**
 * "Disable for this line": where to write the inline comment so that it silences one rule on one
 * line and changes nothing the Learn build renders. Pure.
 *
 * An inline `<!-- faq-lint-disable-line id -->` at the end of the line's content is invisible in
 * the page (raw inline HTML), keeps a table row's cells (written before the closing `|`) and a
 * hard line break (before the trailing spaces or `\`). A heading is the exception: text after it
 * would change its id, so `<!-- faq-lint-disable-next-line id -->` goes on its own line above it.
 * Front matter and structured FAQ files get no comment: HTML comments mean nothing in YAML.
 */
import type { FileSummary } from '../types.js';

/** Text to insert at an offset. */
export interface Insertion {
  offset: number;
  text: string;
}

/** Where the comment silencing `ruleId` on `line` (1-based) goes, or undefined when no comment can. */
export function disableComment(
  text: string,
  summary: FileSummary,
  line: number,
  ruleId: string,
): Insertion | undefined {
  if (summary.kind !== 'markdown') return undefined;
  const metadata = summary.metadata;
  if (metadata && line >= metadata.span.start.line && line <= metadata.span.end.line) return undefined;
  const { start, end } = lineBounds(text, line);
  if (start === undefined) return undefined;
  const content = text.slice(start, end);
  const heading = summary.headings.find((h) => h.span.start.line === line);
  if (heading || /^[ \t]*(?:>[ \t]?)*[ \t]{0,3}#{1,6}(?:[ \t]|$)/.test(content)) {
    const prefix = /^[ \t]*(?:>[ \t]?)*[ \t]*/.exec(content)![0];
    return { offset: start, text: `${prefix}<!-- faq-lint-disable-next-line ${ruleId} -->${eolOf(text, end)}` };
  }
  let at = content.length;
  while (at > 0 && (content[at - 1] === ' ' || content[at - 1] === '\t')) at--;
  if (content[at - 1] === '\\' || content[at - 1] === '|') {
    at--;
    while (at > 0 && (content[at - 1] === ' ' || content[at - 1] === '\t')) at--;
  }
  const comment = `<!-- faq-lint-disable-line ${ruleId} -->`;
  const after = content.slice(at);
  return {
    offset: start + at,
    text: at === 0 ? comment : ` ${comment}${after.startsWith(' ') || after === '' ? '' : ' '}`,
  };
}

/** Start and end (before its line break) offsets of a 1-based line. */
function lineBounds(text: string, line: number): { start: number | undefined; end: number } {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const next = nextBreak(text, start);
    if (next === -1) return { start: undefined, end: 0 };
    start = next + (text[next] === '\r' && text[next + 1] === '\n' ? 2 : 1);
  }
  const end = nextBreak(text, start);
  return { start, end: end === -1 ? text.length : end };
}

function nextBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') return i;
  return -1;
}

/** The line break after `end`, or the file's first one (a last line gets the same). */
function eolOf(text: string, end: number): string {
  if (text[end] === '\r') return text[end + 1] === '\n' ? '\r\n' : '\r';
  if (text[end] === '\n') return '\n';
  const any = /\r\n|\r|\n/.exec(text);
  return any ? any[0] : '\n';
}
