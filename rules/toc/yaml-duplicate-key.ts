/** `yaml-duplicate-key`: a key given twice in one mapping of a TOC; the build keeps the later value. */
import { defineRule } from '../define.js';

const messages = {
  duplicate: (key: string) => `Key '${key}' is already defined`,
};

export const yamlDuplicateKey = defineRule({
  meta: {
    id: 'yaml-duplicate-key',
    family: 'toc',
    description: 'A key appears twice in one mapping of a TOC file; the later value wins',
    severity: 'warn',
    fileKinds: ['toc'],
  },
  check({ tree, report }) {
    for (const key of tree.data?.toc?.duplicateKeys ?? []) {
      report({
        span: key.span,
        message: messages.duplicate(key.value),
        detail: 'remove one of them: the Learn build keeps the later value',
      });
    }
  },
});
