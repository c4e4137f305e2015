/** `yaml-duplicate-key`: a key given twice in one mapping of a TOC; the build keeps the later value. */
import { defineRule } from '../define.js';

export const yamlDuplicateKey = defineRule({
  meta: {
    id: 'yaml-duplicate-key',
    family: 'toc',
    description: 'A key appears twice in one mapping of a TOC file; the later value wins',
    severity: 'warn',
    fileKinds: ['toc'],
    messages: {
      duplicate: "Key '{{key}}' is already defined",
    },
  },
  check({ tree, report }) {
    for (const key of tree.data?.toc?.duplicateKeys ?? []) {
      report({
        span: key.span,
        messageId: 'duplicate',
        data: { key: key.value },
        detail: 'remove one of them: the Learn build keeps the later value',
      });
    }
  },
});
