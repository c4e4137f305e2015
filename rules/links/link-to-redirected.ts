/**
 * `link-to-redirected`: a relative link to a page that a redirection file redirects. The link
 * still works (the build serves the redirect), but writers are asked to link to the new page.
 * Fixable when the redirect leads to a file of this docset.
 */
import { redirectTarget } from '../../src/docset/redirect-target.js';
import { normaliseFragment, splitUrl } from '../../src/docset/resolve-link.js';
import { defineRule } from '../define.js';
import { asLinkFrom, destinationOf, inMonikerZone, isRootRelative, NAVIGATION_KINDS, pageIds } from './targets.js';

export const linkToRedirected = defineRule({
  meta: {
    id: 'link-to-redirected',
    family: 'links',
    description: 'A relative link points to a redirected page: link to the page it redirects to',
    severity: 'warn',
    fixable: true,
    messages: { redirected: "'{{path}}' was moved to '{{redirectUrl}}'" },
  },
  checkDocset(context) {
    const { docset, summary } = context;
    for (const reference of summary.references) {
      if (!NAVIGATION_KINDS.has(reference.kind)) continue;
      const destination = destinationOf(reference, context);
      if (inMonikerZone(reference, destination, context)) continue;
      if (destination.kind !== 'file' || destination.trailingSlash) continue;
      const redirection = docset.redirectionOf(destination.path);
      if (!redirection) continue;
      const url = reference.url.trim();
      const written = splitUrl(url).path;
      // The new link: the target file, written as this link writes paths, with the query and a
      // fragment that the new page has (or the redirect's own); no fix when it cannot be told.
      const target = redirectTarget(docset, redirection, context.settings.sitePrefixes);
      let replacement: string | undefined;
      if (target !== undefined) {
        const { query, fragment: linkFragment } = splitUrl(url);
        const fragment = linkFragment || target.fragment;
        const wanted = normaliseFragment(fragment);
        if (!wanted || pageIds(docset, target.file)?.includes(wanted)) {
          replacement = `${asLinkFrom(target.file, context.path, isRootRelative(url))}${query === undefined ? '' : `?${query}`}${wanted ? `#${fragment!}` : ''}`;
        }
      }
      const range = reference.urlRange;
      context.report({
        span: reference.span,
        messageId: 'redirected',
        data: { path: written, redirectUrl: redirection.redirectUrl },
        detail: replacement === undefined ? undefined : `link to '${replacement}'`,
        fix: range && replacement !== undefined ? { range, text: replacement } : undefined,
        suggestions: replacement === undefined ? undefined : [replacement],
      });
    }
  },
});
