/**
 * `link-text-missing`: a Markdown link with no visible text (`[](x.md)`), which screen readers
 * announce as the bare URL. The Learn build's `link-text-missing` (LinkTextPresent).
 */
import type { Link, LinkReference } from 'mdast';
import { nodeSpan } from '../../src/parse/positions.js';
import { walk } from '../../src/parse/walk.js';
import { defineRule } from '../define.js';

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

/**
 * A `[...]` whose source could render as no visible text: blanks, emphasis markers, hard breaks,
 * character references (which may be blanks), blockquote markers of continued lines. Every link
 * without visible text has such a label; most pages have none, so most need no syntax tree here.
 */
const BLANK_LABEL = /\[(?:[\s*_~\\>]|&#?[a-zA-Z0-9]+;)*\]/;

export const linkTextMissing = defineRule({
  meta: {
    id: 'link-text-missing',
    family: 'content',
    description: 'A link has no visible text (`[](url)`): say where it goes',
    severity: 'warn',
    messages: {
      missing: "Link '{{url}}' has no text",
    },
  },
  check(context) {
    const { text, report } = context;
    // Only a label that could show nothing can make a finding; without one the tree is not read.
    if (!BLANK_LABEL.test(text)) return;
    walk(context.tree, (node) => {
      if (node.type !== 'link' && node.type !== 'linkReference') return;
      const link = node;
      const span = nodeSpan(link);
      // An autolink (`<https://...>`) shows its URL; an xref link shows the target's name.
      if (!span || text[span.start.offset] === '<' || (link.type === 'link' && link.data?.docfxLink === 'xref'))
        return 'skip';
      if (hasVisibleText(link)) return 'skip';
      const url = link.type === 'link' ? link.url : `[${link.label ?? link.identifier}]`;
      report({
        span,
        messageId: 'missing',
        data: { url },
        detail: 'write the text the reader clicks, e.g. the title of the page it leads to',
      });
      return 'skip';
    });
  },
});
