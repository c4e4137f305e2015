/** h1-multiple: a Markdown article with more than one H1 (tab headings aside): the page has one title. */
import { defineRule } from '../define.js';

export const h1Multiple = defineRule({
  meta: {
    id: 'h1-multiple',
    family: 'faq',
    description: 'A Markdown article has more than one H1',
    severity: 'warn',
    messages: { multiple: "More than one H1: '{{heading}}'" },
  },
  check({ summary, report }) {
    if (summary.kind !== 'markdown') return;
    // Tab headings (`# [Linux](#tab/linux)`, no id) render as tabs, not as H1s.
    const h1s = summary.headings.filter((h) => h.depth === 1 && h.id !== undefined);
    const first = h1s[0];
    for (const h1 of h1s.slice(1)) {
      report({
        messageId: 'multiple',
        data: { heading: h1.text.trim() },
        detail: `the page title is the H1 at line ${first!.span.start.line}; make this one an H2`,
        span: h1.span,
      });
    }
  },
});
