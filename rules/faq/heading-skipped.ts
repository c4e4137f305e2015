/** heading-skipped: a heading more than one level deeper than the heading before it (H2 to H4). */
import { defineRule } from '../define.js';

export const headingSkipped = defineRule({
  meta: { id: 'heading-skipped', family: 'faq', description: 'A heading skips a level (an H4 right after an H2)', severity: 'warn' },
  check({ summary, report }) {
    if (summary.kind !== 'markdown') return;
    let previous: (typeof summary.headings)[number] | undefined;
    for (const heading of summary.headings) {
      // Tab headings (`# [Linux](#tab/linux)`, no id) render as tabs, not in the outline.
      if (heading.id === undefined) continue;
      if (previous && heading.depth > previous.depth + 1) {
        report({
          message: `Heading level skipped: H${heading.depth} after H${previous.depth}`,
          detail: `the H${previous.depth} is at line ${previous.span.start.line}; use H${previous.depth + 1}`,
          span: heading.span,
        });
      }
      previous = heading;
    }
  },
});
