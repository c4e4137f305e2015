/** `link-insecure`: an `http://` link to a Microsoft site. Fixable to `https://`. */
import { defineRule } from '../define.js';
import { hostMatches, httpUrl } from './microsoft-urls.js';

/** Options of `link-insecure`. */
export interface LinkInsecureOptions {
  /** Domains (and their subdomains) that serve https, so an http link to them is reported. */
  hosts: string[];
  [key: string]: unknown;
}

export const linkInsecure = defineRule<LinkInsecureOptions>({
  meta: {
    id: 'link-insecure',
    family: 'links',
    description: 'An http:// link to a Microsoft site; use https://',
    severity: 'warn',
    fixable: true,
    schema: {
      type: 'object',
      properties: {
        hosts: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description: 'Domains (and subdomains) whose http links are reported.',
        },
      },
      additionalProperties: false,
    },
    defaults: {
      hosts: [
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
    },
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
        message: `Link '${written}' uses http`,
        detail: `use '${secure}'`,
        fix: range ? { range, text: secure } : undefined,
        suggestions: [secure],
      });
    }
  },
});
