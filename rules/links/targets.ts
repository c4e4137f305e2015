/**
 * What the links rules share: the ids a rendered page has (its own and those of the files it
 * includes), the pages an include file is shown in, and "did you mean" helpers.
 */
import path from 'node:path';
import { includedFiles } from '../../src/docset/pages.js';
import { resolveLink, type Destination } from '../../src/docset/resolve-link.js';
import { editDistance } from '../../src/text/similar.js';
import type { DocsetView, ReferenceKind, ReferenceSummary, RuleOptions, DocsetContext } from '../../src/types.js';

/** Reference kinds that navigate to a page (and so may carry a bookmark). */
export const NAVIGATION_KINDS: ReadonlySet<ReferenceKind> = new Set(['link', 'reference-link', 'autolink', 'html-a']);
/** Reference kinds that embed a file: images, code snippets. */
export const EMBED_KINDS: ReadonlySet<ReferenceKind> = new Set(['image', 'reference-image', 'html-img', 'docfx-image', 'docfx-code', 'video']);

/** Resolve a reference written in the context's file. */
export function destinationOf(reference: ReferenceSummary, context: Pick<DocsetContext<RuleOptions>, 'path' | 'settings'>): Destination {
  return resolveLink(reference.url, { from: context.path, sitePrefixes: context.settings.sitePrefixes });
}

/**
 * True when the build can find a path this checkout cannot show: a dependent repository's
 * folder or a redirected file. Such targets are not reported (no false alarms).
 */
export function resolvedElsewhere(docset: DocsetView, target: string): boolean {
  return docset.inDependentRepository(target) || docset.isRedirected(target);
}

const idCache = new WeakMap<DocsetView, Map<string, string[] | undefined>>();

/**
 * Every id of the page rendered from `file`, in document order without repeats: heading ids,
 * anchors, then (recursively, each file once) the ids of the files it includes. Undefined when
 * they cannot all be known: the file has no summary (not Markdown, unreadable), or it includes
 * (directly or not) a file that is missing or comes from elsewhere.
 */
export function pageIds(docset: DocsetView, file: string): string[] | undefined {
  let cache = idCache.get(docset);
  if (!cache) idCache.set(docset, (cache = new Map()));
  if (cache.has(file)) return cache.get(file);
  const summary = docset.summary(file);
  // No summary, or a structured FAQ: how Learn gives its questions ids is not established, so
  // every bookmark into it (or written inside it) is accepted (see rules/faq/faq-schema.md).
  if (!summary || summary.kind === 'faq-yaml') return undefined;
  let complete = true;
  const ids = new Set<string>();
  const visited = new Set<string>();
  const pending = [file];
  while (pending.length > 0) {
    const current = pending.shift()!;
    if (visited.has(current)) continue; // include cycles and repeated includes
    visited.add(current);
    const summary = docset.summary(current);
    if (!summary) continue;
    for (const heading of summary.headings) if (heading.id !== undefined) ids.add(heading.id);
    for (const anchor of summary.anchors) ids.add(anchor.id);
    const included = includedFiles(docset, current);
    complete &&= included.complete;
    pending.push(...included.files);
  }
  const list = complete ? [...ids] : undefined;
  cache.set(file, list);
  return list;
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

/**
 * The closest existing bookmark: a case-only difference first, else the least edit distance
 * within 5 (docfx's threshold), ties to the first in page order.
 */
export function closestId(wanted: string, ids: readonly string[]): string | undefined {
  const lower = wanted.toLowerCase();
  const sameCase = ids.find((id) => id.toLowerCase() === lower);
  if (sameCase !== undefined) return sameCase;
  let best: string | undefined;
  let bestDistance = 6;
  for (const id of ids) {
    const d = editDistance(wanted, id, bestDistance - 1);
    if (d < bestDistance) {
      best = id;
      bestDistance = d;
    }
  }
  return best;
}

/** A docset path as the linking file would write it: `~/...` when the link did, else relative. */
export function asLinkFrom(target: string, from: string, rootRelative: boolean): string {
  if (rootRelative) return `~/${target}`;
  const relative = path.posix.relative(path.posix.dirname(from), target);
  return relative === '' ? path.posix.basename(target) : relative;
}

/** True when the link was written from the docset root (`~/`). */
export const isRootRelative = (url: string): boolean => /^\s*~\//.test(url);

/** Existing files the missing `target` was likely meant to be, best first. */
export function similarFiles(docset: DocsetView, target: string): string[] {
  const out: string[] = [];
  // A page link written without its extension.
  for (const extension of ['.md', '.yml']) if (!target.endsWith(extension) && docset.hasFile(target + extension)) out.push(target + extension);
  for (const similar of docset.similarPaths(target)) if (!out.includes(similar)) out.push(similar);
  return out;
}

/** `, did you mean 'x'?` or `.` */
