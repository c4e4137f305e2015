/**
 * What a change can break elsewhere in a docset, and which files it breaks. Pure functions
 * over summaries: the I/O (git, reading files) is in `select.ts`.
 */
import path from 'node:path';
import type { FileSummary } from '../types.js';
import { linkTarget } from './link-target.js';

/** What a change took away from one docset: whole files, and bookmarks of files that remain. */
export interface BrokenTargets {
  /** Docset-relative paths deleted or renamed away. */
  gone: Set<string>;
  /** Docset-relative path of a file still there -> ids (headings, anchors) it no longer has. */
  removedIds: Map<string, Set<string>>;
}

/** Every element id a file offers to bookmarks: heading ids and other anchors. */
export function idsOf(summary: FileSummary | undefined): Set<string> {
  const ids = new Set<string>();
  for (const heading of summary?.headings ?? []) if (heading.id !== undefined) ids.add(heading.id);
  for (const anchor of summary?.anchors ?? []) ids.add(anchor.id);
  return ids;
}

/** Ids `before` had and `after` does not (a renamed or deleted heading). */
export function removedIds(before: FileSummary | undefined, after: FileSummary | undefined): Set<string> {
  const now = idsOf(after);
  return new Set([...idsOf(before)].filter((id) => !now.has(id)));
}

/** `text` contains `name` as written or percent-encoded (links may encode a file name or id). */
function mentions(text: string, name: string): boolean {
  return text.includes(name) || text.includes(encodeURI(name)) || text.includes(encodeURIComponent(name));
}

/**
 * A cheap test before parsing a candidate: a file can only link to a gone file if it contains
 * that file's name, and to a removed id only if it contains the file's name and `#id`. Never
 * false when `breaksIn` would be true (the exact check, on the parsed summary).
 */
export function mayBreak(text: string, targets: BrokenTargets): boolean {
  for (const gone of targets.gone) if (mentions(text, path.posix.basename(gone))) return true;
  for (const [file, ids] of targets.removedIds) {
    if (!mentions(text, path.posix.basename(file))) continue;
    for (const id of ids) if (mentions(text, `#${id}`)) return true;
    // A fragment may be spelled with any percent-escapes (`#%61nchor`): parse to be sure.
    if (text.includes('%')) return true;
  }
  return false;
}

/** True when some reference of `summary` points at a gone file or at a removed id. */
export function breaksIn(summary: FileSummary, targets: BrokenTargets): boolean {
  for (const reference of summary.references) {
    const target = linkTarget(reference.url, summary.path);
    if (!target) continue;
    if (targets.gone.has(target.path)) return true;
    if (target.fragment !== undefined && targets.removedIds.get(target.path)?.has(target.fragment)) return true;
  }
  return false;
}
