/**
 * The docset file a reference points at, for finding the files a change breaks. Pure.
 * Kept deliberately small: relative and `~/` paths only (site-relative and external links
 * cannot point at a changed docset file by path).
 */
import path from 'node:path';

/** A reference's target: a docset-relative POSIX path and the bookmark, if any. */
export interface LinkTarget {
  path: string;
  /** The bookmark without `#`, percent-decoded and trimmed; undefined without `#`. */
  fragment: string | undefined;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Where `url`, written in the docset file `from`, points; undefined for anything but a docset path. */
export function linkTarget(url: string, from: string): LinkTarget | undefined {
  const trimmed = url.trim();
  if (trimmed === '' || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(trimmed) || trimmed.startsWith('/') || trimmed.includes('\\')) return undefined;
  const hash = trimmed.indexOf('#');
  const beforeHash = hash === -1 ? trimmed : trimmed.slice(0, hash);
  const fragment = hash === -1 ? undefined : decode(trimmed.slice(hash + 1)).trim();
  const filePart = decode(beforeHash.split('?')[0]!).trim();
  if (filePart === '') return { path: from, fragment };
  const joined = filePart.startsWith('~/') ? filePart.slice(2) : path.posix.join(path.posix.dirname(from), filePart);
  const normal = path.posix.normalize(joined).replace(/\/+$/, '');
  if (normal === '..' || normal.startsWith('../')) return undefined;
  return { path: normal, fragment };
}
