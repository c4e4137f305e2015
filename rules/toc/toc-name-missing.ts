/**
 * `toc-name-missing`: a TOC entry with no name, or an empty one (the build's `missing-attribute`
 * for `name`). An entry with a `uid` may take its name from the xref: not reported.
 */
import { defineRule } from '../define.js';

export const tocNameMissing = defineRule({
  meta: {
    id: 'toc-name-missing',
    family: 'toc',
    description: 'A TOC entry has no name (or an empty one), so the table of contents shows nothing for it',
    severity: 'warn',
    fileKinds: ['toc'],
    messages: {
      missing: 'TOC entry has no name',
    },
  },
  check({ tree, report }) {
    for (const node of tree.data?.toc?.nodes ?? []) {
      if (node.uid || (node.name && node.name.value !== '')) continue;
      const href = node.href ?? node.topicHref ?? node.tocHref;
      report({
        span: node.name?.span ?? node.span,
        messageId: 'missing',
        detail: href ? `the entry for '${href.value}' needs a 'name'` : "add a 'name'",
      });
    }
  },
});
