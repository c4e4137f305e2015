/**
 * `yaml-duplicate-key`: a key given twice in one mapping of a `.yml` file the docset lints (a
 * `toc.yml`, a structured FAQ, its `metadata` included); the build keeps the later value.
 */
import '../../src/faq-yaml/structure.js';
import { yamlDuplicateKeys } from '../../src/parse/yaml-duplicate-keys.js';
import { LineIndex } from '../../src/text/line-index.js';
import { defineRule } from '../define.js';
import { firstYamlError } from './yaml-syntax-error.js';

export const yamlDuplicateKey = defineRule({
  meta: {
    id: 'yaml-duplicate-key',
    family: 'toc',
    description: 'A key appears twice in one mapping of a .yml file (toc.yml, a structured FAQ); the later value wins',
    severity: 'warn',
    fileKinds: ['toc', 'faq-yaml'],
    messages: {
      duplicate: "Key '{{key}}' is already defined",
    },
  },
  check({ tree, text, report }) {
    // A file that does not parse is dropped: yaml-syntax-error says so, and nothing else.
    if (firstYamlError(tree)) return;
    const faq = tree.data?.faqYaml;
    const keys = tree.data?.toc?.duplicateKeys ?? (faq ? yamlDuplicateKeys(faq.yaml, new LineIndex(text)) : []);
    for (const key of keys) {
      report({
        span: key.span,
        messageId: 'duplicate',
        data: { key: key.value },
        detail: 'remove one of them: the Learn build keeps the later value',
      });
    }
  },
});
