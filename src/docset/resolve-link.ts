/**
 * Where a link destination points, as the Learn build resolves it. Pure: no file system.
 * The rules decide what to check (existence, bookmarks) from the classified destination.
 */
import path from 'node:path';
import { trimTrailing } from '../text/linear.js';

/** A destination, classified. Docset-relative paths are POSIX, exact case. */
export type Destination =
  /** `#x` in the same file; `fragment` is percent-decoded and trimmed, without `#`. */
  | { kind: 'bookmark'; fragment: string }
  /** `#tab/...`: selects a tab, not a bookmark. */
  | { kind: 'tab' }
  /** `xref:uid` (checked by the xref service, not here). */
  | { kind: 'xref' }
  /** A URL with a scheme (`https:`, `mailto:`) or `//host/...`: never fetched. */
  | { kind: 'external'; scheme: string }
  /**
   * `/site/path`. When a configured site prefix maps it into the docset, `candidates` are the
   * docset files the page may come from (a page URL has no `.md`), best first.
   */
  | { kind: 'site'; candidates: string[] | undefined; fragment: string | undefined }
  /**
   * A file of the docset. `fragment` is undefined without `#`, '' for `a.md#`. `trailingSlash`
   * is true for `a.md/` (which names a folder, not the file).
   */
  | { kind: 'file'; path: string; fragment: string | undefined; trailingSlash: boolean }
  /** A relative path that climbs out of the docset root: nothing there is read. */
  | { kind: 'outside'; path: string }
  /** Not a usable destination. */
  | { kind: 'invalid'; reason: 'empty' | 'local-file' };

/** What a destination is resolved against. */
export interface LinkOrigin {
  /** Docset-relative POSIX path of the file the reference is written in (for an include: the include file). */
  from: string;
  /** Site-relative prefixes mapped to docset folders, e.g. {"/azure/": "articles/"}. */
  sitePrefixes?: Record<string, string>;
}

/** Percent-decode what decodes; leave malformed escapes as written (as .NET UnescapeDataString does). */
export function percentDecode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/** Split `path?query#fragment`: the fragment starts at the first `#`, the query at the first `?` before it. */
export function splitUrl(url: string): { path: string; query: string | undefined; fragment: string | undefined } {
  const hash = url.indexOf('#');
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? undefined : url.slice(hash + 1);
  const question = beforeHash.indexOf('?');
  return {
    path: question === -1 ? beforeHash : beforeHash.slice(0, question),
    query: question === -1 ? undefined : beforeHash.slice(question + 1),
    fragment,
  };
}

