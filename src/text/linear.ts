/**
 * Linear-time replacements for regular expressions that backtrack super-linearly in V8.
 * `/[ \t]+$/` or `/\/+$/` retry from every character of a long run that is not at the end
 * (100,000 spaces then `x`: ~3 s), and `/^\s*(<!--[^]*?-->\s*)*$/` is exponential
 * (25 empty comments then `x`: ~2 s, 40: minutes). See tests/hostile/regex.test.ts.
 */

/** `text` without the trailing characters that are in `chars` (e.g. ' \t' or '/'). */
export function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without the leading characters that are in `chars`. */
export function trimLeading(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start++;
  return start === 0 ? text : text.slice(start);
}

/** Each line (`\n`-separated) without trailing spaces and tabs: `replace(/[ \t]+$/gm, '')`. */
export function trimLinesEnd(text: string): string {
  return text
    .split('\n')
    .map((line) => trimTrailing(line, ' \t'))
    .join('\n');
}

const isWhitespace = (c: string): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' || /\s/.test(c);

/** True when `text` holds nothing but whitespace and complete HTML comments: `/^\s*(<!--[^]*?-->\s*)*$/`. */
export function isOnlyCommentsAndSpace(text: string): boolean {
  let i = 0;
  for (;;) {
    while (i < text.length && isWhitespace(text[i]!)) i++;
    if (i === text.length) return true;
    if (!text.startsWith('<!--', i)) return false;
    const close = text.indexOf('-->', i + 4);
    if (close === -1) return false;
    i = close + 3;
  }
}
