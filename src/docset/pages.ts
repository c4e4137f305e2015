/**
 * Which docset files are pages, what a page includes and which pages a file is shown in: shared
 * by every rule family and the language server.
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
  return path
    .split('/')
    .slice(0, -1)
    .some((segment) => segment.toLowerCase() === 'includes');
}

/**
 * True when the file is a page of the docset: not an include file, and built by docfx.json's
 * `build.content` (a README at the repository root, outside `src`, is not a page).
 */
export function isPage(path: string, docset: DocsetView): boolean {
  return !isIncludeFile(path) && docset.inBuildScope(path);
}

/** What a file includes directly, as the Learn build renders it. */
export interface Inclusions {
  /** Included files of the docset, in document order (read and rendered). */
  files: string[];
  /** Dependent repositories included from that are not available here: their content is unknown. */
  repositories: string[];
  /**
   * True when an include exists for the build but not for faq-lint (a redirected path): its
   * content is unknown. A simply missing include (`include-not-found`) is not opaque: the build
   * renders the page without it.
   */
  opaque: boolean;
}

/** The includes of a file (resolved from that file's folder), classified. */
export function includedFiles(docset: DocsetView, file: string): Inclusions {
  const summary = docset.summary(file);
  const inclusions: Inclusions = { files: [], repositories: [], opaque: false };
  for (const reference of summary?.references ?? []) {
    if (reference.kind !== 'include') continue;
    const destination = resolveLink(reference.url, { from: file });
    if (destination.kind !== 'file' && destination.kind !== 'outside') continue;
    const repository = docset.unavailableRepositoryOf(destination.path);
    if (repository) {
      if (!inclusions.repositories.includes(repository.name)) inclusions.repositories.push(repository.name);
    } else if (destination.kind === 'file' && docset.hasFile(destination.path)) inclusions.files.push(destination.path);
    else if (destination.kind === 'file' && docset.redirectionOf(destination.path)) inclusions.opaque = true;
  }
  return inclusions;
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
