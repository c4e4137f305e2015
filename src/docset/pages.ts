/**
 * Which docset files are pages, and what a page includes: shared by every rule family.
 */
import { resolveLink } from './resolve-link.js';
import type { DocsetView } from '../types.js';

/**
 * True for an include file: a file under a folder named `includes`. Learn docsets exclude
 * `**\/includes/**` from the build's content (see docfx.json `build.content[].exclude` in
 * MicrosoftDocs repositories), so such a file is never a page; it is only rendered inside the
 * pages that `[!INCLUDE]` it. A file outside `includes/` that is included is still built as a
 * page of its own (docfx v3 spec markdown.yml, "include another file"), so it stays a page here.
 */
export function isIncludeFile(path: string): boolean {
  return path.split('/').slice(0, -1).some((segment) => segment.toLowerCase() === 'includes');
}

/**
 * True when the file is a page of the docset: not an include file, and built by docfx.json's
 * `build.content` (a README at the repository root, outside `src`, is not a page).
 */
export function isPage(path: string, docset: DocsetView): boolean {
  return !isIncludeFile(path) && docset.inBuildScope(path);
}

/**
 * The docset files a file includes directly (resolved from that file's folder), and whether
 * every include was found (an include that is missing or lives elsewhere hides its content).
 */
export function includedFiles(docset: DocsetView, file: string): { files: string[]; complete: boolean } {
  const summary = docset.summary(file);
  const files: string[] = [];
  let complete = true;
  for (const reference of summary?.references ?? []) {
    if (reference.kind !== 'include') continue;
    const destination = resolveLink(reference.url, { from: file });
    if (destination.kind === 'file' && docset.hasFile(destination.path)) files.push(destination.path);
    else complete = false;
  }
  return { files, complete };
}
