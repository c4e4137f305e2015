/**
 * `yaml-syntax-error`: a `.yml` file the docset lints (a `toc.yml`, a structured FAQ) that does not
 * parse as YAML; the build stops at the first error and drops the whole file.
 */
import '../../src/faq-yaml/structure.js';
import type { Root } from 'mdast';
import type { Span } from '../../src/types.js';
import { defineRule } from '../define.js';

/** The first YAML syntax error of a `toc.yml` or a structured FAQ (the build reads no further). */
export function firstYamlError(tree: Root): { message: string; span: Span } | undefined {
  const toc = tree.data?.toc;
  // A toc.json is read as JSON: its syntax errors are json-syntax-error's.
  if (toc) return toc.format === 'yaml' ? toc.syntaxError : undefined;
  return tree.data?.faqYaml?.syntaxErrors[0];
}

export const yamlSyntaxError = defineRule({
  meta: {
    id: 'yaml-syntax-error',
    family: 'toc',
    description: 'A .yml file (toc.yml, a structured FAQ) is not valid YAML: the build drops the whole file',
    severity: 'error',
    fileKinds: ['toc', 'faq-yaml'],
    messages: {
      syntax: 'YAML syntax error: {{problem}}',
    },
  },
  check({ tree, report }) {
    const error = firstYamlError(tree);
    if (error)
      report({
        span: error.span,
        messageId: 'syntax',
        data: { problem: error.message },
        detail: tree.data?.toc
          ? 'the Learn build stops at the first error and publishes no TOC from this file'
          : 'the Learn build stops at the first error and publishes no page from this file',
      });
  },
});
