/**
 * The DocFX syntax layer: rewrites the mdast that remark-parse gives into typed nodes for the
 * DocFX extensions Learn supports (includes, alerts, div, video, triple-colon blocks, anchors)
 * and marks `xref:` and tab links. Works from the source text, not from inline node values,
 * so that attributes with `_` or `*` are read as written.
 */
import type { Link, Paragraph, Parent, PhrasingContent, RootContent, Root, Text, Html } from 'mdast';
import { parseAttributes } from './attributes.js';
import { ALERT_TYPES, type AlertType, type DocfxInclude, type DocfxTripleColon } from './docfx-nodes.js';
import { LineIndex } from '../text/line-index.js';
import { parentsBottomUp, walk } from './walk.js';

type Position = NonNullable<RootContent['position']>;

/** Position of text[start, end) in unist form. */
function positionOf(lines: LineIndex, start: number, end: number): Position {
  const a = lines.point(start);
  const b = lines.point(end);
  return { start: { ...a }, end: { ...b } };
}

const startOf = (node: { position?: Position }): number => node.position?.start.offset ?? 0;
const endOf = (node: { position?: Position }): number => node.position?.end.offset ?? 0;

/** Apply the DocFX layer to a tree parsed from `text`, in place. */
export function applyDocfxSyntax(tree: Root, text: string, lines = new LineIndex(text)): Root {
  for (const parent of parentsBottomUp(tree)) {
    const children = parent.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type === 'blockquote') children[i] = rewriteBlockquote(child, text, lines);
      else if (child.type === 'paragraph') {
        const replaced = rewriteParagraph(child, text, lines);
        if (replaced !== child) {
          children.splice(i, 1, ...(Array.isArray(replaced) ? replaced : [replaced]));
          i += (Array.isArray(replaced) ? replaced.length : 1) - 1;
        }
      }
    }
    rewriteInline(parent, text, lines);
  }
  markLinks(tree);
  return tree;
}

// ---- blockquotes: alerts, div, video -------------------------------------------------------

const ALERT = new RegExp(`^\\[!(${ALERT_TYPES.join('|')})\\][ \\t]*`, 'i');
const DIV = /^\[!div\b([^\]\n]*)\][ \t]*/i;
const VIDEO = /^\[!VIDEO[ \t]+([^\]\s]+)[ \t]*\][ \t]*/i;

/** What a blockquote whose first paragraph's first line is `firstLine` renders as: an alert, a div, a video, or a plain quote. */
export type BlockquoteKind =
  | { kind: 'alert'; alertType: AlertType; marker: string }
  | { kind: 'div'; attributes: Record<string, string>; marker: string }
  | { kind: 'video'; url: string; urlStart: number }
  | undefined;

/** The DocFX kind of a blockquote from its first paragraph's first line (`urlStart` relative to the line). */
export function blockquoteKind(firstLine: string): BlockquoteKind {
  let match: RegExpExecArray | null;
  if ((match = ALERT.exec(firstLine)))
    return { kind: 'alert', alertType: match[1]!.toUpperCase() as AlertType, marker: match[0] };
  if ((match = DIV.exec(firstLine))) {
    const attrs = parseAttributes(match[1] ?? '').attributes;
    return { kind: 'div', attributes: Object.fromEntries(attrs.map((a) => [a.name, a.value])), marker: match[0] };
  }
  if ((match = VIDEO.exec(firstLine))) return { kind: 'video', url: match[1]!, urlStart: match[0].indexOf(match[1]!) };
  return undefined;
}

/** The first line of a paragraph that starts at `start` and ends at `end`. */
export function firstLineOf(text: string, start: number, end: number): string {
  const lineEnd = text.indexOf('\n', start);
  return text.slice(start, lineEnd === -1 ? end : Math.min(lineEnd, end));
}

