/** `source-path-conflict`: an entry with both `source_path` and `source_path_from_root`; the build drops it. */
import { defineRule } from '../define.js';

export const sourcePathConflict = defineRule({
  meta: {
    id: 'source-path-conflict',
    family: 'redirections',
    description: "A redirection entry has both 'source_path' and 'source_path_from_root' (the build drops it)",
    severity: 'error',
    fileKinds: ['redirection'],
    messages: {
      conflict: "Both 'source_path' and 'source_path_from_root'",
    },
  },
  check({ summary, report }) {
    for (const entry of summary.redirectionEntries ?? []) {
      if (!entry.sourcePath || !entry.sourcePathFromRoot) continue;
      report({
        span: (entry.redirectUrl ?? entry).span,
        messageId: 'conflict',
        detail: 'keep one: the build drops the entry, so its source is not redirected',
      });
    }
  },
});
