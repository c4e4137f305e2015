/** `invalid-topic-href`: a `topicHref` to a folder or a TOC file, where a page is expected. */
import { tocHrefType } from '../../src/toc/href-type.js';
import { defineRule } from '../define.js';

export const invalidTopicHref = defineRule({
  meta: {
    id: 'invalid-topic-href',
    family: 'toc',
    description: 'A topicHref names a folder (x/) or a TOC file instead of a page',
    severity: 'error',
    fileKinds: ['toc'],
    messages: {
      invalid: "topicHref '{{href}}' names a TOC, not a page",
    },
  },
  check({ tree, report }) {
    for (const node of tree.data?.toc?.nodes ?? []) {
      const type = node.topicHref?.value ? tocHrefType(node.topicHref.value) : undefined;
      if (type !== 'folder' && type !== 'toc-file') continue;
      report({
        span: node.topicHref!.span,
        messageId: 'invalid',
        data: { href: node.topicHref!.value },
        detail: "a TOC to include goes in 'tocHref'; 'topicHref' names the entry's page",
      });
    }
  },
});