function rewriteBlockquote(quote: RootContent & { type: 'blockquote' }, text: string, lines: LineIndex): RootContent {
  const first = quote.children[0];
  if (!first || first.type !== 'paragraph' || first.children[0]?.type !== 'text') return quote;
  const start = startOf(first);
  const kind = blockquoteKind(firstLineOf(text, start, endOf(first)));
  if (!kind) return quote;
  if (kind.kind === 'video') {
    const urlStart = start + kind.urlStart;
    return { type: 'docfxVideo', url: kind.url, position: positionOf(lines, urlStart, urlStart + kind.url.length) };
  }
  const node: RootContent =
    kind.kind === 'alert'
      ? { type: 'docfxAlert', alertType: kind.alertType, children: quote.children, position: quote.position }
      : { type: 'docfxDiv', attributes: kind.attributes, children: quote.children, position: quote.position };
  stripLeadingText(first, kind.marker.length, lines);
  if (first.children.length === 0) (node as Parent).children.shift();
  return node;
}

/** Remove `count` characters from the start of a paragraph whose first child is text. */
function stripLeadingText(paragraph: Paragraph, count: number, lines: LineIndex): void {
  const head = paragraph.children[0] as Text;
  head.value = head.value.slice(count).replace(/^[ \t]*\r?\n/, '');
  if (head.value === '') paragraph.children.shift();
  else if (head.position) head.position = positionOf(lines, endOf(head) - head.value.length, endOf(head));
}

// ---- paragraphs: block includes and triple-colon blocks ------------------------------------

// The name ends where a non-name character starts (`(?![\w-])`): one way to split, no backtracking.
const TRIPLE_COLON = /:::[ \t]*([A-Za-z][\w-]*)(?![\w-])([^\n]*?)(?::::|$)/gm;
/**
 * `:::image ...:::` anywhere in a paragraph (Markdig's TripleColonInlineParser: `image` is an
 * inline extension). Attributes run to the next `:::` on the line, so each try is linear.
 */
const INLINE_IMAGE = /:::[ \t]*(image)(?![\w-])((?:[^:\n]|:(?!::))*):::/gi;
const BLOCK_INCLUDE = /^\[!INCLUDE[ \t]*\[([^\]\n]*)\]\(([^)\n]*)\)[ \t]*\][ \t]*$/i;

/** The include a paragraph's source is, alone (`[!INCLUDE [title](url)]`), or undefined. */
export function blockIncludeOf(source: string, start: number, lines: LineIndex): DocfxInclude | undefined {
  const include = BLOCK_INCLUDE.exec(source);
  return include
    ? includeNode(include[1]!, include[2]!, true, positionOf(lines, start, start + source.length))
    : undefined;
}

/**
 * The triple-colon blocks of a paragraph whose source starts with `:::`, and whether text is left
 * between them (a complex image's long description), which stays a paragraph after them.
 */
export function tripleColonBlocksOf(
  source: string,
  start: number,
  lines: LineIndex,
): { nodes: DocfxTripleColon[]; textLeft: boolean } {
  const nodes: DocfxTripleColon[] = [];
  let rest = '';
  let last = 0;
  TRIPLE_COLON.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRIPLE_COLON.exec(source))) {
    if (m[0] === '') {
      TRIPLE_COLON.lastIndex++;
      continue;
    }
    rest += source.slice(last, m.index);
    last = m.index + m[0].length;
    nodes.push(tripleColonNode(m, start, lines));
  }
  rest += source.slice(last);
  return { nodes, textLeft: rest.trim() !== '' };
}

/**
 * The inline `:::image` directives of a paragraph's source that does not start with one (in a
 * table row, mid-sentence, on a list item's continuation line, in a blockquote), outside the
 * paragraph's code spans and HTML (`code`: their [start, end) offsets in the file).
 */
export function inlineImagesOf(
  source: string,
  start: number,
  lines: LineIndex,
  code: readonly (readonly [number, number])[],
): DocfxTripleColon[] {
  const found: DocfxTripleColon[] = [];
  INLINE_IMAGE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE_IMAGE.exec(source))) {
    const at = start + m.index;
    if (code.some(([from, to]) => at >= from && at < to)) continue;
    found.push(tripleColonNode(m, start, lines));
  }
  return found;
}

