/**
 * Every link in the docset to one of some ids on some pages: find references of a heading, and
 * the links a heading rename rewrites. A link counts as the bookmark rule reads it: `page.md#id`,
 * a site link mapped to the page, or `#id` written in the page or in a file it includes.
 */
import path from 'node:path';
import { NAVIGATION_KINDS } from '../../rules/links/targets.js';
import type { Docset } from '../docset/docset.js';
import { includedFiles } from '../docset/pages.js';
import type { LintSession } from '../engine/session.js';
import type { ReferenceSummary } from '../types.js';
import { targetOf } from './targets.js';

/** A link to one of the ids. */
export interface BookmarkLink {
  /** The linking file, absolute. */
  absolute: string;
  reference: ReferenceSummary;
  /** The id it names. */
  id: string;
  /** [start, end) offsets of the id as written (after `#`), when the URL is written verbatim. */
  idRange: [number, number] | undefined;
}

/** Files that may hold such a link: the pages, the files they include, and every file referencing a page. */
function candidates(session: LintSession, docset: Docset, pages: readonly string[]): string[] {
  const files = new Set<string>();
  for (const page of pages) {
    files.add(page);
    for (const referrer of session.referrers(docset, page)) files.add(referrer);
    const pending = [page];
    while (pending.length > 0) {
      for (const included of includedFiles(docset, pending.pop()!).files) {
        if (files.has(included)) continue;
        files.add(included);
        pending.push(included);
      }
    }
  }
  return [...files].sort();
}

/** Every link in the docset to one of `ids` on one of `pages` (docset-relative). Needs the index. */
export function linksTo(
  session: LintSession,
  docset: Docset,
  pages: readonly string[],
  ids: ReadonlySet<string>,
): BookmarkLink[] {
  const links: BookmarkLink[] = [];
  const seen = new Set<string>();
  for (const relative of candidates(session, docset, pages)) {
    const absolute = path.join(docset.root, relative);
    const file = session.file(absolute);
    if (!file?.summary) continue;
    let text: string | undefined;
    for (const reference of file.summary.references) {
      if (!NAVIGATION_KINDS.has(reference.kind)) continue;
      const target = targetOf(file, reference);
      if (!target?.fragment || !ids.has(target.fragment) || !target.pages.some((page) => pages.includes(page)))
        continue;
      text ??= session.text(absolute) ?? '';
      const idRange = idRangeOf(text, reference);
      // One definition serves every reference-style link that uses it: one edit.
      const key = `${absolute}\u0000${idRange ? idRange.join(':') : reference.span.start.offset}`;
      if (seen.has(key)) continue;
      seen.add(key);
      links.push({ absolute, reference, id: target.fragment, idRange });
    }
  }
  return links;
}

/** Where the id stands in the URL, when the URL is written verbatim and its id is too. */
function idRangeOf(text: string, reference: ReferenceSummary): [number, number] | undefined {
  if (!reference.urlRange) return undefined;
  const [start, end] = reference.urlRange;
  const hash = text.slice(start, end).indexOf('#');
  return hash === -1 ? undefined : [start + hash + 1, end];
}
