/**
 * `preserve-view-not-set`: a link to a Learn page with `?view=` and no `preserve-view=true`.
 * Learn rewrites the view of such links to the reader's current one; a writer who meant a
 * specific version says so. The Learn build's `preserve-view-not-set` (PreserveViewNotSet).
 */
import type { ReferenceKind } from '../../src/types.js';
import { defineRule } from '../define.js';
import { hostMatches, httpUrl } from '../links/microsoft-urls.js';

/** Hosts that serve Learn pages. */
const LEARN_HOSTS = ['learn.microsoft.com', 'docs.microsoft.com'];
const LINK_KINDS: ReadonlySet<ReferenceKind> = new Set(['link', 'reference-link', 'autolink', 'html-a']);

/** The query of a Learn URL or site path (`/sql/...?view=x`), or undefined for any other link. */
export function learnQuery(url: string): URLSearchParams | undefined {
  const trimmed = url.trim();
  const absolute = httpUrl(trimmed);
  if (absolute) return hostMatches(absolute.hostname, LEARN_HOSTS) ? absolute.searchParams : undefined;
  if (!trimmed.startsWith('/') || trimmed.startsWith('//')) return undefined;
  const query = trimmed.indexOf('?');
  if (query === -1) return undefined;
  const hash = trimmed.indexOf('#', query);
  return new URLSearchParams(trimmed.slice(query + 1, hash === -1 ? undefined : hash));
}

export const preserveViewNotSet = defineRule({
  meta: {
    id: 'preserve-view-not-set',
    family: 'content',
    description: "A Learn link sets '?view=' without 'preserve-view=true', so Learn may show another version",
    severity: 'warn',
    messages: {
      notSet: "Link sets '?view=' without 'preserve-view=true'",
    },
  },
  check({ summary, report }) {
    for (const reference of summary.references) {
      if (!LINK_KINDS.has(reference.kind)) continue;
      const query = learnQuery(reference.url);
      // Anywhere in the URL, as written: a `&preserve-view=true` after the `#` counts too (silence when in doubt).
      if (!query?.has('view') || /preserve-view=true/i.test(reference.url)) continue;
      report({
        span: reference.span,
        messageId: 'notSet',
        detail: "add '&preserve-view=true' to keep this version, or remove '?view='",
      });
    }
  },
});
