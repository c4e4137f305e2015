/**
 * What a TOC `href` names, as the Learn build classifies it (docfx v3,
 * src/docfx/build/toc/TocLoader.cs, `GetHrefType`): an absolute path or URL, a folder (`x/`), a
 * TOC file (`toc.md`, `toc.json`, `toc.yml`, any case) or any other file.
 */
import { TOC_FILE } from '../source/file-kinds.js';

export type TocHrefType = 'absolute' | 'folder' | 'toc-file' | 'file';

/** The file names of TOCs, lower-cased; probed in this order in a folder. */
export const TOC_FILE_NAMES = ['toc.md', 'toc.json', 'toc.yml'] as const;

/** True when a path's file name is a TOC's (case-insensitive, as the build's servers compare it). */
export function isTocFileName(path: string): boolean {
  return TOC_FILE.test(path.slice(path.lastIndexOf('/') + 1));
}

/** The path part of an href: without `?query` and `#fragment`. */
export function hrefPath(href: string): string {
  const cut = href.search(/[?#]/);
  return cut === -1 ? href : href.slice(0, cut);
}

export function tocHrefType(href: string): TocHrefType {
  const trimmed = href.trim();
  // A URI with a scheme (https:, mailto:, xref:) or a path from the site root.
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(trimmed) || trimmed.startsWith('/') || trimmed.startsWith('\\'))
    return 'absolute';
  const path = hrefPath(trimmed);
  if (path.endsWith('/') || path.endsWith('\\')) return 'folder';
  return isTocFileName(path.replace(/\\/g, '/')) ? 'toc-file' : 'file';
}
