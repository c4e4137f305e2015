/** `invalid-toc-syntax`: a TOC.md block that is not an ATX heading with one link, one xref or text. */
import { defineRule } from '../define.js';

export const invalidTocSyntax = defineRule({
  meta: {
    id: 'invalid-toc-syntax',
    family: 'toc',
    description: 'A TOC.md block is not an ATX heading holding at most one link (or xref) and nothing else',
    severity: 'error',
    fileKinds: ['toc'],
    messages: {
      syntax: 'Not a TOC heading',
    },
  },
  check({ tree, report }) {
    for (const problem of tree.data?.toc?.markdownProblems ?? []) {
      if (problem.kind === 'syntax')
        report({
          span: problem.span,
          messageId: 'syntax',
          detail: 'a TOC.md line is `# [Name](page.md)`, `# <xref:uid>` or `# Name`, nothing more',
        });
    }
  },
});
