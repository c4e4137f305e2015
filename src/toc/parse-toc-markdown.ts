/**
 * Read a `TOC.md` into `TocData`, the way the Learn build reads it (docfx v3,
 * src/docfx/build/toc/TocParser.cs, `ParseMarkdown` and `BuildTree`): every block must be an ATX
 * heading (front matter and HTML comments are allowed); a heading holds one link, one xref, or
 * text; a heading's level is one more than its parent's, the first heading setting the top level.
 */
import type { Heading, Link, Root, RootContent } from 'mdast';
import { headingPlainText } from '../parse/heading-id.js';
import { nodeSpan } from '../parse/positions.js';
import type { LineIndex } from '../text/line-index.js';
import type { Span } from '../types.js';
import type { TocData, TocNodeData } from './model.js';

const spanOf = (node: RootContent, lines: LineIndex): Span => nodeSpan(node) ?? lines.span(0, 0);

export function readTocMarkdown(tree: Root, lines: LineIndex): TocData {
  const data: TocData = { format: 'markdown', duplicateKeys: [], nodes: [], markdownProblems: [] };
  const headings: Heading[] = [];
  for (const block of tree.children) {
    if (block.type === 'heading') headings.push(block);
    else if (block.type === 'yaml' || (block.type === 'html' && block.value.startsWith('<!--'))) continue;
    else {
      const span = spanOf(block, lines);
      // Reported once per block, at its first line.
      data.markdownProblems.push({
        kind: 'syntax',
        span: { start: span.start, end: lines.point(lines.lineStart(span.start.line + 1) - 1) },
      });
    }
  }
  // BuildTree: a stack of open levels; the first heading's parent is one level above it.
  const stack: number[] = headings.length > 0 ? [headings[0]!.depth - 1] : [];
  for (const heading of headings) {
    const node = tocNodeOf(heading, lines, data);
    if (!node) continue;
    while (stack.length > 0 && stack[stack.length - 1]! >= heading.depth) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent === undefined || heading.depth !== parent + 1) {
      data.markdownProblems.push({ kind: 'level', from: parent ?? 0, to: heading.depth, span: spanOf(heading, lines) });
    } else data.nodes.push(node);
    stack.push(heading.depth);
  }
  return data;
}

/** The entry of a heading, or undefined (with a syntax problem) when it mixes a link with more. */
function tocNodeOf(heading: Heading, lines: LineIndex, data: TocData): TocNodeData | undefined {
  const span = spanOf(heading, lines);
  const children = heading.children;
  const links = children.filter((c): c is Link => c.type === 'link');
  if (children.length > 1 && links.length > 0) {
    data.markdownProblems.push({ kind: 'syntax', span });
    return undefined;
  }
  const node: TocNodeData = { span, uid: false };
  if (children.length === 0) return node;
  const link = links[0];
  if (link && /^xref:/i.test(link.url)) return { ...node, uid: true };
  if (link) {
    const linkSpan = nodeSpan(link) ?? span;
    if (link.url !== '') node.href = { value: link.url, span: linkSpan };
    node.name = { value: headingPlainText(link), span: linkSpan };
    return node;
  }
  node.name = { value: headingPlainText(heading), span };
  return node;
}