function rewriteParagraph(paragraph: Paragraph, text: string, lines: LineIndex): RootContent | RootContent[] {
  const start = startOf(paragraph);
  const source = text.slice(start, endOf(paragraph));
  const include = blockIncludeOf(source, start, lines);
  if (include) return include;
  if (!source.startsWith(':::')) {
    inlineImages(paragraph, source, start, lines);
    return paragraph;
  }
  const { nodes, textLeft } = tripleColonBlocksOf(source, start, lines);
  return textLeft ? [...nodes, paragraph] : nodes;
}

/** Record the inline `:::image` directives of a paragraph in `data.docfxInline`; its inline nodes stay as they are. */
function inlineImages(paragraph: Paragraph, source: string, start: number, lines: LineIndex): void {
  if (!source.includes(':::')) return;
  const code: [number, number][] = [];
  walk(paragraph, (node) => {
    if (node.type === 'inlineCode' || node.type === 'html') code.push([startOf(node), endOf(node)]);
  });
  const found = inlineImagesOf(source, start, lines, code);
  if (found.length > 0) paragraph.data = { ...paragraph.data, docfxInline: found };
}

function tripleColonNode(m: RegExpExecArray, base: number, lines: LineIndex): DocfxTripleColon {
  const attrText = m[2] ?? '';
  const attrBase = base + m.index + m[0].indexOf(attrText, 3 + m[1]!.length);
  const { attributes } = parseAttributes(attrText);
  const node: DocfxTripleColon = {
    type: 'docfxTripleColon',
    name: m[1]!.toLowerCase(),
    attributes: {},
    attributeOffsets: {},
    position: positionOf(lines, base + m.index, base + m.index + m[0].length),
  };
  for (const a of attributes) {
    node.attributes[a.name] = a.value;
    node.attributeOffsets[a.name] = [attrBase + a.valueStart, attrBase + a.valueEnd];
  }
  return node;
}

function includeNode(title: string, url: string, block: boolean, position: Position): DocfxInclude {
  return { type: 'docfxInclude', title, url: url.trim().replace(/^<(.*)>$/, '$1'), block, position };
}

// ---- inline: includes inside a paragraph, anchors ------------------------------------------

const INCLUDE_OPEN = /\[!INCLUDE[ \t]*$/i;
const INCLUDE_CLOSE = /^[ \t]*\]/;
const INLINE_INCLUDE = /\[!INCLUDE[ \t]*\[([^\]\n]*)\]\(([^)\n]*)\)[ \t]*\]/gi;
export const ANCHOR_OPEN = /^<a\s+(name|id)\s*=\s*"([^"]*)"\s*>$/i;
export const ANCHOR_WHOLE = /^<a\s+(name|id)\s*=\s*"([^"]*)"\s*>\s*<\/a>\s*$/i;
/** The `</a>` that closes an `ANCHOR_OPEN` tag when it is the next inline node. */
export const ANCHOR_CLOSE = /^<\/a\s*>$/i;

function rewriteInline(parent: Parent, text: string, lines: LineIndex): void {
  const children = parent.children as PhrasingContent[];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    const prev = children[i - 1];
    const next = children[i + 1];
    if (
      node.type === 'link' &&
      prev?.type === 'text' &&
      next?.type === 'text' &&
      INCLUDE_OPEN.test(prev.value) &&
      INCLUDE_CLOSE.test(next.value)
    ) {
      const open = INCLUDE_OPEN.exec(prev.value)!;
      const close = INCLUDE_CLOSE.exec(next.value)!;
      const from = endOf(prev) - (prev.value.length - open.index);
      const to = startOf(next) + close[0].length;
      const title = text.slice(startOf(node) + 1, startOf(node) + 1 + linkTextLength(node, text));
      const include = includeNode(title, node.url, false, positionOf(lines, from, to));
      prev.value = prev.value.slice(0, open.index);
      next.value = next.value.slice(close[0].length);
      children.splice(i, 1, include);
      if (next.value === '') children.splice(i + 1, 1);
      if (prev.value === '') {
        children.splice(i - 1, 1);
        i--;
      }
    } else if (node.type === 'text' && /\[!INCLUDE/i.test(node.value)) {
      i += splitTextIncludes(children, i, text, lines) - 1;
    } else if (node.type === 'html') {
      const anchor = anchorFrom(node, next, lines);
      if (anchor) children.splice(i, anchor.consumed, anchor.node as PhrasingContent);
    }
  }
  if (parent.type === 'root' || (parent as { type: string }).type === 'blockquote' || parent.type === 'listItem') {
    // Block HTML `<a name="x"></a>` alone on a line.
    for (let i = 0; i < children.length; i++) {
      const node = children[i] as RootContent;
      if (node.type === 'html') {
        const anchor = anchorFrom(node, undefined, lines);
        if (anchor) (children as RootContent[])[i] = anchor.node;
      }
    }
  }
}

