/** `bookmark-not-found`: `#x` or `file.md#x` where the target page has no element with id `x`. */
import path from 'node:path';
import { defineRule } from '../define.js';
import type { DocsetView } from '../../src/types.js';
import { closestId, destinationOf, hostPages, NAVIGATION_KINDS, pageIds } from './targets.js';
import { detailOf, meant } from '../../src/text/detail.js';

/** The Markdown page a destination shows, when it exists; undefined otherwise (nothing to check). */
function targetPage(docset: DocsetView, candidates: readonly string[]): string | undefined {
  for (const candidate of candidates) {
    if (docset.hasFile(candidate)) return /\.md$/i.test(candidate) ? candidate : undefined;
    const sameCase = docset.similarPaths(candidate).find((s) => s.toLowerCase() === candidate.toLowerCase());
    if (sameCase) return /\.md$/i.test(sameCase) ? sameCase : undefined;
  }
  return undefined;
}

export const bookmarkNotFound = defineRule({
  meta: {
    id: 'bookmark-not-found',
    family: 'links',
    description: 'A bookmark (#id) matches no heading, anchor or element id of the target page',
    severity: 'error',
  },
  checkDocset(context) {
    const { docset, summary } = context;
    for (const reference of summary.references) {
      if (!NAVIGATION_KINDS.has(reference.kind)) continue;
      const destination = destinationOf(reference, context);
      let pages: string[];
      let fragment: string | undefined;
      if (destination.kind === 'bookmark') {
        // In an include, `#x` is a bookmark of the page(s) that include it.
        pages = hostPages(docset, context.path);
        fragment = destination.fragment;
      } else if (destination.kind === 'file' && !destination.trailingSlash) {
        const page = targetPage(docset, [destination.path]);
        pages = page ? [page] : [];
        fragment = destination.fragment;
      } else if (destination.kind === 'site' && destination.candidates) {
        const page = targetPage(docset, destination.candidates);
        pages = page ? [page] : [];
        fragment = destination.fragment;
      } else continue;
      // `a.md#` is not checked; `#top` is the top of every page (docfx BookmarkValidator).
      if (!fragment || fragment === 'top') continue;
      const missing = pages.filter((page) => !(pageIds(docset, page) ?? [fragment]).includes(fragment));
      if (missing.length === 0) continue;
      const suggestion = closestId(fragment, pageIds(docset, missing[0]!) ?? []);
      // Pages named from the linking file's folder, as a writer would link them.
      const where = missing.map((page) => `'${path.posix.relative(path.posix.dirname(context.path), page)}'`).join(' and ');
      context.report({
        span: reference.span,
        message: `Cannot find bookmark '#${fragment}'`,
        detail: detailOf(`in ${where}`, meant(suggestion === undefined ? undefined : `#${suggestion}`)),
        suggestions: suggestion === undefined ? undefined : [`#${suggestion}`],
      });
    }
  },
});
