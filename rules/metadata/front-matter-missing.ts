/**
 * `front-matter-missing`: a Markdown page with no YAML front matter at its very top, or with a
 * block that follows blank lines or comments (the summary marks it `misplaced`).
 */
import { defineRule } from '../define.js';
import { FILE_START } from '../../src/text/line-index.js';
import { isPage } from './shared/metadata.js';

export const frontMatterMissing = defineRule({
  meta: {
    id: 'front-matter-missing',
    family: 'metadata',
    description: 'A Markdown page does not start with a YAML front matter block',
    severity: 'error',
    messages: { missing: 'Missing front matter', misplaced: '{{problem}}' },
  },
  checkDocset(ctx) {
    // Structured FAQ (.yml) files carry metadata in `metadata:`; include files and files the
    // build does not publish (a repository README) need none.
    if (ctx.summary.kind !== 'markdown' || !isPage(ctx.path, ctx.docset)) return;
    const metadata = ctx.summary.metadata;
    if (!metadata) {
      ctx.report({
        messageId: 'missing',
        detail: "start the file with a '---' block of metadata (title, description, ms.date)",
        span: FILE_START,
      });
    } else if (metadata.misplaced) {
      for (const problem of metadata.problems)
        ctx.report({ messageId: 'misplaced', data: { problem: problem.message }, span: problem.span });
    }
  },
});