/** Length of a link's text in the source, between `[` and `]`. */
function linkTextLength(link: Link, text: string): number {
  const lastChild = link.children[link.children.length - 1];
  if (!lastChild) return 0;
  const close = text.indexOf(']', endOf(lastChild));
  return Math.max(0, close - startOf(link) - 1);
}

/** Includes whose destination CommonMark did not read as a link (spaces in the path, say). */
function splitTextIncludes(children: PhrasingContent[], index: number, text: string, lines: LineIndex): number {
  const node = children[index] as Text;
  const base = startOf(node);
  // Offsets only hold when the text node's value is its source verbatim (no escapes, no entities).
  if (text.slice(base, endOf(node)) !== node.value) return 1;
  const parts: PhrasingContent[] = [];
  let last = 0;
  INLINE_INCLUDE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE_INCLUDE.exec(node.value))) {
    if (m.index > last)
      parts.push({
        type: 'text',
        value: node.value.slice(last, m.index),
        position: positionOf(lines, base + last, base + m.index),
      });
    parts.push(includeNode(m[1]!, m[2]!, false, positionOf(lines, base + m.index, base + m.index + m[0].length)));
    last = m.index + m[0].length;
  }
  if (parts.length === 0) return 1;
  if (last < node.value.length)
    parts.push({ type: 'text', value: node.value.slice(last), position: positionOf(lines, base + last, endOf(node)) });
  children.splice(index, 1, ...parts);
  return parts.length;
}

function anchorFrom(
  node: Html,
  next: PhrasingContent | undefined,
  lines: LineIndex,
): { node: RootContent; consumed: number } | undefined {
  const whole = ANCHOR_WHOLE.exec(node.value);
  if (whole)
    return { node: { type: 'docfxAnchor', id: whole[2]!, value: node.value, position: node.position }, consumed: 1 };
  const open = ANCHOR_OPEN.exec(node.value);
  if (open && next?.type === 'html' && ANCHOR_CLOSE.test(next.value)) {
    return {
      node: {
        type: 'docfxAnchor',
        id: open[2]!,
        value: node.value + next.value,
        position: positionOf(lines, startOf(node), endOf(next)),
      },
      consumed: 2,
    };
  }
  return undefined;
}

// ---- links: xref and tab links --------------------------------------------------------------

/** Mark `xref:` and `#tab/` links in `data.docfxLink` so rules need not re-parse URLs. */
function markLinks(tree: Root): void {
  walk(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const url = node.url;
    const kind = /^xref:/i.test(url) ? 'xref' : url.startsWith('#tab/') ? 'tab' : undefined;
    if (kind) node.data = { ...node.data, docfxLink: kind };
  });
}

declare module 'mdast' {
  interface ParagraphData {
    /** Set by the DocFX layer: inline `:::image` directives inside the paragraph's text. */
    docfxInline?: DocfxTripleColon[];
  }
  interface LinkData {
    /** Set by the DocFX layer: an `xref:` link or a tab link (`#tab/...`). */
    docfxLink?: 'xref' | 'tab';
  }
  interface DefinitionData {
    docfxLink?: 'xref' | 'tab';
  }
}
