/**
 * `redirect-target-not-found`: a `redirect_url` that leads into this docset (a relative URL, or a
 * site path under a configured site prefix) to a page that does not exist: the redirect lands on a 404.
 */
import { redirectCandidates } from '../../src/docset/redirect-target.js';
import { defineRule } from '../define.js';
import { resolvedEntries } from './entries.js';

export const redirectTargetNotFound = defineRule({
  meta: {
    id: 'redirect-target-not-found',
    family: 'redirections',
    description: 'A redirect_url leads to a page of this docset that does not exist (the redirect would land on a 404)',
    severity: 'error',
    fileKinds: ['redirection'],
    messages: {
      notFound: "Redirect target '{{url}}' does not exist",
    },
  },
  checkDocset(context) {
    const { docset, settings } = context;
    // Without the docset's docfx.json (a redirection file above it, linted on its own), the
    // pages' URLs, which relative redirect URLs are resolved against, are not known.
    if (!docset.hasFile('docfx.json')) return;
    for (const { redirectUrl, source } of resolvedEntries(context)) {
      if (!source || !docset.inBuildScope(source)) continue;
      const candidates = redirectCandidates(redirectUrl.value.trim(), source, settings.sitePrefixes);
      // A target outside the build's content (`../` above its src folder) is another part of the site.
      if (candidates.length === 0 || !docset.inBuildScope(candidates[0]!)) continue;
      const exists = candidates.some(
        (c) =>
          docset.hasFile(c) ||
          docset.caseVariants(c).length > 0 ||
          docset.redirectionOf(c) !== undefined ||
          docset.unavailableRepositoryOf(c) !== undefined,
      );
      if (exists) continue;
      context.report({
        span: redirectUrl.span,
        messageId: 'notFound',
        data: { url: redirectUrl.value.trim() },
        detail: `looked for '${candidates[0]}'`,
      });
    }
  },
});
