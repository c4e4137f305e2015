/** `invalid-toc-level`: a TOC.md heading that skips a level (the build drops the entry). */
import { defineRule } from '../define.js';

export const invalidTocLevel = defineRule({
  meta: {
    id: 'invalid-toc-level',
    family: 'toc',
    description: 'A TOC.md heading skips a level (a ### right under a #), or goes above the first heading',
    severity: 'error',
    fileKinds: ['toc'],
    messages: {
      level: 'TOC level skipped from {{from}} to {{to}}',
    },
  },
  check({ tree, report }) {
    for (const problem of tree.data?.toc?.markdownProblems ?? []) {
      if (problem.kind === 'level')
        report({
          span: problem.span,
          messageId: 'level',
          data: { from: problem.from ?? 0, to: problem.to ?? 0 },
          detail: 'each entry is one level below its parent; the first heading sets the top level',
        });
    }
  },
});
