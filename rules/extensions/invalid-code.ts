/**
 * `invalid-code`: a `:::code` snippet the Learn build refuses (unknown attribute, no `source`, no
 * `language` and an extension it cannot map to one), and, as a warning, a snippet file that does not
 * exist (reported here instead of `file-not-found`). docfx v3, TripleColon/CodeExtension.cs.
 */
import { nodeSpan } from '../../src/parse/positions.js';
import { LineIndex } from '../../src/text/line-index.js';
import { codeProblem, readTripleColonOpening } from '../../src/parse/triple-colon-attributes.js';
import { walk } from '../../src/parse/walk.js';
import { defineRule } from '../define.js';
import { destinationOf } from '../links/targets.js';

export const invalidCode = defineRule({
  meta: {
    id: 'invalid-code',
    family: 'extensions',
    description:
      ':::code with an unknown attribute, no source, no inferable language, or a snippet file that does not exist',
    severity: 'error',
    messages: {
      refused: 'Snippet not rendered: {{problem}}',
      notFound: "Snippet '{{source}}' not found",
    },
  },
  check(context) {
    const { text, report } = context;
    // No `:::`, no snippet: the tree is not read (on the event path, not built).
    if (!text.includes(':::')) return;
    const lines = new LineIndex(text);
    walk(context.tree, (node) => {
      if (node.type !== 'docfxTripleColon' || node.name !== 'code') return;
      const span = nodeSpan(node);
      const opening = span && readTripleColonOpening(text, span.start.offset, true);
      const problem = opening ? codeProblem(opening) : undefined;
      if (!span || !opening || !problem) return;
      const where = problem.attribute
        ? lines.span(problem.attribute.nameStart, problem.attribute.valueEnd)
        : lines.span(span.start.offset, opening.end);
      report({
        span: where,
        messageId: 'refused',
        data: { problem: problem.message },
        detail: problem.detail ?? 'attributes: source (required), language, range, id, highlight, interactive',
      });
    });
  },
  checkDocset(context) {
    const { docset, summary } = context;
    for (const reference of summary.references) {
      if (reference.kind !== 'docfx-code') continue;
      const destination = destinationOf(reference, context);
      if (destination.kind !== 'file' || docset.hasFile(destination.path)) continue;
      // What the build fetches or redirects, and what faq-lint cannot read, is not judged here.
      if (
        docset.unavailableRepositoryOf(destination.path) ||
        docset.redirectionOf(destination.path) ||
        docset.outsideLink(destination.path)
      )
        continue;
      context.report({
        span: reference.span,
        severity: 'warn',
        messageId: 'notFound',
        data: { source: reference.url.trim() },
        detail: `resolved to '${destination.path}'`,
      });
    }
  },
});
