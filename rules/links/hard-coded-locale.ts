/** `hard-coded-locale`: a link to a Microsoft docs site that pins a locale (`/en-us/`). */
import { Type } from '../option-schemas.js';
import { defineRule } from '../define.js';
import { hostMatches, httpUrl, localeOf } from './microsoft-urls.js';
import { splitUrl } from '../../src/docset/resolve-link.js';

export const hardCodedLocale = defineRule({
  meta: {
    id: 'hard-coded-locale',
    family: 'links',
    description: 'A link to a Microsoft docs site contains a locale code such as /en-us/',
    severity: 'warn',
    options: {
      hosts: Type.Array(Type.String({ minLength: 1 }), {
        default: [
          'learn.microsoft.com',
          'docs.microsoft.com',
          'azure.microsoft.com',
          'msdn.microsoft.com',
          'technet.microsoft.com',
        ],
        description: 'Hosts (and subdomains) whose links must not carry a locale.',
      }),
    },
    messages: { locale: "Link contains locale code '{{locale}}'" },
  },
  check(context) {
    for (const reference of context.summary.references) {
      if (reference.kind === 'include') continue;
      const url = reference.url.trim();
      const absolute = httpUrl(url);
      let locale: string | undefined;
      if (absolute) {
        if (hostMatches(absolute.hostname, context.options.hosts)) locale = localeOf(absolute.pathname);
      } else if (url.startsWith('/') && !url.startsWith('//')) {
        locale = localeOf(splitUrl(url).path); // a site-relative Learn link
      }
      if (locale === undefined) continue;
      context.report({
        span: reference.span,
        messageId: 'locale',
        data: { locale },
        detail: `for localizability, remove '${locale}' from links to Microsoft sites`,
      });
    }
  },
});
