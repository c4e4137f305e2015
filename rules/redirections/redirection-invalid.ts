/** `redirection-invalid`: a redirected source in the build scope that is not a page (a TOC, an image). */
import path from 'node:path';
import { defineRule } from '../define.js';
import { isPageSource, resolvedEntries } from './entries.js';

export const redirectionInvalid = defineRule({
  meta: {
    id: 'redirection-invalid',
    family: 'redirections',
    description: 'A redirected source in the build scope is not a page (a TOC file, an image)',
    severity: 'error',
    fileKinds: ['redirection'],
    messages: {
      invalid: 'Only pages can be redirected',
    },
  },
  checkDocset(context) {
    for (const { written, source } of resolvedEntries(context)) {
      if (!source || !context.docset.inBuildScope(source)) continue;
      if (isPageSource(source)) continue;
      context.report({
        span: written.span,
        messageId: 'invalid',
        detail: `'${path.posix.basename(source)}' is not a page; the build ignores this entry`,
      });
    }
  },
});
