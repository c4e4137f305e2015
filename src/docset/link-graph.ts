/**
 * Who references what in a docset, and which files a change may affect. The lint run never needs
 * it (it checks every file once); the language server does: after an edit it re-checks only the
 * files whose cross-file findings may change, and finds every link into a heading to rename it.
 */
import { includedFiles } from './pages.js';
import { resolveLink } from './resolve-link.js';
import type { DocsetView, FileSummary } from '../types.js';

/** The docset files a summary's references name (links, images, includes; site links a prefix maps), deduplicated. */
export function referencedFiles(summary: FileSummary, sitePrefixes: Record<string, string> = {}): string[] {
  const targets = new Set<string>();
  for (const reference of summary.references) {
    const destination = resolveLink(reference.url, { from: summary.path, sitePrefixes });
    if (destination.kind === 'file') targets.add(destination.path);
    else if (destination.kind === 'site') for (const candidate of destination.candidates ?? []) targets.add(candidate);
  }
  targets.delete(summary.path);
  return [...targets];
}

/** Sources and targets of references between the files of a docset, kept up to date file by file. */
export class LinkGraph {
  private readonly targetsBySource = new Map<string, readonly string[]>();
  private readonly sourcesByTarget = new Map<string, Set<string>>();

  /** Record (or replace) what `source` references. */
  set(source: string, targets: readonly string[]): void {
    this.delete(source);
    this.targetsBySource.set(source, targets);
    for (const target of targets) {
      let sources = this.sourcesByTarget.get(target);
      if (!sources) this.sourcesByTarget.set(target, (sources = new Set()));
      sources.add(source);
    }
  }

  /** Forget what `source` references (it was deleted). */
  delete(source: string): void {
    for (const target of this.targetsBySource.get(source) ?? []) this.sourcesByTarget.get(target)?.delete(source);
    this.targetsBySource.delete(source);
  }

  /** The files with a reference to `target`, sorted. */
  referrers(target: string): string[] {
    return [...(this.sourcesByTarget.get(target) ?? [])].sort();
  }
}

/** `start` and every file reached from it by `next`, transitively (cycle-safe). */
function closure(start: string, next: (file: string) => readonly string[]): Set<string> {
  const seen = new Set([start]);
  const pending = [start];
  while (pending.length > 0) {
    for (const file of next(pending.pop()!)) {
      if (seen.has(file)) continue;
      seen.add(file);
      pending.push(file);
    }
  }
  return seen;
}

/**
 * The files whose cross-file findings may change when `file`'s content changes: the pages that
 * show it (itself and every file including it, transitively), every file referencing one of those
 * pages (links and bookmarks into them, includes of them), and every file those pages include
 * (a `#x` written in an include is checked against the pages showing it). Call it with the docset
 * as it was and as it is after the change, and take both: an include removed matters too.
 */
export function affectedBy(docset: DocsetView, graph: LinkGraph, file: string): Set<string> {
  const shown = closure(file, (f) => docset.includersOf(f));
  const affected = new Set(shown);
  for (const page of shown) {
    for (const referrer of graph.referrers(page)) affected.add(referrer);
    for (const included of closure(page, (f) => includedFiles(docset, f).files)) affected.add(included);
  }
  return affected;
}
