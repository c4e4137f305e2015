/**
 * Heading ids as the Learn build gives them: Markdig's AutoIdentifier extension in GitHub mode
 * (`LinkHelper.UrilizeAsGfm`), as configured by docfx. See rules/links/bookmark-not-found.md.
 */
import type { Heading, Node, Nodes, Parent } from 'mdast';
import { walk } from './walk.js';

/**
 * The heading's inline content as plain text, the way Markdig renders it before making an id:
 * text, emphasis, link text, code spans, image alt and autolink URLs are kept; raw HTML is not.
 * (Entities were decoded by the parser.)
 */
export function headingPlainText(heading: Parent): string {
  let out = '';
  const stack: Node[] = [...heading.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out += (node as unknown as { value: string }).value;
        break;
      case 'image':
      case 'imageReference':
        out += (node as { alt?: string | null }).alt ?? '';
        break;
      case 'break':
        out += '\n';
        break;
      case 'docfxInclude':
        break;
      default: {
        const children = (node as Parent).children;
        if (Array.isArray(children)) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      }
    }
  }
  return out;
}

// .NET char.IsLetterOrDigit: categories Lu, Ll, Lt, Lm, Lo and Nd, judged per UTF-16 code unit.
const LETTER_OR_DIGIT = /^[\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{Nd}]$/u;

/**
 * Markdig `LinkHelper.UrilizeAsGfm`: per UTF-16 code unit, keep letters and decimal digits
 * (lower-cased), `-` and `_`; a space becomes `-`; drop everything else. No trimming.
 */
export function urilizeAsGfm(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === ' ') out += '-';
    else if (c === '-' || c === '_') out += c;
    else if (LETTER_OR_DIGIT.test(c)) {
      const lower = c.toLowerCase();
      // .NET lower-cases one char to one char; JS may expand (U+0130): keep the first unit.
      out += lower.length === 1 ? lower : lower[0];
    }
  }
  return out;
}

/** Issues unique heading ids within one document, as Markdig does (`-1`, `-2`, ... on repeats). */
export class HeadingIdAllocator {
  private readonly used = new Set<string>();
  /**
   * The last suffix tried per base. Markdig counts up from 1 each time (quadratic on 100,000
   * equal headings); ids are never released, so resuming from the last suffix gives the same ids.
   */
  private readonly lastSuffix = new Map<string, number>();

  /** The id for a heading with this plain text; records it as used. */
  next(text: string): string {
    const base = urilizeAsGfm(text) || 'section';
    let id = base;
    if (this.used.has(id)) {
      let n = this.lastSuffix.get(base) ?? 0;
      do id = `${base}-${++n}`;
      while (this.used.has(id));
      this.lastSuffix.set(base, n);
    }
    this.used.add(id);
    return id;
  }
}

// docfx HeadingIdRewriter: `^\<a +(?:name|id)=\"([\w \-\.]+)\" *\>$` then `^\<\/a\>$`, case-sensitive;
// .NET `\w` is Unicode: letters, combining marks (Mn), decimal digits, connector punctuation.
const HEADING_ANCHOR = /^<a +(?:name|id)="([\p{L}\p{Mn}\p{Nd}\p{Pc} \-.]+)" *><\/a>$/u;

/**
 * The id a heading gets from a leading `<a name="x"></a>` (or `id`), immediately followed by
 * `</a>` and then more inline content (docfx's HeadingIdRewriter, which needs more than two
 * inlines); undefined otherwise. The DocFX layer has joined the two tags into one docfxAnchor.
 */
export function explicitHeadingId(heading: Heading): string | undefined {
  const [first] = heading.children;
  if (!first || heading.children.length < 2) return undefined;
  if (first.type === 'docfxAnchor') return anchorHeadingId(first.value);
  return undefined;
}

/** The id an anchor's source (`<a name="x"></a>`) gives the heading it leads, if the rewriter accepts it. */
export function anchorHeadingId(anchor: string): string | undefined {
  return HEADING_ANCHOR.exec(anchor)?.[1];
}

// docfx TabGroupAggregator.HrefRegex: the only tab link form docfx turns into a tab.
const TAB_HREF = /^#tab\/[a-zA-Z0-9-]+(?:\+[a-zA-Z0-9-]+)*(?:\/(?:[a-zA-Z0-9-]+)?)?$/;

/**
 * True for a tab heading: its only inline is a link to `#tab/<id>` (docfx
 * `TabGroupAggregator.ParseHeading`). It is rendered as a tab title, so it has no id; its auto
 * id was still issued before the tab group was built (see `summariseMarkdown`).
 */
export function isTabHeading(heading: Heading): boolean {
  const only = heading.children.length === 1 ? heading.children[0] : undefined;
  return only?.type === 'link' && isTabHref(only.url);
}

/** True for a link destination docfx turns into a tab (`#tab/<id>`). */
export function isTabHref(url: string): boolean {
  return TAB_HREF.test(url);
}

/**
 * The tab group of every heading that is part of one, numbered in document order. As docfx's
 * TabGroupAggregator builds them: a tab heading starts a group among its siblings; the group
 * runs, tab after tab, up to a thematic break (`---`) or the end of the container.
 */
export function tabGroupsOf(tree: Nodes): Map<Heading, number> {
  const groups = new Map<Heading, number>();
  let next = 0;
  walk(tree, (node) => {
    if (!('children' in node) || node.type === 'heading') return;
    let current: number | undefined;
    for (const child of node.children) {
      if (child.type === 'heading' && isTabHeading(child)) current ??= next++;
      else if (child.type === 'thematicBreak') current = undefined;
      if (current !== undefined && child.type === 'heading') groups.set(child, current);
    }
  });
  return groups;
}
