/** Where a heading's text stands in its source. */
import type { Span } from '../types.js';

/**
 * [start, end) offsets of a heading's content in `text`: after the `#` marks of an ATX heading and
 * before its closing marks, or the lines above a setext underline; surrounding blanks excluded.
 */
export function headingContentRange(text: string, span: Span): [number, number] {
  const { offset: start } = span.start;
  const { offset: end } = span.end;
  const source = text.slice(start, end);
  if (source.startsWith('#')) {
    let open = 0;
    while (source[open] === '#') open++;
    while (open < source.length && isBlank(source[open]!)) open++;
    // From the end (a scan, not a regex: no backtracking on a hostile line): blanks, then a
    // closing sequence of `#`s when blanks or the opening marks precede it, then blanks.
    let close = source.length;
    while (close > open && isBlank(source[close - 1]!)) close--;
    let marks = close;
    while (marks > open && source[marks - 1] === '#') marks--;
    if (marks < close && (marks === open || isBlank(source[marks - 1]!))) close = marks;
    while (close > open && isBlank(source[close - 1]!)) close--;
    return [start + open, start + close];
  }
  // Setext: everything before the underline's line.
  const underline = Math.max(source.lastIndexOf('\n'), source.lastIndexOf('\r'));
  let close = underline === -1 ? source.length : underline;
  while (close > 0 && /\s/.test(source[close - 1]!)) close--;
  let open = 0;
  while (open < close && isBlank(source[open]!)) open++;
  return [start + open, start + close];
}

const isBlank = (c: string): boolean => c === ' ' || c === '\t';
