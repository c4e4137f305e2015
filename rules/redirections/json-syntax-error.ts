/** `json-syntax-error`: a redirection file that is not valid JSON (comments and trailing commas are fine, as in the build). */
import { defineRule } from '../define.js';

export const jsonSyntaxError = defineRule({
  meta: {
    id: 'json-syntax-error',
    family: 'redirections',
    description: 'A redirection file is not valid JSON: the build reads none of its redirections',
    severity: 'error',
    fileKinds: ['redirection'],
    messages: {
      syntax: 'JSON syntax error: {{problem}}',
    },
  },
  check({ tree, report }) {
    const error = tree.data?.redirectionFile?.syntaxError;
    if (error)
      report({
        span: error.span,
        messageId: 'syntax',
        data: { problem: error.message },
        detail: 'comments and trailing commas are accepted, as the Learn build accepts them',
      });
  },
});
