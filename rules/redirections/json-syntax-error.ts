/**
 * `json-syntax-error`: a redirection file or a `toc.json` that is not valid JSON (comments and
 * trailing commas are fine, as in the build); the build reads nothing from it.
 */
import { defineRule } from '../define.js';

export const jsonSyntaxError = defineRule({
  meta: {
    id: 'json-syntax-error',
    family: 'redirections',
    description: 'A redirection file or toc.json is not valid JSON: the build reads nothing from it',
    severity: 'error',
    fileKinds: ['redirection', 'toc'],
    messages: {
      syntax: 'JSON syntax error: {{problem}}',
    },
  },
  check({ tree, report }) {
    const toc = tree.data?.toc;
    const error = tree.data?.redirectionFile?.syntaxError ?? (toc?.format === 'json' ? toc.syntaxError : undefined);
    if (error)
      report({
        span: error.span,
        messageId: 'syntax',
        data: { problem: error.message },
        detail: toc
          ? 'the Learn build stops at the first error and publishes no TOC from this file (comments and trailing commas are accepted)'
          : 'comments and trailing commas are accepted, as the Learn build accepts them',
      });
  },
});
