/**
 * "Did you mean" for a missing file: only what the writer most likely meant, never a mere
 * look-alike. A page written without its extension, a case-only difference, the redirect of a
 * redirected look-alike, the same name in another folder, or a close name in the same folder
 * (`isCloseName`); never the linking file itself. Pure over the `DocsetView`.
 */
import type { DocsetView, Redirection } from '../types.js';

/** What a missing path was likely meant to be: an existing file, or a redirected page. */
export type Suggestion = { kind: 'file'; path: string } | { kind: 'redirect'; redirection: Redirection };

/** The best suggestion for a missing docset path linked from `from`, or undefined. */
export function suggestFile(docset: DocsetView, target: string, from?: string): Suggestion | undefined {
  // A page link written without its extension.
  for (const extension of ['.md', '.yml']) {
    if (!target.endsWith(extension) && docset.hasFile(target + extension))
      return { kind: 'file', path: target + extension };
  }
  const similar = docset.similarPaths(target).filter((p) => p !== from);
  const lower = target.toLowerCase();
  const caseOnly = similar.find((p) => p.toLowerCase() === lower);
  if (caseOnly) return { kind: 'file', path: caseOnly };
  const redirected = docset.redirectedLookalikes(target).find((r) => r.source !== from);
  if (redirected) return { kind: 'redirect', redirection: redirected };
  return similar[0] === undefined ? undefined : { kind: 'file', path: similar[0] };
}
