/** `link-syntax`: a destination the Learn build cannot use: backslashes, a local file path, nothing. */
import { defineRule } from '../define.js';
import { resolveLink } from '../../src/docset/resolve-link.js';

export const linkSyntax = defineRule({
  meta: {
    id: 'link-syntax',
    family: 'links',
    description: 'A link uses backslashes, points to a local file (C:\\..., file://) or has an empty destination',
    severity: 'error',
  },
  check(context) {
    for (const reference of context.summary.references) {
      const destination = resolveLink(reference.url, { from: context.path });
      if (destination.kind !== 'invalid') continue;
      const url = reference.url.trim();
      if (destination.reason === 'empty') {
        if (reference.kind === 'include') continue; // include-not-found
        context.report({ span: reference.span, message: 'Link has an empty destination' });
      } else if (destination.reason === 'local-file') {
        context.report({ span: reference.span, message: `Link '${url}' points to a local file`, detail: 'use a relative path instead' });
      } else {
        const slashed = url.replace(/\\|%5C/gi, '/');
        context.report({ span: reference.span, message: `Link '${url}' uses backslashes`, detail: `write '${slashed}'`, suggestions: [slashed] });
      }
    }
  },
});
