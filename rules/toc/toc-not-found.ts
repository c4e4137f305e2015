/** `toc-not-found`: a TOC include of a folder (`x/`) that holds no `toc.md`, `toc.json` or `toc.yml`. */
import { tocIncludeTarget } from '../../src/docset/toc-include-target.js';
import { defineRule } from '../define.js';

export const tocNotFound = defineRule({
  meta: {
    id: 'toc-not-found',
    family: 'toc',
    description: 'A TOC includes a folder (x/) that has no toc.yml, toc.json or toc.md',
    severity: 'warn',
    fileKinds: ['toc'],
    messages: {
      notFound: "No TOC file in folder '{{href}}'",
    },
  },
  checkDocset({ summary, docset, path, report }) {
    for (const reference of summary.references) {
      if (reference.kind !== 'toc-include') continue;
      const target = tocIncludeTarget(docset, path, reference.url);
      if (target.kind !== 'folder-without-toc') continue;
      report({
        span: reference.span,
        messageId: 'notFound',
        data: { href: reference.url.trim() },
        detail: `looked for toc.md, toc.json and toc.yml in '${target.folder || '.'}'`,
      });
    }
  },
});
