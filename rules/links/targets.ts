/**
 * What the links rules share: the ids a rendered page has (its own and those of the files it
 * includes), the pages an include file is shown in, and "did you mean" helpers.
 */
import path from 'node:path';
import { includedFiles } from '../../src/docset/pages.js';
import { redirectTarget } from '../../src/docset/redirect-target.js';
import { resolveLink, type Destination } from '../../src/docset/resolve-link.js';
import type { Suggestion } from '../../src/docset/suggestions.js';
import type { DocsetView, ReferenceKind, ReferenceSummary, RuleOptions, DocsetContext } from '../../src/types.js';

/** Reference kinds that navigate to a page (and so may carry a bookmark); `:::image link=` and TOC entries too. */
export const NAVIGATION_KINDS: ReadonlySet<ReferenceKind> = new Set(['link', 'reference-link', 'autolink', 'html-a', 'docfx-image-link', 'toc-href']);
/** Reference kinds that embed a file: images, code snippets. */
export const EMBED_KINDS: ReadonlySet<ReferenceKind> = new Set(['image', 'reference-image', 'html-img', 'docfx-image', 'docfx-code', 'video']);

/** Resolve a reference written in the context's file. */
export function destinationOf(reference: ReferenceSummary, context: Pick<DocsetContext<RuleOptions>, 'path' | 'settings'>): Destination {
  return resolveLink(reference.url, { from: context.path, sitePrefixes: context.settings.sitePrefixes });
}

/** What is known of the ids of a rendered page. */
export interface PageIds {
  /** Every id, or undefined when they cannot all be known. */
  ids: string[] | undefined;
  /** Unavailable dependent repositories the page includes from (why the ids are unknown, if so). */
  repositories: string[];
}

const idCache = new WeakMap<DocsetView, Map<string, PageIds>>();

/**
 * Every id of the page rendered from `file`, in document order without repeats: heading ids,
 * anchors, then (recursively, each file once) the ids of the files it includes. The ids are
 * unknown when the file has no summary (not Markdown, unreadable), is a structured FAQ, or
 * includes (directly or not) a file faq-lint cannot read: from a dependent repository that is
 * not available, a redirected path, a file that does not decode. A missing include is not such a
 * file: the build renders the page without it, so its ids are the page's without it.
 */
export function pageIdsOf(docset: DocsetView, file: string): PageIds {
  let cache = idCache.get(docset);
  if (!cache) idCache.set(docset, (cache = new Map()));
  const cached = cache.get(file);
  if (cached) return cached;
  const summary = docset.summary(file);
  // No summary, or a structured FAQ: how Learn gives its questions ids is not established, so
  // every bookmark into it (or written inside it) is accepted (see rules/faq/faq-schema.md).
  if (!summary || summary.kind === 'faq-yaml') {
    const unknown = { ids: undefined, repositories: [] };
    cache.set(file, unknown);
    return unknown;
  }
  let complete = true;
  const repositories: string[] = [];
  const ids = new Set<string>();
  const visited = new Set<string>();
  const pending = [file];
  while (pending.length > 0) {
    const current = pending.shift()!;
    if (visited.has(current)) continue; // include cycles and repeated includes
    visited.add(current);
    const summary = docset.summary(current);
    if (!summary) {
      complete = false; // an included file that cannot be read
      continue;
    }
    for (const heading of summary.headings) if (heading.id !== undefined) ids.add(heading.id);
    for (const anchor of summary.anchors) ids.add(anchor.id);
    const included = includedFiles(docset, current);
    if (included.opaque) complete = false;
    for (const repository of included.repositories) if (!repositories.includes(repository)) repositories.push(repository);
    for (const next of included.files) pending.push(next);
  }
  const answer = { ids: complete && repositories.length === 0 ? [...ids] : undefined, repositories };
  cache.set(file, answer);
  return answer;
}

/** The ids of the page rendered from `file`, or undefined when they cannot all be known (see `pageIdsOf`). */
export function pageIds(docset: DocsetView, file: string): string[] | undefined {
  return pageIdsOf(docset, file).ids;
}

/**
 * The pages a file is shown in: itself when nobody includes it, else the top-level pages that
 * include it, directly or through other includes (cycle-safe). A `#x` written in an include is
 * checked against these (docfx LinkResolver: the bookmark is relative to the inclusion root).
 */
export function hostPages(docset: DocsetView, file: string): string[] {
  const roots: string[] = [];
  const visited = new Set<string>([file]);
  const pending = [file];
  while (pending.length > 0) {
    const current = pending.shift()!;
    const includers = docset.includersOf(current);
    if (includers.length === 0 && current !== file) roots.push(current);
    for (const includer of includers) {
      if (visited.has(includer)) continue;
      visited.add(includer);
      pending.push(includer);
    }
  }
  if (docset.includersOf(file).length === 0 || roots.length === 0) return [file];
  return roots.sort();
}

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
export function suggestionText(suggestion: Suggestion | undefined, docset: DocsetView, context: Pick<DocsetContext<RuleOptions>, 'path' | 'settings'>, rootRelative: boolean): string | undefined {
  if (!suggestion) return undefined;
  if (suggestion.kind === 'file') return asLinkFrom(suggestion.path, context.path, rootRelative);
  const target = redirectTarget(docset, suggestion.redirection, context.settings.sitePrefixes);
  return target === undefined ? suggestion.redirection.redirectUrl : asLinkFrom(target.file, context.path, rootRelative);
}

/** `, did you mean 'x'?` or `.` */
