/** `yaml-syntax-error`: a `toc.yml` that does not parse as YAML; the build drops the whole TOC. */
import { defineRule } from '../define.js';

export const yamlSyntaxError = defineRule({
  meta: {
    id: 'yaml-syntax-error',
    family: 'toc',
    description: 'A TOC file (toc.yml) is not valid YAML: the build drops the whole TOC',
    severity: 'error',
    fileKinds: ['toc'],
    messages: {
      syntax: 'YAML syntax error: {{problem}}',
    },
  },
  check({ tree, report }) {
    const toc = tree.data?.toc;
    // A toc.json is read as JSON: its syntax errors are json-syntax-error's.
    const error = toc?.format === 'yaml' ? toc.syntaxError : undefined;
    if (error)
      report({
        span: error.span,
        messageId: 'syntax',
        data: { problem: error.message },
        detail: 'the Learn build stops at the first error and publishes no TOC from this file',
      });
  },
});
