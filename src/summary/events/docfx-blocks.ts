/**
 * What a paragraph or a blockquote turns out to be once it ends, as the DocFX syntax layer
 * (src/parse/docfx.ts) would rewrite it in the tree: a block include, triple-colon blocks, a
 * video, a div with an anchor, or what it collected, kept.
 */
import type { Token } from 'micromark-util-types';
import { blockIncludeOf, blockquoteKind, firstLineOf, inlineImagesOf, tripleColonBlocksOf } from '../../parse/docfx.js';
import { nodeSpan } from '../../parse/positions.js';
import { tripleColonReferences } from '../summarise-markdown.js';
import { mergeCollected } from './pending.js';
import { spanOf, type SummaryBuilder } from './summary-builder.js';

export const INCLUDE_MARKER = /\[!INCLUDE/i;

/** A paragraph ended: a block include, triple-colon blocks, or a paragraph. False: an inline include. */
export function paragraphEnded(builder: SummaryBuilder, token: Token): boolean {
  const { text, lines, siblings, frames } = builder;
  builder.flushPending(builder.parent());
  const inline = siblings.pop()!;
  const frame = frames.pop()!;
  const start = token.start.offset;
  const source = text.slice(start, token.end.offset);
  const outer = builder.here();
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
    mergeCollected(outer, frame.collected);
  }
  // The first paragraph of a blockquote decides what the blockquote is (blockquoteEnded).
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
export function blockquoteEnded(builder: SummaryBuilder, token: Token): void {
  const { text, lines } = builder;
  builder.flushPending(builder.parent());
  builder.siblings.pop();
  const frame = builder.frames.pop()!;
  const outer = builder.here();
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
  mergeCollected(outer, frame.collected);
}
