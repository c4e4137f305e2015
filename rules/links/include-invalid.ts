/** `include-invalid`: an `[!INCLUDE]` whose target is not a Markdown file of the docset. */
import { defineRule } from '../define.js';
import { destinationOf } from './targets.js';

export const includeInvalid = defineRule({
  meta: {
    id: 'include-invalid',
    family: 'links',
    description: 'An [!INCLUDE] names something other than a Markdown (.md) file: a URL, a folder or another file type',
    severity: 'error',
    messages: { notMarkdown: "Include '{{url}}' is not a Markdown file" },
  },
  checkDocset(context) {
    for (const reference of context.summary.references) {
      if (reference.kind !== 'include') continue;
      const destination = destinationOf(reference, context);
      const url = reference.url.trim();
      // Empty, out-of-docset and missing .md targets are include-not-found; bad syntax is link-syntax.
      if (destination.kind === 'invalid' || destination.kind === 'outside') continue;
      if (destination.kind === 'file' && /\.md$/i.test(destination.path) && !destination.trailingSlash) continue;
      context.report({
        span: reference.span,
        messageId: 'notMarkdown',
        data: { url },
        detail: 'only Markdown (.md) files can be included',
      });
    }
  },
});
