/** `link-insecure`: an `http://` link to a Microsoft site. Fixable to `https://`. */
import { Type } from '../option-schemas.js';
import { defineRule } from '../define.js';
import { hostMatches, httpUrl } from './microsoft-urls.js';

export const linkInsecure = defineRule({
  meta: {
    id: 'link-insecure',
    family: 'links',
    description: 'An http:// link to a Microsoft site; use https://',
    severity: 'warn',
    fixable: true,
    options: {
      /** They serve https, so an http link to them is reported. */
      hosts: Type.Array(Type.String({ minLength: 1 }), {
        default: [
          'microsoft.com',
          'azure.com',
          'msdn.com',
          'visualstudio.com',
          'aka.ms',
          'windows.com',
          'office.com',
          'microsoftonline.com',
          'bing.com',
          'live.com',
          'skype.com',
          'xbox.com',
          'powerbi.com',
          'dynamics.com',
          'sharepoint.com',
        ],
        description: 'Domains (and subdomains) whose http links are reported.',
      }),
    },
    messages: { insecure: "Link '{{url}}' uses http" },
  },
  check(context) {
    for (const reference of context.summary.references) {
      if (reference.kind === 'include') continue;
      const url = httpUrl(reference.url);
      if (!url || url.protocol !== 'http:' || !hostMatches(url.hostname, context.options.hosts)) continue;
      const written = reference.url.trim();
      const secure = written.replace(/^http:/i, 'https:');
      const range = reference.urlRange;
      context.report({
        span: reference.span,
        messageId: 'insecure',
        data: { url: written },
        detail: `use '${secure}'`,
        fix: range ? { range, text: secure } : undefined,
        suggestions: [secure],
      });
    }
  },
});
