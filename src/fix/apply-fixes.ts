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

/** Apply every non-overlapping fix; the others are left for the next pass. */
export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const valid = fixes.filter((f) => Number.isInteger(f.range[0]) && Number.isInteger(f.range[1]) && f.range[0] >= 0 && f.range[0] <= f.range[1] && f.range[1] <= text.length);
  // Stable order: by start, then end, then text, so the same fixes always give the same result.
  const ordered = [...valid].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const eol = dominantEol(text);
  let out = '';
  let last = 0;
  let lastEnd = -1;
  let applied = 0;
  for (const fix of ordered) {
    const [start, end] = fix.range;
    if (start <= lastEnd) continue;
    const replacement = withEol(fix.text, eol);
    if (text.slice(start, end) === replacement) continue;
    out += text.slice(last, start) + replacement;
    last = end;
    lastEnd = end;
    applied++;
  }
  out += text.slice(last);
  return { text: out, applied, skipped: fixes.length - applied };
}
