/** `redirection-conflict`: a source redirected twice (across every redirection file); the later entry is reported. */
import path from 'node:path';
import { defineRule } from '../define.js';
import { repositoryPath, resolvedEntries } from './entries.js';

export const redirectionConflict = defineRule({
  meta: {
    id: 'redirection-conflict',
    family: 'redirections',
    description: 'A source is redirected by more than one entry (in any redirection file); the first wins',
    severity: 'error',
    fileKinds: ['redirection'],
    messages: {
      conflict: 'Source redirected more than once',
    },
  },
  checkDocset(context) {
    const file = repositoryPath(context);
    for (const { entry, written, redirectUrl, source } of resolvedEntries(context)) {
      // A moniker-specific entry redirects one version of the page: not judged here.
      if (!source || entry.hasMonikers || !context.docset.inBuildScope(source)) continue;
      const winner = context.docset.redirectionOf(source);
      if (!winner) continue;
      const here =
        winner.file === file &&
        winner.line === written.span.start.line &&
        winner.column === written.span.start.column + 1;
      if (here) continue;
      const where = winner.file === file ? `at line ${winner.line}` : `in '${winner.file}' line ${winner.line}`;
      context.report({
        span: redirectUrl.span,
        messageId: 'conflict',
        detail: `'${path.posix.basename(source)}' is first redirected ${where}, which wins`,
      });
    }
  },
});
