/**
 * Summarise a Markdown article straight from micromark's event stream (`markdownEvents`), without
 * building the mdast tree: the same `FileSummary` that `summariseMarkdown` gives from remark's tree
 * plus the DocFX syntax layer, at a fraction of the garbage. The mdast path stays the reference:
 * `tests/summary/summarise-events.test.ts` compares both on fixtures and on the corpora.
 *
 * One pass over the events. What the DocFX layer rewrites is decided where the tree would have
 * it: a paragraph's contents are held until its end (a block include or triple-colon paragraph
 * replaces them), a blockquote's until its end (a video drops them, a div adds an anchor first),
 * an `<a name="x">` until its next sibling (`</a>` makes one anchor of the two). Heading ids are
 * issued at the end, over the headings that survived, in document order.
 *
 * One DocFX rewrite is not modelled, and a file that has it answers undefined (the caller parses
 * it with remark instead): inline includes (`[!INCLUDE` anywhere but alone in its paragraph),
 * rare in the corpora.
 */
import type { Html } from 'mdast';
import { decodeString } from 'micromark-util-decode-string';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { Event, Point as MicromarkPoint, Token } from 'micromark-util-types';
import { markMonikerZones, readContainerBlocks } from '../parse/container-blocks.js';
import {
  ANCHOR_CLOSE,
  ANCHOR_OPEN,
  ANCHOR_WHOLE,
  blockIncludeOf,
  blockquoteKind,
  firstLineOf,
  inlineImagesOf,
  tripleColonBlocksOf,
} from '../parse/docfx.js';
import { anchorHeadingId, HeadingIdAllocator, isTabHref } from '../parse/heading-id.js';
import { misplacedFrontMatter, unclosedFrontMatter } from '../parse/metadata.js';
import { nodeSpan } from '../parse/positions.js';
import type { LineIndex } from '../text/line-index.js';
import type {
  AnchorSummary,
  DirectiveSummary,
  FileSummary,
  HeadingSummary,
  MarkdownOutline,
  Point,
  ReferenceSummary,
  Span,
} from '../types.js';
import { emptySummary, frontMatterOf, summariseHtml, tripleColonReferences } from './summarise-markdown.js';
import { urlRangeIn, type UrlSearch } from './url-range.js';

