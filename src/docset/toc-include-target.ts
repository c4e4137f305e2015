/**
 * Where a TOC include leads, as the build resolves it (docfx v3, TocLoader.ResolveTocHref): a TOC
 * file relative to the including TOC, or in a folder (`x/`) the first of `toc.md`, `toc.json`,
 * `toc.yml` found there (any case: faq-lint accepts what a case-insensitive server finds).
 */
import path from 'node:path';
import { trimTrailing } from '../text/linear.js';
import { resolveLink } from './resolve-link.js';
import type { DocsetView } from '../types.js';
import { hrefPath, TOC_FILE_NAMES, tocHrefType } from '../toc/href-type.js';

export type TocIncludeTarget =
  /** The included TOC file (docset-relative, as it exists). */
  | { kind: 'toc'; path: string }
  /** A folder with no TOC file in it (or no such folder): `toc-not-found`. */
  | { kind: 'folder-without-toc'; folder: string }
  /** A TOC file that does not exist (the build is silent about it), or nothing faq-lint can read or judge. */
  | { kind: 'unknown' };

/** The existing file at `candidate`, exact case first, else a case variant. */
function existing(docset: DocsetView, candidate: string): string | undefined {
  return docset.hasFile(candidate) ? candidate : docset.caseVariants(candidate)[0];
}

export function tocIncludeTarget(docset: DocsetView, from: string, href: string): TocIncludeTarget {
  const type = tocHrefType(href);
  const destination = resolveLink(hrefPath(href.trim()).replace(/\\/g, '/'), { from });
  if (
    destination.kind !== 'file' ||
    docset.unavailableRepositoryOf(destination.path) ||
    docset.outsideLink(destination.path)
  )
    return { kind: 'unknown' };
  if (type === 'toc-file') {
    const found = existing(docset, destination.path);
    return found ? { kind: 'toc', path: found } : { kind: 'unknown' };
  }
  if (type !== 'folder') return { kind: 'unknown' };
  const folder = trimTrailing(destination.path, '/');
  for (const name of TOC_FILE_NAMES) {
    const found = existing(docset, folder === '' ? name : path.posix.join(folder, name));
    if (found) return { kind: 'toc', path: found };
  }
  return { kind: 'folder-without-toc', folder };
}
