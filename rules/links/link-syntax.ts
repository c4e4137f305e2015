/**
 * `link-syntax`: a destination the Learn build cannot use (a local file path, nothing), an error;
 * or one it only reads after normalising it (backslashes), a warning with a fix.
 */
import { defineRule } from '../define.js';
import { hasBackslash, resolveLink } from '../../src/docset/resolve-link.js';

export const linkSyntax = defineRule({
  meta: {
    id: 'link-syntax',
    family: 'links',
    description:
      'A link points to a local file (C:\\..., file://) or has an empty destination (errors), or uses backslashes (a fixable warning)',
    severity: 'error',
    fixable: true,
    messages: {
      empty: 'Link has an empty destination',
      localFile: "Link '{{url}}' points to a local file",
      backslashes: "Link '{{url}}' uses backslashes",
    },
  },
  check(context) {
    for (const reference of context.summary.references) {
      const destination = resolveLink(reference.url, { from: context.path });
      const url = reference.url.trim();
      if (destination.kind === 'invalid' && destination.reason === 'empty') {
        if (reference.kind === 'include') continue; // include-not-found
        context.report({ span: reference.span, messageId: 'empty' });
      } else if (destination.kind === 'invalid') {
        context.report({
          span: reference.span,
          messageId: 'localFile',
          data: { url },
          detail: 'use a relative path instead',
        });
      } else if (destination.kind !== 'external' && hasBackslash(url)) {
        // The build reads `\` as `/` (the link is then checked like any other); writers should not rely on it.
        const slashed = url.replace(/\\|%5C/gi, '/');
        const range = reference.urlRange;
        context.report({
          span: reference.span,
          severity: 'warn',
          messageId: 'backslashes',
          data: { url },
          detail: `write '${slashed}'`,
          fix: range ? { range, text: slashed } : undefined,
          suggestions: [slashed],
        });
      }
    }
  },
});