const INCLUDE_MARKER = /\[!INCLUDE/i;

/** A reference as met; one not yet resolved gets its URL (reference-style) and urlRange at the end. */
interface PendingReference {
  reference: ReferenceSummary;
  /** Where its URL text is looked for (urlRangeOf); unused once `resolved`. */
  search?: UrlSearch;
  /** Reference-style: the normalised label of the definition it uses. */
  identifier?: string;
  /** Its urlRange is already set (or known to be absent). */
  resolved?: boolean;
}

interface PendingHeading {
  depth: number;
  text: string;
  span: Span;
  explicitId: string | undefined;
  /** A tab heading (its only inline is a `#tab/` link): no id. */
  tab: boolean;
  tabGroup?: number;
}

interface Definition {
  url: string;
  start: number;
  end: number;
}

/** What a block collects for the summary; merged into its parent when the block ends (or dropped). */
interface Collected {
  references: PendingReference[];
  anchors: AnchorSummary[];
  directives: DirectiveSummary[];
  headings: PendingHeading[];
  definitions: [string, Definition][];
  /** Code and front matter lines (zones and moniker ranges skip them). */
  skipped: [number, number][];
  /** The outline's lists (src/types.ts, MarkdownOutline); an image's alt is known at its end. */
  altTexts: ({ span: Span; target: string; blank: boolean } | { html: Html })[];
  blankLinks: MarkdownOutline['blankLinks'];
  pipeParagraphs: Span[];
  tripleColons: MarkdownOutline['tripleColons'];
}

/**
 * The children of one mdast parent, as far as the DocFX layer looks at them: how many, what the
 * first and the last are, and an `<a name="x">` waiting for its `</a>`.
 */
interface Siblings {
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
interface Frame {
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
interface OpenLink {
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

const collected = (): Collected => ({
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

function merge(into: Collected, from: Collected): void {
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

const pointOf = (point: MicromarkPoint): Point => ({ line: point.line, column: point.column, offset: point.offset });
const spanOf = (token: Token): Span => ({ start: pointOf(token.start), end: pointOf(token.end) });
const resolved = (reference: ReferenceSummary): PendingReference => ({ reference, resolved: true });

// Tokens that start a block node among its siblings (html is counted at its end, see htmlEnded).
const BLOCK_NODES = new Set([
  'paragraph',
  'atxHeading',
  'setextHeading',
  'blockQuote',
  'listOrdered',
  'listUnordered',
  'codeFenced',
  'codeIndented',
  'thematicBreak',
  'definition',
  'yaml',
]);
const TEXT_TOKENS = new Set(['data', 'characterEscape', 'characterReference']);

/**
 * The summary and outline of `text` from its events, or undefined when the file uses a DocFX
 * rewrite this path does not model (see above): summarise it from the tree then.
 */
export function summariseEvents(
  path: string,
  text: string,
  events: readonly Event[],
  lines: LineIndex,
): { summary: FileSummary; outline: MarkdownOutline } | undefined {
  const summary = emptySummary(path, text, lines);
  const root = collected();
  const frames: Frame[] = [];
  const here = (): Collected => frames[frames.length - 1]?.collected ?? root;
  // The children lists of the parents open around the current token; `undefined` stands for a
  // node whose inner tokens make no children (a code span, html, an image, a link's destination).
  // Tab groups are looked for only when the page has a tab link (as summariseMarkdown does).
  const tabs = text.includes('(#tab/');
  const blockLists: Siblings[] = [];
  const blockList = (): Siblings => {
    const list: Siblings = { inline: false, count: 0 };
    if (tabs) {
      list.tabItems = [];
      blockLists.push(list);
    }
    return list;
  };
  const siblings: (Siblings | undefined)[] = [blockList()];
  const parent = (): Siblings | undefined => siblings[siblings.length - 1];

  // The heading being read: its depth, and its plain text as headingPlainText gives it from the tree.
  let heading: { depth: number; text: string; inText: boolean; imageLabels: number } | undefined;
  let headingChildren: Siblings | undefined;
  let atHardBreak = false;
  let resourceDepth = 0;
  const links: OpenLink[] = [];
  let html: { token: Token; value: string } | undefined;
  let definition: { identifier: string; url: string } | undefined;
  let yamlValue: [number, number] | undefined;

  const summariseHtmlNode = (node: Html): void => {
    const out: Pick<FileSummary, 'anchors' | 'directives' | 'references'> = {
      anchors: here().anchors,
      directives: here().directives,
      references: [],
    };
    summariseHtml(node, text, lines, out);
    for (const reference of out.references) here().references.push(resolved(reference));
  };
  const flushPending = (list: Siblings | undefined): void => {
    if (!list?.pendingOpen) return;
    const open = list.pendingOpen;
    list.pendingOpen = undefined;
    summariseHtmlNode(open);
  };
  /** A new child of the current parent; a text token continues a text run. */
  const child = (kind: string): void => {
    const list = parent();
    if (!list) return;
    if (kind === 'text' && list.last === 'text') return;
    flushPending(list);
    list.count++;
    list.first ??= kind;
    list.last = kind;
  };
  /** An html node ended: joined with the `<a name>` before it, an anchor alone, or plain html. */
  const htmlEnded = (token: Token, value: string): void => {
    addText(value, true);
    const list = parent();
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
      here().anchors.push({
        id: ANCHOR_OPEN.exec(open.value)![2]!,
        span: lines.span(open.position!.start.offset!, token.end.offset),
        source: 'html',
      });
      return;
    }
    child('html');
    const whole = ANCHOR_WHOLE.exec(value);
    if (whole) {
      list.last = 'anchor';
      if (list.count === 1) {
        list.first = 'anchor';
        list.firstAnchor = value;
      }
      here().anchors.push({ id: whole[2]!, span: spanOf(token), source: 'html' });
    } else if (ANCHOR_OPEN.test(value)) list.pendingOpen = node;
    else {
      if (/<img/i.test(value)) here().altTexts.push({ html: node });
      summariseHtmlNode(node);
    }
  };
  const recordCode = (token: Token): void => {
    // Code spans and HTML anywhere in a paragraph, but not in an image's alt (no nodes there).
    const frame = frames[frames.length - 1];
    if (frame?.token.type === 'paragraph' && !links.some((link) => link.image))
      frame.code.push([token.start.offset, token.end.offset]);
  };
  let imagesOpen = 0;
  const inImageLabel = (): boolean => imagesOpen > 0 && links.some((link) => link.image && link.inLabel);
  let autolink: PendingReference | undefined;
  /**
   * Text of the inline content (data, escapes, references, code, line endings; HTML only counts
   * in an image's alt): into the heading's plain text, the alt of the images whose label it is
   * in, and whether the link whose label it is in shows something.
   */
  const addText = (value: string, html = false): void => {
    if (resourceDepth > 0) return;
    if (heading?.inText && (!html || heading.imageLabels > 0)) heading.text += value;
    if (imagesOpen > 0) for (const link of links) if (link.image && link.inLabel) link.alt += value;
    if (value.trim() !== '' || html) showing();
  };
  /** The link whose label the current token is in shows something. */
  const showing = (): void => {
    for (let i = links.length - 1; i >= 0; i--) {
      const link = links[i]!;
      if (!link.image && link.inLabel) {
        link.visible = true;
        return;
      }
    }
  };

  for (const [phase, token, context] of events) {
    const type: string = token.type;
    if (phase === 'enter') {
      if (BLOCK_NODES.has(type)) child(type);
      switch (type) {
        case 'yamlFence':
          // The value is what stands between the fences (the first fence's end, the second's start).
          if (yamlValue) yamlValue[1] = token.start.offset;
          else yamlValue = [-1, -1];
          break;
        case 'paragraph':
        case 'blockQuote': {
          const list = parent();
          const frame: Frame = {
            token,
            collected: collected(),
            parent: list,
            isFirstChild: list?.count === 1,
            code: [],
          };
          const children: Siblings = type === 'paragraph' ? { inline: true, count: 0 } : blockList();
          if (type === 'blockQuote') frame.children = children;
          frames.push(frame);
          siblings.push(children);
          break;
        }
        case 'listOrdered':
        case 'listUnordered':
          siblings.push({ inline: false, count: 0 });
          break;
        case 'listItemPrefix':
          // A new list item: a new parent for the blocks that follow.
          flushPending(parent());
          siblings[siblings.length - 1] = blockList();
          break;
        case 'atxHeading':
        case 'setextHeading':
          heading = { depth: 0, text: '', inText: false, imageLabels: 0 };
          headingChildren = undefined;
          break;
        case 'atxHeadingText':
        case 'setextHeadingText':
          if (heading) heading.inText = true;
          siblings.push({ inline: true, count: 0 });
          break;
        case 'htmlFlow':
        case 'htmlText':
          if (type === 'htmlText') recordCode(token);
          html = { token, value: '' };
          siblings.push(undefined);
          break;
        case 'codeText':
          recordCode(token);
          child('code');
          showing();
          siblings.push(undefined);
          break;
        case 'emphasis':
        case 'strong':
          child(type);
          siblings.push({ inline: true, count: 0 });
          break;
        case 'link':
        case 'image': {
          child(type);
          const pending: PendingReference = {
            reference: { kind: type === 'image' ? 'image' : 'link', url: '', span: spanOf(token) },
          };
          const ghost = inImageLabel();
          if (!ghost) here().references.push(pending);
          const image = type === 'image';
          if (image) showing();
          const link: OpenLink = {
            image,
            pending,
            url: '',
            hasResource: false,
            labelScope: false,
            inLabel: false,
            ghost,
            alt: '',
            visible: false,
          };
          if (image) {
            imagesOpen++;
            link.altItem = { span: spanOf(token), target: '', blank: true };
            if (!ghost) here().altTexts.push(link.altItem);
          }
          links.push(link);
          siblings.push(undefined);
          if (image && heading) heading.imageLabels++;
          break;
        }
        case 'labelText': {
          const link = links[links.length - 1];
          if (link) link.inLabel = true;
          if (link && !link.image && !link.labelScope && parent() === undefined) {
            link.labelScope = true;
            siblings.push({ inline: true, count: 0 });
          }
          break;
        }
        case 'resource':
          if (links.length > 0) links[links.length - 1]!.hasResource = true;
          resourceDepth++;
          break;
        case 'reference':
          resourceDepth++;
          break;
        case 'autolink': {
          child('autolink');
          showing();
          autolink = inImageLabel() ? undefined : { reference: { kind: 'autolink', url: '', span: spanOf(token) } };
          if (autolink) here().references.push(autolink);
          siblings.push(undefined);
          break;
        }
        case 'definition':
          definition = { identifier: '', url: '' };
          break;
        case 'hardBreakEscape':
        case 'hardBreakTrailing':
          child('break');
          break;
        case 'thematicBreak':
          parent()?.tabItems?.push('break');
          break;
        default:
          if (TEXT_TOKENS.has(type) || (type === 'lineEnding' && !atHardBreak)) {
            if (parent()?.inline) child('text');
          }
      }
      continue;
    }

    switch (type) {
      case 'yamlFence':
        if (yamlValue?.[0] === -1) yamlValue[0] = token.end.offset;
        break;
      case 'yaml': {
        // As mdast-util-frontmatter: without the line ending after the first fence and before the last.
        const value = yamlValue ? text.slice(yamlValue[0], yamlValue[1]).replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, '') : '';
        summary.metadata = frontMatterOf(value, spanOf(token), text, lines);
        here().skipped.push([token.start.line, token.end.line]);
        break;
      }
      case 'codeFenced':
      case 'codeIndented':
        here().skipped.push([token.start.line, token.end.line]);
        break;
      case 'data':
      case 'codeTextData':
        addText(context.sliceSerialize(token));
        break;
      case 'characterEscapeValue':
        // An escaped character is punctuation: always something to show.
        addText(context.sliceSerialize(token));
        break;
      case 'characterReference':
        addText(decodeString(context.sliceSerialize(token)));
        break;
      case 'htmlFlowData':
      case 'htmlTextData':
        if (html) html.value += context.sliceSerialize(token);
        break;
      case 'lineEnding':
        if (html) html.value += context.sliceSerialize(token);
        else if (atHardBreak) atHardBreak = false;
        else addText(context.sliceSerialize(token));
        break;
      case 'hardBreakEscape':
      case 'hardBreakTrailing':
        atHardBreak = true;
        // A break is a newline in the heading's text, nothing in an image's alt.
        if (heading?.inText && heading.imageLabels === 0 && resourceDepth === 0) heading.text += '\n';
        break;
      case 'autolinkProtocol':
      case 'autolinkEmail': {
        const literal = context.sliceSerialize(token);
        addText(literal);
        if (autolink) {
          autolink.reference.url = type === 'autolinkEmail' ? `mailto:${literal}` : literal;
          autolink.search = { afterText: token.end.offset };
        }
        break;
      }
      case 'autolink':
      case 'codeText':
        siblings.pop();
        break;
      case 'htmlFlow':
      case 'htmlText': {
        siblings.pop();
        const value = html?.value ?? '';
        html = undefined;
        htmlEnded(token, value);
        break;
      }
      case 'emphasis':
      case 'strong':
        flushPending(parent());
        siblings.pop();
        break;
      case 'labelText': {
        const link = links[links.length - 1];
        if (!link) break;
        link.inLabel = false;
        link.textEnd = token.end.offset;
        link.label = context.sliceSerialize(token);
        link.identifier = normalizeIdentifier(link.label).toLowerCase();
        if (link.labelScope) {
          flushPending(parent());
          siblings.pop();
          link.labelScope = false;
        }
        break;
      }
      case 'resourceDestinationString':
        if (links.length > 0) links[links.length - 1]!.url = decodeString(context.sliceSerialize(token));
        break;
      case 'referenceString': {
        const link = links[links.length - 1];
        if (link) {
          link.label = context.sliceSerialize(token);
          link.identifier = normalizeIdentifier(link.label).toLowerCase();
        }
        break;
      }
      case 'resource':
      case 'reference':
        resourceDepth--;
        break;
      case 'link':
      case 'image': {
        siblings.pop();
        const link = links.pop()!;
        if (link.image && heading) heading.imageLabels--;
        const target = link.hasResource ? link.url : `[${link.label ?? ''}]`;
        if (link.altItem) {
          imagesOpen--;
          link.altItem.target = target;
          link.altItem.blank = link.alt.trim() === '';
        } else if (!link.ghost && !link.visible && !(link.hasResource && /^xref:/i.test(link.url)))
          here().blankLinks.push({ span: spanOf(token), target });
        const { pending } = link;
        const list = parent();
        if (link.hasResource && !link.image && list?.count === 1 && heading?.inText) list.firstLinkUrl = link.url;
        if (link.hasResource) {
          pending.reference.url = link.url;
          pending.search = { afterText: link.textEnd ?? token.start.offset };
        } else {
          pending.reference.kind = link.image ? 'reference-image' : 'reference-link';
          pending.identifier = link.identifier ?? '';
        }
        break;
      }
      case 'definitionLabelString':
        if (definition) definition.identifier = normalizeIdentifier(context.sliceSerialize(token)).toLowerCase();
        break;
      case 'definitionDestinationString':
        if (definition) definition.url = decodeString(context.sliceSerialize(token));
        break;
      case 'definition':
        if (definition)
          here().definitions.push([
            definition.identifier,
            { url: definition.url, start: token.start.offset, end: token.end.offset },
          ]);
        definition = undefined;
        break;
      case 'atxHeadingSequence':
        if (heading && heading.depth === 0) heading.depth = token.end.offset - token.start.offset;
        break;
      case 'setextHeadingLineSequence':
        if (heading) heading.depth = text[token.start.offset] === '=' ? 1 : 2;
        break;
      case 'atxHeadingText':
      case 'setextHeadingText':
        flushPending(parent());
        headingChildren = siblings.pop();
        if (heading) heading.inText = false;
        break;
      case 'atxHeading':
      case 'setextHeading': {
        const span = spanOf(token);
        if (INCLUDE_MARKER.test(text.slice(span.start.offset, span.end.offset))) return undefined;
        const list = headingChildren;
        const explicitId =
          list && list.count >= 2 && list.first === 'anchor' && list.firstAnchor !== undefined
            ? anchorHeadingId(list.firstAnchor)
            : undefined;
        const tab = list?.count === 1 && list.firstLinkUrl !== undefined && isTabHref(list.firstLinkUrl);
        const pending: PendingHeading = {
          depth: heading?.depth ?? 1,
          text: heading?.text ?? '',
          span,
          explicitId,
          tab,
        };
        here().headings.push(pending);
        parent()?.tabItems?.push(pending);
        heading = undefined;
        headingChildren = undefined;
        break;
      }
      case 'paragraph':
        if (!paragraphEnded(token)) return undefined;
        break;
      case 'blockQuote':
        blockquoteEnded(token);
        break;
      case 'listOrdered':
      case 'listUnordered':
        flushPending(parent());
        siblings.pop();
        break;
      default:
    }
  }
  flushPending(parent());
  if (tabs) numberTabGroups(blockLists, new Set(root.headings));
  return finish(summary, root, text, lines);

  /** A paragraph ended: a block include, triple-colon blocks, or a paragraph. False: an inline include. */
  function paragraphEnded(token: Token): boolean {
    flushPending(parent());
    const inline = siblings.pop()!;
    const frame = frames.pop()!;
    const start = token.start.offset;
    const source = text.slice(start, token.end.offset);
    const outer = here();
    const include = blockIncludeOf(source, start, lines);
    if (include) {
      outer.references.push({
        reference: { kind: 'include', url: include.url, span: nodeSpan(include)!, block: true },
      });
      return true;
    }
    if (INCLUDE_MARKER.test(source)) return false;
    let rewritten = false;
    let kept = true;
    if (source.startsWith(':::')) {
      const { nodes, textLeft } = tripleColonBlocksOf(source, start, lines);
      for (const node of nodes) {
        outer.tripleColons.push({ name: node.name, start: node.position!.start.offset!, block: true });
        for (const reference of tripleColonReferences(node, text, lines)) outer.references.push({ reference });
      }
      rewritten = nodes.length > 0;
      kept = textLeft;
    } else if (source.includes(':::')) {
      for (const node of inlineImagesOf(source, start, lines, frame.code)) {
        outer.tripleColons.push({ name: node.name, start: node.position!.start.offset!, block: false });
        for (const reference of tripleColonReferences(node, text, lines)) outer.references.push({ reference });
      }
    }
    if (kept) {
      if (source.includes('|')) outer.pipeParagraphs.push(spanOf(token));
      merge(outer, frame.collected);
    }
    const quote = frames[frames.length - 1];
    if (
      !rewritten &&
      frame.isFirstChild &&
      quote?.token.type === 'blockQuote' &&
      quote.children === frame.parent &&
      !quote.firstParagraph
    )
      quote.firstParagraph = { start, end: token.end.offset, firstIsText: inline.first === 'text' };
    return true;
  }

  /** A blockquote ended: a video (its content dropped), a div (an anchor first), an alert or a quote. */
  function blockquoteEnded(token: Token): void {
    flushPending(parent());
    siblings.pop();
    const frame = frames.pop()!;
    const outer = here();
    const first = frame.firstParagraph;
    const kind = first?.firstIsText ? blockquoteKind(firstLineOf(text, first.start, first.end)) : undefined;
    if (kind?.kind === 'video') {
      const urlStart = first!.start + kind.urlStart;
      outer.references.push({
        reference: { kind: 'video', url: kind.url, span: lines.span(urlStart, urlStart + kind.url.length) },
      });
      return;
    }
    const id = kind?.kind === 'div' ? kind.attributes.id : undefined;
    if (id) outer.anchors.push({ id, span: spanOf(token), source: 'div' });
    merge(outer, frame.collected);
  }
}

/**
 * Number the tab groups as tabGroupsOf does on the tree: parents in document order (each parent
 * before what it contains), a tab heading starting a group among its siblings that runs up to a
 * thematic break; headings the DocFX layer dropped (in a video) are not there.
 */
function numberTabGroups(blockLists: readonly Siblings[], kept: ReadonlySet<PendingHeading>): void {
  let next = 0;
  for (const list of blockLists) {
    let current: number | undefined;
    for (const item of list.tabItems ?? []) {
      if (item === 'break') current = undefined;
      else if (kept.has(item)) {
        if (item.tab) current ??= next++;
        if (current !== undefined) item.tabGroup = current;
      }
    }
  }
}

/** The summary and outline from what the pass collected: references resolved, heading ids issued, zones read. */
function finish(
  summary: FileSummary,
  root: Collected,
  text: string,
  lines: LineIndex,
): { summary: FileSummary; outline: MarkdownOutline } {
  const definitions = new Map<string, Definition>();
  // CommonMark: the first definition of a label wins.
  for (const [identifier, definition] of root.definitions)
    if (!definitions.has(identifier)) definitions.set(identifier, definition);
  for (const pending of root.references) {
    const { reference } = pending;
    if (pending.identifier !== undefined) {
      const definition = definitions.get(pending.identifier);
      if (!definition) continue;
      reference.url = definition.url;
      pending.search = { definition: [definition.start, definition.end] };
    }
    if (!pending.resolved) {
      const urlRange = urlRangeIn(text, reference.url, reference.span, pending.search);
      if (urlRange) reference.urlRange = urlRange;
    }
    summary.references.push(reference);
  }
  const ids = new HeadingIdAllocator();
  for (const heading of root.headings) {
    // Markdig issues the auto id while parsing inlines, explicit id or not (see summariseMarkdown).
    const auto = ids.next(heading.text);
    const summaryHeading: HeadingSummary = {
      depth: heading.depth,
      text: heading.text,
      id: heading.tab ? undefined : (heading.explicitId ?? auto),
      span: heading.span,
    };
    if (heading.tabGroup !== undefined) summaryHeading.tabGroup = heading.tabGroup;
    summary.headings.push(summaryHeading);
  }
  summary.anchors = root.anchors;
  summary.directives = root.directives;
  summary.metadata ??= unclosedFrontMatter(text, lines) ?? misplacedFrontMatter(text, lines);
  if (text.includes('zone') || text.includes('moniker')) {
    const blocks = readContainerBlocks(text, root.skipped, lines);
    const pivots = blocks.zones.flatMap((zone) => (zone.pivot ? [zone.pivot] : []));
    if (pivots.length > 0) summary.zonePivots = pivots;
    // As summariseMarkdown: references inside a moniker range are not checked (`monikerZone`).
    markMonikerZones(summary.references, blocks.monikerZones);
  }
  const outline: MarkdownOutline = {
    altTexts: root.altTexts.flatMap((item): MarkdownOutline['altTexts'] =>
      'html' in item ? [item] : item.blank ? [{ span: item.span, target: item.target }] : [],
    ),
    blankLinks: root.blankLinks,
    pipeParagraphs: root.pipeParagraphs,
    tripleColons: root.tripleColons,
    skipped: root.skipped,
  };
  return { summary, outline };
}
