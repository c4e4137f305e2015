/**
 * What the links rules share: the ids a rendered page has (its own and those of the files it
 * includes), the pages an include file is shown in, and "did you mean" helpers.
 */
import path from 'node:path';
import { redirectTarget } from '../../src/docset/redirect-target.js';
import { resolveLink, type Destination } from '../../src/docset/resolve-link.js';
import type { Suggestion } from '../../src/docset/suggestions.js';
import type { DocsetView, ReferenceKind, ReferenceSummary, RuleOptions, DocsetContext } from '../../src/types.js';

/** Reference kinds that navigate to a page (and so may carry a bookmark); `:::image link=` and TOC entries too. */
export const NAVIGATION_KINDS: ReadonlySet<ReferenceKind> = new Set([
  'link',
  'reference-link',
  'autolink',
  'html-a',
  'docfx-image-link',
  'toc-href',
]);

/** Destinations a links rule checks against the docset (not URLs of other sites, xrefs, tabs). */
const CHECKED_KINDS: ReadonlySet<Destination['kind']> = new Set(['file', 'site', 'bookmark', 'outside', 'invalid']);

/**
 * True when the reference stands inside a moniker range (`ReferenceSummary.monikerZone`): its
 * target is not checked, since the build may drop the range, and the run's note counts it (a miss
 * must be visible; a link skipped by several rules counts once).
 */
export function inMonikerZone(
  reference: ReferenceSummary,
  destination: Destination,
  context: Pick<DocsetContext<RuleOptions>, 'path' | 'notChecked'>,
): boolean {
  if (!reference.monikerZone) return false;
  if (isUncheckedZoneLink(reference, destination))
    context.notChecked({ kind: 'moniker-zone', page: context.path, offset: reference.span.start.offset });
  return true;
}

/**
 * True for a reference the links rules would check but leave unchecked because it stands inside a
 * moniker range: what the run note counts, and what the language server marks with a hint.
 */
export function isUncheckedZoneLink(reference: ReferenceSummary, destination: Destination): boolean {
  return reference.monikerZone === true && CHECKED_KINDS.has(destination.kind);
}

/** Resolve a reference written in the context's file. */
export function destinationOf(
  reference: ReferenceSummary,
  context: Pick<DocsetContext<RuleOptions>, 'path' | 'settings'>,
): Destination {
  return resolveLink(reference.url, { from: context.path, sitePrefixes: context.settings.sitePrefixes });
}

// The ids of a page and the pages a file is shown in are shared with the language server.
export { pageIds, pageIdsOf, type PageIds } from '../../src/docset/page-ids.js';
export { hostPages } from '../../src/docset/pages.js';

/** A docset path as the linking file would write it: `~/...` when the link did, else relative. */
export function asLinkFrom(target: string, from: string, rootRelative: boolean): string {
  if (rootRelative) return `~/${target}`;
  const relative = path.posix.relative(path.posix.dirname(from), target);
  return relative === '' ? path.posix.basename(target) : relative;
}

/** True when the link was written from the docset root (`~/`). */
export const isRootRelative = (url: string): boolean => /^\s*~\//.test(url);

/**
 * A suggestion as the linking file would write it: a file as a relative (or `~/`) path; a
 * redirected page as the file it redirects to, else its redirect URL.
 */
export function suggestionText(
  suggestion: Suggestion | undefined,
  docset: DocsetView,
  context: Pick<DocsetContext<RuleOptions>, 'path' | 'settings'>,
  rootRelative: boolean,
): string | undefined {
  if (!suggestion) return undefined;
  if (suggestion.kind === 'file') return asLinkFrom(suggestion.path, context.path, rootRelative);
  const target = redirectTarget(docset, suggestion.redirection, context.settings.sitePrefixes);
  return target === undefined
    ? suggestion.redirection.redirectUrl
    : asLinkFrom(target.file, context.path, rootRelative);
}

/** `, did you mean 'x'?` or `.` */
