/**
 * Apply the fixes of one file to its text, all at once: a pure function. Fixes are taken in
 * document order; one that overlaps or touches a fix already taken is skipped (a later pass
 * re-lints and may apply it then), as ESLint's source-code fixer does. Ranges are offsets into
 * the text without its BOM, the text rules saw.
 */
import type { Fix } from '../types.js';

export interface AppliedFixes {
  text: string;
  /** Fixes applied in this call. */
  applied: number;
  /** Fixes skipped: overlapping one taken, out of range, or changing nothing. */
  skipped: number;
}

/** The line ending most lines of `text` use: inserted text follows it. */
export function dominantEol(text: string): '\n' | '\r\n' | '\r' {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  return crlf > lf && crlf >= cr ? '\r\n' : cr > lf && cr > crlf ? '\r' : '\n';
}

/** Write a fix's line breaks the way the file does. */
function withEol(text: string, eol: string): string {
  return text.replace(/\r\n|\r|\n/g, eol);
}

/**
 * The fixes `applyFixes` applies, in document order, each with its text written with the file's
 * line endings: in range, not overlapping or touching one taken before, changing something.
 * The language server turns them into text edits.
 */
export function selectFixes(text: string, fixes: readonly Fix[]): Fix[] {
  const valid = fixes.filter(
    (f) =>
      Number.isInteger(f.range[0]) &&
      Number.isInteger(f.range[1]) &&
      f.range[0] >= 0 &&
      f.range[0] <= f.range[1] &&
      f.range[1] <= text.length,
  );
  // Stable order: by start, then end, then text, so the same fixes always give the same result.
  const ordered = [...valid].sort(
    (a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
  );
  const eol = dominantEol(text);
  const selected: Fix[] = [];
  let lastEnd = -1;
  for (const fix of ordered) {
    const [start, end] = fix.range;
    if (start <= lastEnd) continue;
    const replacement = withEol(fix.text, eol);
    if (text.slice(start, end) === replacement) continue;
    selected.push({ range: [start, end], text: replacement });
    lastEnd = end;
  }
  return selected;
}

/** Apply every non-overlapping fix; the others are left for the next pass. */
export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  let out = '';
  let last = 0;
  const selected = selectFixes(text, fixes);
  for (const { range, text: replacement } of selected) {
    out += text.slice(last, range[0]) + replacement;
    last = range[1];
  }
  out += text.slice(last);
  return { text: out, applied: selected.length, skipped: fixes.length - selected.length };
}
