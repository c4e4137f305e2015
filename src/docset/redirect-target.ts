/**
 * Where a redirection leads, as a file of this docset when it can be told: a relative
 * `redirect_url` is relative to the redirected page's folder (docfx v3 `RedirectionProvider`
 * resolves it against the page's URL), a site path (`/azure/aks/x`) maps through the config's
 * `sitePrefixes`, an absolute Learn URL is read as its site path. Pure over the `DocsetView`.
 */
import path from 'node:path';
import type { DocsetView, Redirection } from '../types.js';
import { LOCALE_SEGMENT, percentDecode, siteCandidates, splitUrl } from './resolve-link.js';

const LEARN_HOSTS = /^https?:\/\/(?:www\.)?(?:learn|docs)\.microsoft\.com(?=\/|$)/i;

/** The docset files a redirect URL may be served from, best first (none when it cannot be told). */
export function redirectCandidates(
  redirectUrl: string,
  source: string,
  sitePrefixes: Record<string, string>,
): string[] {
  const url = redirectUrl.replace(LEARN_HOSTS, '');
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return []; // another site
  const target = percentDecode(splitUrl(url).path);
  if (target.startsWith('/')) return siteCandidates(target.replace(LOCALE_SEGMENT, '') || '/', sitePrefixes) ?? [];
  if (target === '') return [];
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(source), target));
  if (base.startsWith('../') || base === '..') return [];
  if (target.endsWith('/')) return [`${base.replace(/\/$/, '')}/index.md`];
  if (/\.(md|yml)$/i.test(base)) return [base];
  return [`${base}.md`, `${base}.yml`, `${base}/index.md`, `${base}/index.yml`];
}

/** Where a redirection finally leads in this docset: the file, and the fragment of the last redirect URL. */
export interface RedirectTarget {
  file: string;
  /** The `#fragment` of the redirect URL that led to the file, as written, if any. */
  fragment: string | undefined;
}

/**
 * The docset file a redirection finally serves, following redirections of its target in turn
 * (a chain, cut at a loop or after 10 steps); undefined when it leads to no file of this docset.
 */
export function redirectTarget(
  docset: DocsetView,
  redirection: Redirection,
  sitePrefixes: Record<string, string>,
): RedirectTarget | undefined {
  const seen = new Set<string>();
  let current: Redirection | undefined = redirection;
  while (current && !seen.has(current.source) && seen.size < 10) {
    seen.add(current.source);
    const candidates = redirectCandidates(current.redirectUrl, current.source, sitePrefixes);
    const file = candidates.find((c) => docset.hasFile(c));
    if (file) return { file, fragment: splitUrl(current.redirectUrl).fragment };
    current = candidates.map((c) => docset.redirectionOf(c)).find((r) => r !== undefined);
  }
  return undefined;
}
