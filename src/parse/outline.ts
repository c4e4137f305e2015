/**
 * A Markdown page's outline (`MarkdownOutline`, src/types.ts) from its DocFX-rewritten tree: the
 * reference for the outline the event summariser builds (src/summary/summarise-events.ts), and the
 * outline of a page that path declines or of a structured FAQ.
 */
import type { Link, LinkReference, Root } from 'mdast';
import type { MarkdownOutline } from '../types.js';
import { nodeSpan } from './positions.js';
import { walk } from './walk.js';

/** True when a link shows something: text that is not blank, code, an image, or HTML. */
export function hasVisibleText(link: Link | LinkReference): boolean {
  let visible = false;
  walk(link, (node) => {
    if (visible || node === link) return;
    if (node.type === 'text') visible = node.value.trim() !== '';
    else if (node.type !== 'emphasis' && node.type !== 'strong' && node.type !== 'delete' && node.type !== 'break')
      visible = true;
  });
  return visible;
}

export function outlineOfTree(tree: Root, text: string): MarkdownOutline {
  const outline: MarkdownOutline = { altTexts: [], blankLinks: [], pipeParagraphs: [], tripleColons: [], skipped: [] };
  walk(tree, (node) => {
    switch (node.type) {
      case 'image':
      case 'imageReference': {
        const span = nodeSpan(node);
        if (span && (node.alt ?? '').trim() === '')
          outline.altTexts.push({
            span,
            target: node.type === 'image' ? node.url : `[${node.label ?? node.identifier}]`,
          });
        return;
      }
      case 'html':
        if (/<img/i.test(node.value)) outline.altTexts.push({ html: node });
        return;
      case 'link':
      case 'linkReference': {
        const span = nodeSpan(node);
        // An autolink (`<https://...>`) shows its URL; an xref link shows the target's name.
        if (!span || text[span.start.offset] === '<' || (node.type === 'link' && node.data?.docfxLink === 'xref'))
          return;
        if (!hasVisibleText(node))
          outline.blankLinks.push({
            span,
            target: node.type === 'link' ? node.url : `[${node.label ?? node.identifier}]`,
          });
        return;
      }
      case 'paragraph': {
        const span = nodeSpan(node);
        if (span && text.slice(span.start.offset, span.end.offset).includes('|')) outline.pipeParagraphs.push(span);
        for (const directive of node.data?.docfxInline ?? [])
          outline.tripleColons.push({
            name: directive.name,
            start: directive.position?.start.offset ?? 0,
            block: false,
          });
        return;
      }
      case 'docfxTripleColon':
        outline.tripleColons.push({ name: node.name, start: node.position?.start.offset ?? 0, block: true });
        return;
      case 'code':
      case 'yaml':
        if (node.position) outline.skipped.push([node.position.start.line, node.position.end.line]);
        return;
      default:
    }
  });
  return outline;
}
