/** `docs-link-absolute`: an absolute Microsoft Learn URL that should be site-relative. Fixable. */
import { defineRule } from '../define.js';
import { httpUrl, localeOf } from './microsoft-urls.js';
import { NAVIGATION_KINDS } from './targets.js';

const LEARN_HOSTS = ['learn.microsoft.com', 'docs.microsoft.com'];

/** The site-relative form of a Learn URL: path without the locale, then query and fragment. */
export function siteRelative(url: URL): string {
  const locale = localeOf(url.pathname);
  const path = locale === undefined ? url.pathname : url.pathname.slice(locale.length + 1) || '/';
  return `${path}${url.search}${url.hash}`;
}

export const docsLinkAbsolute = defineRule({
  meta: {
    id: 'docs-link-absolute',
    family: 'links',
    description:
      'A link to learn.microsoft.com or docs.microsoft.com is absolute; Learn links should be site-relative (/azure/...)',
    severity: 'warn',
    fixable: true,
    messages: { absolute: 'Link to Microsoft Learn is absolute' },
  },
  check(context) {
    for (const reference of context.summary.references) {
      if (!NAVIGATION_KINDS.has(reference.kind)) continue;
      const url = httpUrl(reference.url);
      if (!url || !LEARN_HOSTS.includes(url.hostname.replace(/^www\./, ''))) continue;
      const relative = siteRelative(url);
      // An autolink `<https://...>` cannot hold a relative URL: no automatic fix there.
      const range = reference.kind === 'autolink' ? undefined : reference.urlRange;
      context.report({
        span: reference.span,
        messageId: 'absolute',
        detail: `make it site-relative: '${relative}'`,
        fix: range ? { range, text: relative } : undefined,
        suggestions: [relative],
      });
    }
  },
});
