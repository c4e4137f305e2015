/** A small, linear scanner for the tags and comments inside an mdast `html` node. */
import { parseAttributes, type Attribute } from './attributes.js';

/** A start or end tag found in raw HTML. Offsets are relative to the scanned string. */
export interface HtmlTag {
  name: string;
  closing: boolean;
  attributes: Attribute[];
  start: number;
  end: number;
}

/** A comment `<!-- ... -->`; `body` is what stands between the delimiters. */
export interface HtmlComment {
  body: string;
  start: number;
  end: number;
}

/** Split raw HTML into tags and comments; text between them is ignored. */
export function scanHtml(html: string): { tags: HtmlTag[]; comments: HtmlComment[] } {
  const tags: HtmlTag[] = [];
  const comments: HtmlComment[] = [];
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length) {
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      const end = close === -1 ? html.length : close + 3;
      comments.push({ body: html.slice(i + 4, close === -1 ? html.length : close), start: i, end });
      i = html.indexOf('<', end);
      continue;
    }
    const closing = html[i + 1] === '/';
    const nameStart = i + (closing ? 2 : 1);
    let j = nameStart;
    while (j < html.length && /[A-Za-z0-9-]/.test(html[j] ?? '')) j++;
    if (j === nameStart) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const name = html.slice(nameStart, j).toLowerCase();
    const { attributes, end } = parseAttributes(html, j, html.length, true);
    const tagEnd = html[end] === '/' ? end + 2 : end + 1;
    tags.push({ name, closing, attributes: closing ? [] : attributes, start: i, end: Math.min(tagEnd, html.length) });
    i = html.indexOf('<', Math.max(tagEnd, i + 1));
  }
  return { tags, comments };
}
