/**
 * `front-matter-invalid`: the metadata block does not parse into a mapping of unique keys: a
 * YAML syntax error (at the error's own place), a value that is not a mapping, a duplicate
 * key, or a block opened with `---` that is never closed.
 */
import { defineRule } from '../define.js';

export const frontMatterInvalid = defineRule({
  meta: {
    id: 'front-matter-invalid',
    family: 'metadata',
    description: 'The front matter is not valid YAML, not a mapping, has a duplicate key, or is never closed',
    severity: 'error',
    // The summary's metadata problems are worded where the YAML is read (src/parse/metadata.ts).
    messages: { problem: '{{problem}}' },
  },
  check(ctx) {
    // Include files too: a broken block is broken wherever it is. A misplaced block is
    // front-matter-missing's (the build sees no front matter at all).
    const metadata = ctx.summary.metadata;
    if (!metadata || metadata.misplaced) return;
    // A syntax error leaves no entries, and the errors after the first are its echoes: report
    // the first. With entries, the problems are duplicate keys: report each.
    const problems = metadata.entries.length === 0 ? metadata.problems.slice(0, 1) : metadata.problems;
    for (const problem of problems)
      ctx.report({ messageId: 'problem', data: { problem: problem.message }, span: problem.span });
  },
});
