/**
 * Run notes: what a run could not check, told once per run instead of silently skipped (a miss
 * must be visible). Bookmarks into pages that include files from a dependent repository that is
 * not available here, links inside moniker ranges, and redirection files that could not be read.
 */
import path from 'node:path';
import type { Docset } from '../docset/docset.js';
import type { UncheckedBookmark, UncheckedZoneLink } from '../types.js';
import { printable } from '../text/printable.js';

/** One note of a run: a sentence, with its figures for machine formats. */
export type RunNote =
  | {
      kind: 'dependent-repository-unavailable';
      message: string;
      /** The repository's `path_to_root`, its `url`, and where faq-lint looked for it (absolute). */
      repository: string;
      url: string;
      expectedAt: string;
      /** Bookmark links not checked, and the distinct pages they point into. */
      bookmarks: number;
      pages: number;
    }
  | { kind: 'redirection-file-unreadable'; message: string; file: string; reason: string }
  | {
      kind: 'links-in-moniker-zones';
      message: string;
      /** Links whose target was not checked, and the files they are in. */
      links: number;
      files: number;
    }
  | {
      kind: 'changed-mode-full-run';
      message: string;
      /** Changed files among the run's files, and the number above which everything is linted. */
      changed: number;
      threshold: number;
    };

const count = (n: number, one: string, many: string): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The notes of a run, per docset, from what its rules left unchecked. Sorted, deduplicated. */
export function runNotes(
  unchecked: ReadonlyMap<Docset, readonly (UncheckedBookmark | UncheckedZoneLink)[]>,
  cwd: string,
): RunNote[] {
  const notes: RunNote[] = [];
  const zoneLinks = new Set<string>();
  const zoneFiles = new Set<string>();
  for (const [docset, list] of unchecked) {
    const byRepository = new Map<string, { bookmarks: number; pages: Set<string> }>();
    for (const item of list) {
      if ('kind' in item) {
        zoneLinks.add(`${docset.root}\0${item.page}\0${item.offset}`);
        zoneFiles.add(`${docset.root}\0${item.page}`);
        continue;
      }
      const { repository, page } = item;
      const entry = byRepository.get(repository) ?? { bookmarks: 0, pages: new Set<string>() };
      entry.bookmarks++;
      entry.pages.add(page);
      byRepository.set(repository, entry);
    }
    for (const [name, { bookmarks, pages }] of [...byRepository].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const repository = docset.dependentRepositories.find((r) => r.name === name);
      const url = repository?.url ?? '';
      const expectedAt = repository?.expectedAt ?? path.join(docset.root, name);
      const where = path.relative(cwd, expectedAt) || '.';
      const message =
        `${count(bookmarks, 'bookmark', 'bookmarks')} on ${count(pages.size, 'page', 'pages')} ${bookmarks === 1 ? 'was' : 'were'} not checked because ` +
        `${pages.size === 1 ? 'it includes' : 'they include'} files from '${name}', which is not available; clone ${url || 'it'} into ${where} or map it with \`dependentRepositories\`.`;
      notes.push({
        kind: 'dependent-repository-unavailable',
        message: printable(message),
        repository: name,
        url,
        expectedAt,
        bookmarks,
        pages: pages.size,
      });
    }
  }
  if (zoneLinks.size > 0) notes.push(monikerZoneNote(zoneLinks.size, zoneFiles.size));
  return notes;
}

/** The note of links left unchecked inside moniker ranges (see `ReferenceSummary.monikerZone`). */
function monikerZoneNote(links: number, files: number): RunNote {
  const message =
    `${count(links, 'link', 'links')} in ${count(files, 'file', 'files')} ${links === 1 ? 'stands' : 'stand'} inside moniker ranges (::: moniker range="...") and ${links === 1 ? 'was' : 'were'} not checked: ` +
    'the Learn build shows a range only for the versions it shares with the page and drops it otherwise, which faq-lint cannot tell without the moniker definitions.';
  return { kind: 'links-in-moniker-zones', message, links, files };
}

/**
 * The note of a changed-mode run whose change was too large to pay (see `fullRunThreshold`):
 * every file was linted, and the rules that compare with the git base did not run.
 */
export function fullRunNote({ changed, threshold }: { changed: number; threshold: number }): RunNote {
  const message =
    `${count(changed, 'file', 'files')} changed, more than the ${threshold.toLocaleString('en-US')} above which linting only the changes costs more than linting everything: ` +
    'every file was linted as in a full run, and ms-date-not-updated (which compares with the git base) was not checked.';
  return { kind: 'changed-mode-full-run', message, changed, threshold };
}

/** Notes for redirection files a docset could not read (only when its redirections were needed). */
export function redirectionNotes(docsets: Iterable<Docset>): RunNote[] {
  const notes: RunNote[] = [];
  for (const docset of docsets) {
    for (const { file, reason } of docset.loadedRedirections()?.problems ?? []) {
      const message = `Redirection file '${file}' was not read (${reason}): links to the pages it redirects may be reported as missing.`;
      notes.push({ kind: 'redirection-file-unreadable', message: printable(message), file, reason });
    }
  }
  return notes;
}
