/**
 * The docset file a reference points at, for finding the files a change breaks: the link
 * rules' resolver (`resolveLink`), narrowed to destinations that name a docset path. Site
 * paths (`/azure/...`) are left out: mapping them needs each file's config, and a change
 * reaches those links through the link rules when the linking file itself is linted.
 */
import { resolveLink } from '../docset/resolve-link.js';

/** A reference's target: a docset-relative POSIX path and the bookmark, if any. */
export interface LinkTarget {
  path: string;
  /** The bookmark without `#`, percent-decoded and trimmed; undefined without `#`. */
  fragment: string | undefined;
}

/** Where `url`, written in the docset file `from`, points; undefined for anything but a docset path. */
export function linkTarget(url: string, from: string): LinkTarget | undefined {
  const destination = resolveLink(url, { from });
  if (destination.kind === 'file') return { path: destination.path, fragment: destination.fragment };
  if (destination.kind === 'bookmark') return { path: from, fragment: destination.fragment };
  return undefined;
}
