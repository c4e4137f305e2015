/**
 * The state of one pass over a page's micromark events, and what every token handler shares:
 * which block collects (`here`), the children list of the open parent (`parent`, `child`), the
 * text of headings, image alts and link labels (`addText`), and the DocFX layer's `<a name>`
 * anchors (`htmlEnded`). The handlers themselves are in `block-handlers.ts` and
 * `inline-handlers.ts`.
 */
import type { Html } from 'mdast';
import type { Point as MicromarkPoint, Token } from 'micromark-util-types';
import { ANCHOR_CLOSE, ANCHOR_OPEN, ANCHOR_WHOLE } from '../../parse/docfx.js';
import type { LineIndex } from '../../text/line-index.js';
import type { FileSummary, Point, Span } from '../../types.js';
import { summariseHtml } from '../summarise-markdown.js';
import {
  emptyCollected,
  resolved,
  type Collected,
  type Frame,
  type OpenHeading,
  type OpenLink,
  type PendingReference,
  type Siblings,
} from './pending.js';

export const pointOf = (point: MicromarkPoint): Point => ({
  line: point.line,
  column: point.column,
  offset: point.offset,
});
export const spanOf = (token: Token): Span => ({ start: pointOf(token.start), end: pointOf(token.end) });

export class SummaryBuilder {
  readonly root: Collected = emptyCollected();
  /** The paragraphs and blockquotes open around the current token. */
  readonly frames: Frame[] = [];
  /** Tab groups are looked for only when the page has a tab link (as summariseMarkdown does). */
  readonly tabs: boolean;
  /** Every block children list, in document order, when `tabs`. */
  readonly blockLists: Siblings[] = [];
  /**
   * The children lists of the parents open around the current token; `undefined` stands for a
   * node whose inner tokens make no children (a code span, html, an image, a link's destination).
   */
  readonly siblings: (Siblings | undefined)[];
  heading: OpenHeading | undefined;
  headingChildren: Siblings | undefined;
  atHardBreak = false;
  /** Inside a link's `(...)` or `[...]` reference: no text. */
  resourceDepth = 0;
  readonly links: OpenLink[] = [];
  imagesOpen = 0;
  autolink: PendingReference | undefined;
  html: { token: Token; value: string } | undefined;
  definition: { identifier: string; url: string } | undefined;
  /** The front matter's value: after the first fence, before the second. */
  yamlValue: [number, number] | undefined;

  constructor(
    readonly summary: FileSummary,
    readonly text: string,
    readonly lines: LineIndex,
  ) {
    this.tabs = text.includes('(#tab/');
    this.siblings = [this.blockList()];
  }

  /** What the innermost open block collects. */
  here(): Collected {
    return this.frames[this.frames.length - 1]?.collected ?? this.root;
  }

  parent(): Siblings | undefined {
    return this.siblings[this.siblings.length - 1];
  }

  /** A new children list of block nodes. */
  blockList(): Siblings {
    const list: Siblings = { inline: false, count: 0 };
    if (this.tabs) {
      list.tabItems = [];
      this.blockLists.push(list);
    }
    return list;
  }

  /** A new child of the current parent; a text token continues a text run. */
  child(kind: string): void {
    const list = this.parent();
    if (!list) return;
    if (kind === 'text' && list.last === 'text') return;
    this.flushPending(list);
    list.count++;
    list.first ??= kind;
    list.last = kind;
  }

  /** An `<a name="x">` not followed by its `</a>` is plain html after all. */
  flushPending(list: Siblings | undefined): void {
    if (!list?.pendingOpen) return;
    const open = list.pendingOpen;
    list.pendingOpen = undefined;
    this.summariseHtmlNode(open);
  }

  summariseHtmlNode(node: Html): void {
    const here = this.here();
    const out: Pick<FileSummary, 'anchors' | 'directives' | 'references'> = {
      anchors: here.anchors,
      directives: here.directives,
      references: [],
    };
    summariseHtml(node, this.text, this.lines, out);
    for (const reference of out.references) here.references.push(resolved(reference));
  }

  /** An html node ended: joined with the `<a name>` before it, an anchor alone, or plain html. */
  htmlEnded(token: Token, value: string): void {
    this.addText(value, true);
    const list = this.parent();
    if (!list) return;
    const node: Html = { type: 'html', value, position: { start: pointOf(token.start), end: pointOf(token.end) } };
    if (list.pendingOpen && list.last === 'html' && ANCHOR_CLOSE.test(value)) {
      const open = list.pendingOpen;
      list.pendingOpen = undefined;
      list.last = 'anchor';
      if (list.count === 1) {
        list.first = 'anchor';
        list.firstAnchor = open.value + value;
      }
      this.here().anchors.push({
        id: ANCHOR_OPEN.exec(open.value)![2]!,
        span: this.lines.span(open.position!.start.offset!, token.end.offset),
        source: 'html',
      });
      return;
    }
    this.child('html');
    const whole = ANCHOR_WHOLE.exec(value);
    if (whole) {
      list.last = 'anchor';
      if (list.count === 1) {
        list.first = 'anchor';
        list.firstAnchor = value;
      }
      this.here().anchors.push({ id: whole[2]!, span: spanOf(token), source: 'html' });
    } else if (ANCHOR_OPEN.test(value)) list.pendingOpen = node;
    else {
      if (/<img/i.test(value)) this.here().altTexts.push({ html: node });
      this.summariseHtmlNode(node);
    }
  }

  /** Code spans and HTML anywhere in a paragraph, but not in an image's alt (no nodes there). */
  recordCode(token: Token): void {
    const frame = this.frames[this.frames.length - 1];
    if (frame?.token.type === 'paragraph' && !this.links.some((link) => link.image))
      frame.code.push([token.start.offset, token.end.offset]);
  }

  inImageLabel(): boolean {
    return this.imagesOpen > 0 && this.links.some((link) => link.image && link.inLabel);
  }

  /**
   * Text of the inline content (data, escapes, references, code, line endings; HTML only counts
   * in an image's alt): into the heading's plain text, the alt of the images whose label it is
   * in, and whether the link whose label it is in shows something.
   */
  addText(value: string, html = false): void {
    if (this.resourceDepth > 0) return;
    const heading = this.heading;
    if (heading?.inText && (!html || heading.imageLabels > 0)) heading.text += value;
    if (this.imagesOpen > 0) for (const link of this.links) if (link.image && link.inLabel) link.alt += value;
    if (value.trim() !== '' || html) this.showing();
  }

  /** The link whose label the current token is in shows something. */
  showing(): void {
    for (let i = this.links.length - 1; i >= 0; i--) {
      const link = this.links[i]!;
      if (!link.image && link.inLabel) {
        link.visible = true;
        return;
      }
    }
  }
}
