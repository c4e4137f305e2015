/** `bookmark-not-found`: `#x` or `file.md#x` where the target page has no element with id `x`. */
import path from 'node:path';
import { closestId } from '../../src/text/similar.js';
import { detailOf, meant } from '../../src/text/detail.js';
import { defineRule } from '../define.js';
import type { DocsetView } from '../../src/types.js';
import { destinationOf, inMonikerZone, hostPages, NAVIGATION_KINDS, pageIdsOf } from './targets.js';

/**
 * The Markdown page a file link shows: the file itself, exact case (a case-mismatched file is
 * file-not-found only), unless it is redirected (the build does not check bookmarks through a
 * redirect). Undefined when there is nothing to check.
 */
function filePage(docset: DocsetView, path: string): string | undefined {
  return docset.hasFile(path) && /\.md$/i.test(path) && !docset.redirectionOf(path) ? path : undefined;
}

/** The Markdown page a site link shows: site URLs are case-insensitive. */
function sitePage(docset: DocsetView, candidates: readonly string[]): string | undefined {
  for (const candidate of candidates) {
    if (docset.redirectionOf(candidate)) return undefined;
    const found = docset.hasFile(candidate) ? candidate : docset.caseVariants(candidate)[0];
    if (found) return /\.md$/i.test(found) ? found : undefined;
  }
  return undefined;
}

export const bookmarkNotFound = defineRule({
  meta: {
    id: 'bookmark-not-found',
    family: 'links',
    description: 'A bookmark (#id) matches no heading, anchor or element id of the target page',
    severity: 'error',
    fileKinds: ['markdown', 'faq-yaml', 'toc'],
    messages: { notFound: "Cannot find bookmark '#{{fragment}}'" },
  },
  checkDocset(context) {
    const { docset, summary } = context;
    for (const reference of summary.references) {
      if (!NAVIGATION_KINDS.has(reference.kind)) continue;
      const destination = destinationOf(reference, context);
      if (inMonikerZone(reference, destination, context)) continue;
      let pages: string[];
      let fragment: string | undefined;
      if (destination.kind === 'bookmark') {
        // In an include, `#x` is a bookmark of the page(s) that include it.
        pages = hostPages(docset, context.path);
        fragment = destination.fragment;
      } else if (destination.kind === 'file' && !destination.trailingSlash) {
        const page = filePage(docset, destination.path);
        pages = page ? [page] : [];
        fragment = destination.fragment;
      } else if (destination.kind === 'site' && destination.candidates) {
        const page = sitePage(docset, destination.candidates);
        pages = page ? [page] : [];
        fragment = destination.fragment;
      } else continue;
      // `a.md#` is not checked; `#top` is the top of every page (docfx BookmarkValidator).
      if (!fragment || fragment === 'top') continue;
      const missing: { page: string; ids: string[] }[] = [];
      for (const page of pages) {
        const { ids, repositories } = pageIdsOf(docset, page);
        // Ids that cannot all be known: not checked, and said once per run when a repository is why.
        for (const repository of repositories) context.notChecked({ repository, page });
        if (ids && !ids.includes(fragment)) missing.push({ page, ids });
      }
      if (missing.length === 0) continue;
      const suggestion = closestId(fragment, missing[0]!.ids);
      // Pages named from the linking file's folder, as a writer would link them.
      const where = missing
        .map(({ page }) => `'${path.posix.relative(path.posix.dirname(context.path), page)}'`)
        .join(' and ');
      context.report({
        span: reference.span,
        messageId: 'notFound',
        data: { fragment },
        detail: detailOf(`in ${where}`, meant(suggestion === undefined ? undefined : `#${suggestion}`)),
        suggestions: suggestion === undefined ? undefined : [`#${suggestion}`],
      });
    }
  },
});
