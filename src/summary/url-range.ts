/**
 * Where a reference's URL text stands in the file, for fixes that rewrite exactly the URL. A
 * reference-style use points at its definition's URL. Undefined when the written text is not the
 * URL verbatim (entities or escapes in it): such findings get no fix.
 */
import type { Definition, Node } from 'mdast';
import type { Span } from '../types.js';

/**
 * [start, end) offsets of the trimmed `url` in `text`: inside the definition for a
 * reference-style use, after the link text for a link or image, else inside `span`.
 */
export function urlRangeOf(
  text: string,
  url: string,
  span: Span,
  node?: Node,
  definition?: Definition,
): [number, number] | undefined {
  if (definition) {
    if (!definition.position) return undefined;
    return urlRangeIn(text, url, span, {
      definition: [definition.position.start.offset ?? 0, definition.position.end.offset ?? 0],
    });
  }
  if (node?.type === 'link' || node?.type === 'image') {
    const children = (node as { children?: Node[] }).children;
    const last = children?.[children.length - 1];
    return urlRangeIn(text, url, span, { afterText: last?.position?.end.offset ?? span.start.offset });
  }
  return urlRangeIn(text, url, span, undefined);
}

/**
 * Where to look for a URL: inside its definition ([start, end) offsets) for a reference-style
 * use, after the link text (`afterText`: where the text's last node ends) for a link or image.
 */
export type UrlSearch = { definition: readonly [number, number] } | { afterText: number } | undefined;

/** `urlRangeOf` from offsets alone (the event summariser has no nodes). */
export function urlRangeIn(text: string, url: string, span: Span, search: UrlSearch): [number, number] | undefined {
  const trimmed = url.trim();
  if (trimmed === '') return undefined;
  let from = span.start.offset;
  let to = span.end.offset;
  if (search && 'definition' in search) {
    [from, to] = search.definition;
    const colon = text.indexOf(']:', from);
    if (colon === -1 || colon >= to) return undefined;
    from = colon + 2;
  } else if (search) {
    // The destination follows the link text (an image's alt): search after it, not in it.
    from = text.indexOf('](', search.afterText);
    if (from === -1 || from >= to) return undefined;
  }
  const at = text.indexOf(trimmed, from);
  return at === -1 || at + trimmed.length > to ? undefined : [at, at + trimmed.length];
}
