/** What the redirection rules share: each entry of the linted redirection file, with its resolved source. */
import path from 'node:path';
import { entrySource } from '../../src/docset/redirections.js';
import { isTocFileName } from '../../src/toc/href-type.js';
import type { DocsetContext, RedirectionEntrySummary, RuleOptions } from '../../src/types.js';

/** An entry the build keeps (one source key, a redirect URL), with its docset-relative source. */
export interface ResolvedEntry {
  entry: RedirectionEntrySummary;
  /** The written source value (`source_path` or `source_path_from_root`). */
  written: NonNullable<RedirectionEntrySummary['sourcePath']>;
  redirectUrl: NonNullable<RedirectionEntrySummary['redirectUrl']>;
  /** The source, docset-relative; undefined when it is outside the docset (the build skips it). */
  source: string | undefined;
}

/** True when the build drops the entry before resolving it (missing values, both source keys). */
export function isDropped(entry: RedirectionEntrySummary): boolean {
  const hasPath = entry.sourcePath !== undefined;
  const hasFromRoot = entry.sourcePathFromRoot !== undefined;
  return (
    hasPath === hasFromRoot ||
    !entry.redirectUrl ||
    entry.redirectUrl.value.trim() === '' ||
    (entry.sourcePath ?? entry.sourcePathFromRoot)!.value.trim() === ''
  );
}

/** The entries of the context's redirection file that the build keeps, resolved. */
export function resolvedEntries(
  context: Pick<DocsetContext<RuleOptions>, 'summary' | 'docset' | 'path'>,
): ResolvedEntry[] {
  const { docset } = context;
  const file = path.join(docset.root, context.path);
  const out: ResolvedEntry[] = [];
  for (const entry of context.summary.redirectionEntries ?? []) {
    if (isDropped(entry)) continue;
    const written = (entry.sourcePath ?? entry.sourcePathFromRoot)!;
    const source = entrySource(
      {
        ...(entry.sourcePath
          ? { sourcePath: entry.sourcePath.value }
          : { sourcePathFromRoot: entry.sourcePathFromRoot!.value }),
        redirectUrl: entry.redirectUrl!.value,
        line: 0,
        column: 0,
      },
      { file, repoRoot: docset.repositoryRoot, docsetRoot: docset.root },
    );
    out.push({ entry, written, redirectUrl: entry.redirectUrl!, source });
  }
  return out;
}

/** True when the build can redirect this source: a page, not a TOC file or a resource (see redirection-invalid). */
export function isPageSource(source: string): boolean {
  return !isTocFileName(source) && /\.(md|yml|json)$/i.test(source);
}

/** The file's path as the docset's redirections record it: relative to the repository root. */
export function repositoryPath(context: Pick<DocsetContext<RuleOptions>, 'docset' | 'path'>): string {
  return path
    .relative(context.docset.repositoryRoot, path.join(context.docset.root, context.path))
    .split(path.sep)
    .join('/');
}
