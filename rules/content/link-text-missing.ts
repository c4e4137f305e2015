/**
 * `link-text-missing`: a Markdown link with no visible text (`[](x.md)`), which screen readers
 * announce as the bare URL. The Learn build's `link-text-missing` (LinkTextPresent).
 */
import { defineRule } from '../define.js';

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
  // The outline lists the links that show no text (src/parse/outline.ts: hasVisibleText).
  check({ outline, report }) {
    for (const { span, target } of outline.blankLinks)
      report({
        span,
        messageId: 'missing',
        data: { url: target },
        detail: 'write the text the reader clicks, e.g. the title of the page it leads to',
      });
  },
});
