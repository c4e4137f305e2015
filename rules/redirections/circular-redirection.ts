/** `circular-redirection`: redirects that lead back to where they started; each member at its own entry. */
import path from 'node:path';
import { redirectCandidates } from '../../src/docset/redirect-target.js';
import type { DocsetView } from '../../src/types.js';
import { defineRule } from '../define.js';
import { resolvedEntries } from './entries.js';

/** The chain from `source` through its redirects back to `source`, or undefined (URLs with a query are not followed). */
export function redirectCycle(
  docset: DocsetView,
  source: string,
  sitePrefixes: Record<string, string>,
): string[] | undefined {
  const chain = [source];
  let current = docset.redirectionOf(source);
  while (current && chain.length <= 50) {
    if (current.redirectUrl.includes('?')) return undefined;
    const next = redirectCandidates(current.redirectUrl, current.source, sitePrefixes).find(
      (c) => docset.redirectionOf(c) !== undefined,
    );
    if (next === undefined) return undefined;
    if (next === source) return [...chain, source];
    if (chain.includes(next)) return undefined; // a loop that does not pass through `source`
    chain.push(next);
    current = docset.redirectionOf(next);
  }
  return undefined;
}

export const circularRedirection = defineRule({
  meta: {
    id: 'circular-redirection',
    family: 'redirections',
    description: 'Redirects lead back to the page they start from',
    severity: 'warn',
    fileKinds: ['redirection'],
    messages: {
      circular: 'Redirects lead in a circle',
    },
  },
  checkDocset(context) {
    for (const { written, source } of resolvedEntries(context)) {
      if (!source || !context.docset.inBuildScope(source)) continue;
      const cycle = redirectCycle(context.docset, source, context.settings.sitePrefixes);
      const named = cycle?.map((file) => path.posix.relative(path.posix.dirname(context.path), file));
      if (named)
        context.report({
          span: written.span,
          messageId: 'circular',
          detail: `${named.join(' --> ')}; point one of them at a page`,
        });
    }
  },
});
