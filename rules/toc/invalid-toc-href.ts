/** `invalid-toc-href`: a `tocHref` that names neither a TOC file, a folder (`x/`) nor an absolute path or URL. */
import { tocHrefType } from '../../src/toc/href-type.js';
import { defineRule } from '../define.js';

export const invalidTocHref = defineRule({
  meta: {
    id: 'invalid-toc-href',
    family: 'toc',
    description:
      'A tocHref names a page instead of a TOC file (toc.yml, toc.json, toc.md), a folder (x/) or an absolute URL',
    severity: 'error',
    fileKinds: ['toc'],
    messages: {
      invalid: "tocHref '{{href}}' names a page, not a TOC",
    },
  },
  check({ tree, report }) {
    for (const node of tree.data?.toc?.nodes ?? []) {
      if (!node.tocHref?.value || tocHrefType(node.tocHref.value) !== 'file') continue;
      report({
        span: node.tocHref.span,
        messageId: 'invalid',
        data: { href: node.tocHref.value },
        detail: "a tocHref is a TOC file, a folder (x/) or an absolute URL; a page goes in 'href'",
      });
    }
  },
});
