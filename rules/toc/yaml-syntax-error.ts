/** `yaml-syntax-error`: a TOC that does not parse as YAML (or JSON); the build drops the whole TOC. */
import { defineRule } from '../define.js';

export const yamlSyntaxError = defineRule({
  meta: {
    id: 'yaml-syntax-error',
    family: 'toc',
    description: 'A TOC file (toc.yml, toc.json) is not valid YAML: the build drops the whole TOC',
    severity: 'error',
    fileKinds: ['toc'],
    messages: {
      syntax: 'YAML syntax error: {{problem}}',
    },
  },
  check({ tree, report }) {
    const error = tree.data?.toc?.syntaxError;
    if (error)
      report({
        span: error.span,
        messageId: 'syntax',
        data: { problem: error.message },
        detail: 'the Learn build stops at the first error and publishes no TOC from this file',
      });
  },
});
