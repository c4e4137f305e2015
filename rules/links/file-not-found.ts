/** `file-not-found`: a link, image or snippet whose file does not exist in the docset (exact case). */
import { suggestFile } from '../../src/docset/suggestions.js';
import { defineRule } from '../define.js';
import type { DocsetView } from '../../src/types.js';
import { asLinkFrom, destinationOf, inMonikerZone, isRootRelative, suggestionText } from './targets.js';
import { detailOf, meant } from '../../src/text/detail.js';

/** True when a site link's page exists (site URLs are case-insensitive) or is redirected. */
function siteTargetExists(docset: DocsetView, candidates: readonly string[]): boolean {
  return candidates.some(
    (c) => docset.hasFile(c) || docset.caseVariants(c).length > 0 || docset.redirectionOf(c) !== undefined,
  );
}

export const fileNotFound = defineRule({
  meta: {
    id: 'file-not-found',
    family: 'links',
    description:
      'A link, image or code snippet points to a file that does not exist in the docset (paths are case-sensitive)',
    severity: 'error',
    // A TOC's hrefs to pages are checked like links (docfx v3, TocLoader.ProcessTopicItem).
    fileKinds: ['markdown', 'faq-yaml', 'toc'],
    messages: {
      leavesDocset: "Link '{{url}}' leaves the docset",
      siteNotFound: "Cannot find a file for site link '{{url}}'",
      trailingSlash: "Link '{{url}}' ends with '/' but names a file",
      outsideSymlink: "Link '{{url}}' goes through a symlink that leaves the repository",
      folder: "Link '{{url}}' points to a folder, not to a file",
      notFound: "Cannot find file '{{url}}'",
    },
  },
  checkDocset(context) {
    const { docset, summary } = context;
    for (const reference of summary.references) {
      // include-not-found, toc-not-found, invalid-code (the build warns about a missing snippet there)
      if (reference.kind === 'include' || reference.kind === 'toc-include' || reference.kind === 'docfx-code') continue;
      const destination = destinationOf(reference, context);
      if (inMonikerZone(reference, destination, context)) continue;
      const url = reference.url.trim();
      const span = reference.span;
      // The build fetches dependent repositories, and serves the redirect of a redirected page (link-to-redirected).
      if (
        (destination.kind === 'outside' || destination.kind === 'file') &&
        docset.unavailableRepositoryOf(destination.path)
      )
        continue;
      if (destination.kind === 'file' && docset.redirectionOf(destination.path)) continue;
      if (destination.kind === 'outside') {
        context.report({
          span,
          messageId: 'leavesDocset',
          data: { url },
          detail: `it resolves to '${destination.path}': the Learn build cannot publish or check it`,
        });
      } else if (destination.kind === 'site' && destination.candidates) {
        if (destination.candidates.length > 0 && siteTargetExists(docset, destination.candidates)) continue;
        const first = destination.candidates[0];
        const similar = first === undefined ? undefined : suggestFile(docset, first, context.path);
        const suggestion = similar?.kind === 'file' ? similar.path : similar?.redirection.redirectUrl;
        context.report({
          span,
          messageId: 'siteNotFound',
          data: { url },
          detail: detailOf(`looked for '${first ?? '(outside the docset)'}'`, meant(suggestion)),
        });
      } else if (destination.kind === 'file') {
        const target = destination.path;
        if (destination.trailingSlash) {
          if (docset.hasFile(target)) {
            const suggestion = asLinkFrom(target, context.path, isRootRelative(url));
            context.report({
              span,
              messageId: 'trailingSlash',
              data: { url },
              detail: detailOf(`'${target}' is a file, not a folder`, meant(suggestion)),
            });
            continue;
          }
        } else if (docset.hasFile(target)) continue;
        const link = docset.outsideLink(target);
        if (link !== undefined) {
          context.report({
            span,
            messageId: 'outsideSymlink',
            data: { url },
            detail: `'${link}' leads outside the repository: faq-lint does not follow it, and the Learn build cannot publish it`,
          });
          continue;
        }
        // A folder is not a page: the Learn build serves no file there.
        if (docset.hasFolder(target)) {
          context.report({ span, messageId: 'folder', data: { url }, detail: `'${target || '.'}' is a folder` });
          continue;
        }
        const suggestion = suggestionText(
          suggestFile(docset, target, context.path),
          docset,
          context,
          isRootRelative(url),
        );
        context.report({
          span,
          messageId: 'notFound',
          data: { url },
          detail: detailOf(target === url ? undefined : `resolved to '${target}'`, meant(suggestion)),
          suggestions: suggestion ? [suggestion] : undefined,
        });
      }
    }
  },
});
