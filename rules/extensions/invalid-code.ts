/**
 * `invalid-code`: a `:::code` snippet the Learn build refuses (unknown attribute, no `source`, no
 * `language` and an extension it cannot map to one), and, as a warning, a snippet file that does not
 * exist (reported here instead of `file-not-found`). docfx v3, TripleColon/CodeExtension.cs.
 */
import { LineIndex } from '../../src/text/line-index.js';
import { codeProblem, readTripleColonOpening } from '../../src/parse/triple-colon-attributes.js';
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
  // The outline lists the triple-colon blocks; :::code is a block only.
  check({ outline, text, report }) {
    let lines: LineIndex | undefined;
    for (const { name, start, block } of outline.tripleColons) {
      if (!block || name !== 'code') continue;
      const opening = readTripleColonOpening(text, start, true);
      const problem = opening ? codeProblem(opening) : undefined;
      if (!opening || !problem) continue;
      lines ??= new LineIndex(text);
      const where = problem.attribute
        ? lines.span(problem.attribute.nameStart, problem.attribute.valueEnd)
        : lines.span(start, opening.end);
      report({
        span: where,
        messageId: 'refused',
        data: { problem: problem.message },
        detail: problem.detail ?? 'attributes: source (required), language, range, id, highlight, interactive',
      });
    }
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
