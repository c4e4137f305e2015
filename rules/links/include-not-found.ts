/** `include-not-found`: an `[!INCLUDE]` whose file does not exist. */
import { suggestFile } from '../../src/docset/suggestions.js';
import { defineRule } from '../define.js';
import { destinationOf, inMonikerZone, isRootRelative, suggestionText } from './targets.js';
import { detailOf, meant } from '../../src/text/detail.js';

export const includeNotFound = defineRule({
  meta: {
    id: 'include-not-found',
    family: 'links',
    description: "An [!INCLUDE] names a file that does not exist (resolved from the including file's folder)",
    severity: 'error',
    messages: {
      empty: 'Include has an empty path.',
      leavesDocset: "Include '{{url}}' leaves the docset",
      outsideSymlink: "Include '{{url}}' goes through a symlink that leaves the repository",
      notFound: "Cannot find include file '{{url}}'",
    },
  },
  checkDocset(context) {
    const { docset, summary } = context;
    for (const reference of summary.references) {
      if (reference.kind !== 'include') continue;
      const destination = destinationOf(reference, context);
      // An include in a range the build drops is never expanded.
      if (inMonikerZone(reference, destination, context)) continue;
      const url = reference.url.trim();
      // A dependent repository that is not here is fetched by the build; a redirected path is the build's to follow.
      if (
        (destination.kind === 'outside' || destination.kind === 'file') &&
        docset.unavailableRepositoryOf(destination.path)
      )
        continue;
      if (destination.kind === 'file' && docset.redirectionOf(destination.path)) continue;
      if (destination.kind === 'invalid' && destination.reason === 'empty') {
        context.report({ span: reference.span, messageId: 'empty' });
      } else if (destination.kind === 'outside') {
        context.report({
          span: reference.span,
          messageId: 'leavesDocset',
          data: { url },
          detail: `it resolves to '${destination.path}'`,
        });
      } else if (
        destination.kind === 'file' &&
        /\.md$/i.test(destination.path) &&
        !destination.trailingSlash &&
        !docset.hasFile(destination.path)
      ) {
        const link = docset.outsideLink(destination.path);
        if (link !== undefined) {
          context.report({
            span: reference.span,
            messageId: 'outsideSymlink',
            data: { url },
            detail: `'${link}' leads outside the repository: faq-lint does not follow it`,
          });
          continue;
        }
        const suggestion = suggestionText(
          suggestFile(docset, destination.path, context.path),
          docset,
          context,
          isRootRelative(url),
        );
        context.report({
          span: reference.span,
          messageId: 'notFound',
          data: { url },
          detail: detailOf(
            destination.path === url ? undefined : `resolved to '${destination.path}'`,
            meant(suggestion),
          ),
          suggestions: suggestion ? [suggestion] : undefined,
        });
      }
    }
  },
});
