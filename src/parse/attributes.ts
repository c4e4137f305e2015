/**
 * Attribute lists as written in HTML tags and DocFX extensions: `name="value" flag name='v' n=v`.
 * A single left-to-right scan: no backtracking, linear in the input.
 */

/** One attribute with the offsets of its value in the scanned text. */
export interface Attribute {
  name: string;
  value: string;
  /** Offset of the value's first character (after any quote), relative to the scanned text. */
  valueStart: number;
  valueEnd: number;
}

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/**
 * Parse attributes from `text[from, to)`. Stops at `>` (or `/>`) outside quotes when
 * `stopAtTagEnd` is set; returns the attributes and the offset where scanning stopped.
 */
export function parseAttributes(
  text: string,
  from = 0,
  to = text.length,
  stopAtTagEnd = false,
): { attributes: Attribute[]; end: number } {
  const attributes: Attribute[] = [];
  let i = from;
  while (i < to) {
    const c = text[i] ?? '';
    if (isSpace(c) || (c === '/' && text[i + 1] !== '>')) {
      i++;
      continue;
    }
    if (stopAtTagEnd && (c === '>' || (c === '/' && text[i + 1] === '>'))) break;
    const nameStart = i;
    while (i < to) {
      const d = text[i] ?? '';
      if (isSpace(d) || d === '=' || d === '>' || d === '"' || d === "'") break;
      i++;
    }
    const name = text.slice(nameStart, i).toLowerCase();
    if (name === '') {
      i++; // a stray quote: skip it
      continue;
    }
    let j = i;
    while (j < to && isSpace(text[j] ?? '')) j++;
    if (text[j] !== '=') {
      attributes.push({ name, value: '', valueStart: i, valueEnd: i });
      continue;
    }
    j++;
    while (j < to && isSpace(text[j] ?? '')) j++;
    const quote = text[j];
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, j + 1);
      const end = close === -1 || close >= to ? to : close;
      attributes.push({ name, value: text.slice(j + 1, end), valueStart: j + 1, valueEnd: end });
      i = end + 1;
    } else {
      const valueStart = j;
      while (j < to && !isSpace(text[j] ?? '') && !(stopAtTagEnd && text[j] === '>')) j++;
      attributes.push({ name, value: text.slice(valueStart, j), valueStart, valueEnd: j });
      i = j;
    }
  }
  return { attributes, end: i };
}
