/**
 * What the event summariser (`../summarise-events.ts`) holds while it reads a page: references,
 * headings and definitions waiting for the end of the page, and what each block collects until
 * its end decides what it is.
 */
import type { Html } from 'mdast';
import type { Token } from 'micromark-util-types';
import type { AnchorSummary, DirectiveSummary, MarkdownOutline, ReferenceSummary, Span } from '../../types.js';
import type { UrlSearch } from '../url-range.js';

/** A reference as met; one not yet resolved gets its URL (reference-style) and urlRange at the end. */
export interface PendingReference {
  reference: ReferenceSummary;
  /** Where its URL text is looked for (urlRangeOf); unused once `resolved`. */
  search?: UrlSearch;
  /** Reference-style: the normalised label of the definition it uses. */
  identifier?: string;
  /** Its urlRange is already set (or known to be absent). */
  resolved?: boolean;
}

export const resolved = (reference: ReferenceSummary): PendingReference => ({ reference, resolved: true });

export interface PendingHeading {
  depth: number;
  text: string;
  span: Span;
  explicitId: string | undefined;
  /** A tab heading (its only inline is a `#tab/` link): no id. */
  tab: boolean;
  tabGroup?: number;
}

export interface Definition {
  url: string;
  start: number;
  end: number;
}

/** An image's alt text as the outline needs it (blank or not is known at the image's end), or an `<img>`. */
export type AltTextItem = { span: Span; target: string; blank: boolean } | { html: Html };

/** What a block collects for the summary; merged into its parent when the block ends (or dropped). */
export interface Collected {
  references: PendingReference[];
  anchors: AnchorSummary[];
  directives: DirectiveSummary[];
  headings: PendingHeading[];
  definitions: [string, Definition][];
  /** Code and front matter lines (zones and moniker ranges skip them). */
  skipped: [number, number][];
  /** The outline's lists (src/types.ts, MarkdownOutline). */
  altTexts: AltTextItem[];
  blankLinks: MarkdownOutline['blankLinks'];
  pipeParagraphs: Span[];
  tripleColons: MarkdownOutline['tripleColons'];
}

export const emptyCollected = (): Collected => ({
  references: [],
  anchors: [],
  directives: [],
  headings: [],
  definitions: [],
  skipped: [],
  altTexts: [],
  blankLinks: [],
  pipeParagraphs: [],
  tripleColons: [],
});

export function mergeCollected(into: Collected, from: Collected): void {
  into.references.push(...from.references);
  into.anchors.push(...from.anchors);
  into.directives.push(...from.directives);
  into.headings.push(...from.headings);
  into.definitions.push(...from.definitions);
  into.skipped.push(...from.skipped);
  into.altTexts.push(...from.altTexts);
  into.blankLinks.push(...from.blankLinks);
  into.pipeParagraphs.push(...from.pipeParagraphs);
  into.tripleColons.push(...from.tripleColons);
}

/**
 * The children of one mdast parent, as far as the DocFX layer looks at them: how many, what the
 * first and the last are, and an `<a name="x">` waiting for its `</a>`.
 */
export interface Siblings {
  /** Phrasing content (a text run merges, line endings are text). */
  inline: boolean;
  count: number;
  first?: string;
  last?: string;
  /** The value of the anchor that is the first child. */
  firstAnchor?: string;
  pendingOpen?: Html;
  /** Heading text: the URL of its first child when that is a resource link. */
  firstLinkUrl?: string;
  /** Block children, when the page has tab links: its headings and thematic breaks, for tab groups. */
  tabItems?: (PendingHeading | 'break')[];
}

/** A paragraph or blockquote being read: what it collects until its end decides what it is. */
export interface Frame {
  token: Token;
  collected: Collected;
  /** The children list the block is in, and whether it is the first there. */
  parent: Siblings | undefined;
  isFirstChild: boolean;
  /** Paragraph: its code spans and HTML (inline images are not looked for there). */
  code: [number, number][];
  /** Blockquote: its own children, and its first child when that is a paragraph left a paragraph. */
  children?: Siblings;
  firstParagraph?: { start: number; end: number; firstIsText: boolean };
}

/** A link or image being read. */
export interface OpenLink {
  image: boolean;
  pending: PendingReference;
  url: string;
  identifier?: string;
  /** The label as written (labelText, or the reference's string): `[label]` in messages. */
  label?: string;
  textEnd?: number;
  hasResource: boolean;
  labelScope: boolean;
  /** Inside its `[...]`. */
  inLabel: boolean;
  /** In an image's label: a link or image that makes no node (an alt is a string), so no reference. */
  ghost: boolean;
  /** Image: its alt text so far (mdast's toString of the label). Link: whether it shows anything. */
  alt: string;
  visible: boolean;
  altItem?: { span: Span; target: string; blank: boolean };
}

/** The heading being read: its depth, and its plain text as headingPlainText gives it from the tree. */
export interface OpenHeading {
  depth: number;
  text: string;
  inText: boolean;
  imageLabels: number;
}
