/** `redirected-file-not-removed`: a redirected source file that still exists in the repository. */
import { defineRule } from '../define.js';
import { isPageSource, resolvedEntries } from './entries.js';

export const redirectedFileNotRemoved = defineRule({
  meta: {
    id: 'redirected-file-not-removed',
    family: 'redirections',
    description: 'A redirected source file still exists: delete it once it is redirected',
    severity: 'warn',
    fileKinds: ['redirection'],
    messages: {
      notRemoved: 'Redirected file still exists',
    },
  },
  checkDocset(context) {
    for (const { written, source } of resolvedEntries(context)) {
      // An entry the build refuses (redirection-invalid) redirects nothing.
      if (!source || !context.docset.inBuildScope(source) || !isPageSource(source) || !context.docset.hasFile(source))
        continue;
      context.report({
        span: written.span,
        messageId: 'notRemoved',
        detail: `delete '${source}': the build serves the redirect, not the file`,
      });
    }
  },
});