/** A bookmark as matched: percent-decoded, then trimmed (docfx BookmarkValidator trims). */
export function normaliseFragment(fragment: string | undefined): string | undefined {
  return fragment === undefined ? undefined : percentDecode(fragment).trim();
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const DRIVE = /^[A-Za-z]:(?:[\\/]|$)/;
/** A leading locale segment of a site path: `/en-us/`, `/zh-hans/`, `/sr-latn-rs/`. */
export const LOCALE_SEGMENT = /^\/([a-z]{2,3}(?:-[a-z0-9]{2,4}){1,2})(?=\/|$)/i;

/** True when the path part of a destination has a backslash (also as `%5C`): link-syntax's warning. */
export function hasBackslash(url: string): boolean {
  return percentDecode(splitUrl(url.trim()).path).includes('\\');
}

/**
 * The destinations already classified for one origin. The cross-file rules run file by file, and
 * several of them (file-not-found, bookmark-not-found, link-to-redirected, ...) resolve every
 * reference of the file: the answers for the latest origin are kept, so memory stays one file's
 * worth. A destination is never changed by those who get it.
 */
const lastOrigin: { from?: string; sitePrefixes?: Record<string, string>; known: Map<string, Destination> } = {
  known: new Map(),
};

/** Classify `url` (as written, angle brackets removed) written in `origin.from`. */
export function resolveLink(url: string, origin: LinkOrigin): Destination {
  if (origin.from !== lastOrigin.from || origin.sitePrefixes !== lastOrigin.sitePrefixes) {
    lastOrigin.from = origin.from;
    lastOrigin.sitePrefixes = origin.sitePrefixes;
    lastOrigin.known = new Map();
  }
  let destination = lastOrigin.known.get(url);
  if (!destination) lastOrigin.known.set(url, (destination = classify(url, origin)));
  return destination;
}

function classify(url: string, origin: LinkOrigin): Destination {
  const trimmed = url.trim();
  if (trimmed === '') return { kind: 'invalid', reason: 'empty' };
  if (DRIVE.test(trimmed) || /^file:/i.test(trimmed) || trimmed.startsWith('\\\\'))
    return { kind: 'invalid', reason: 'local-file' };
  if (/^xref:/i.test(trimmed)) return { kind: 'xref' };
  const scheme = SCHEME.exec(trimmed);
  if (scheme) return { kind: 'external', scheme: scheme[1]!.toLowerCase() };
  if (trimmed.startsWith('//')) return { kind: 'external', scheme: '' };
  if (trimmed.startsWith('#tab/')) return { kind: 'tab' };

  const parts = splitUrl(trimmed);
  const fragment = normaliseFragment(parts.fragment);
  // The build normalises `\` (also `%5C`) to `/` (docfx PathUtility.Normalize); link-syntax asks for `/`.
  const decoded = percentDecode(parts.path).trim().replace(/\\/g, '/');
  if (decoded === '') {
    // `#x`, or `?tabs=a#x`: this page.
    if (parts.query === undefined) return { kind: 'bookmark', fragment: fragment ?? '' };
    return { kind: 'file', path: origin.from, fragment, trailingSlash: false };
  }
  if (decoded.startsWith('/'))
    return { kind: 'site', candidates: siteCandidates(decoded, origin.sitePrefixes ?? {}), fragment };

  const fromRoot = decoded.startsWith('~/') || decoded === '~';
  const relative = fromRoot ? decoded.slice(2) : path.posix.join(path.posix.dirname(origin.from), decoded);
  const trailingSlash = /\/$/.test(decoded);
  let normal = trimTrailing(path.posix.normalize(relative === '' ? '.' : relative), '/');
  if (normal === '.') normal = '';
  if (normal === '..' || normal.startsWith('../')) return { kind: 'outside', path: normal };
  return { kind: 'file', path: normal, fragment, trailingSlash };
}

/**
 * The docset files a site-relative path may be served from, when a site prefix maps it:
 * `/azure/migrate/x` with {"/azure/": "articles/"} -> articles/migrate/x.md, x.yml,
 * x/index.md, x/index.yml. A leading locale (`/en-us/`) is ignored. Undefined when unmapped.
 */
export function siteCandidates(sitePath: string, sitePrefixes: Record<string, string>): string[] | undefined {
  const withoutLocale = sitePath.replace(LOCALE_SEGMENT, '') || '/';
  const lower = withoutLocale.toLowerCase();
  let best: string | undefined;
  for (const prefix of Object.keys(sitePrefixes)) {
    const key = prefix.endsWith('/') ? prefix : `${prefix}/`;
    if (
      (lower.startsWith(key.toLowerCase()) || `${lower}/` === key.toLowerCase()) &&
      (!best || key.length > best.length)
    )
      best = prefix;
  }
  if (best === undefined) return undefined;
  const folder = trimTrailing(sitePrefixes[best]!.replace(/^\.?\/+/, ''), '/');
  const rest = withoutLocale.slice(Math.min(withoutLocale.length, (best.endsWith('/') ? best : `${best}/`).length));
  const target = path.posix.normalize([folder, rest].filter(Boolean).join('/') || '.').replace(/^\.$/, '');
  if (target.startsWith('..')) return [];
  const base = trimTrailing(target, '/');
  if (rest === '' || rest.endsWith('/'))
    return [`${base ? `${base}/` : ''}index.md`, `${base ? `${base}/` : ''}index.yml`];
  if (/\.(md|yml)$/i.test(base)) return [base];
  return [`${base}.md`, `${base}.yml`, `${base}/index.md`, `${base}/index.yml`];
}
