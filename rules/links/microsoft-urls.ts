/** Recognising links to Microsoft sites and their parts, for the URL rules. */
import { LOCALE_SEGMENT } from '../../src/docset/resolve-link.js';

/** An absolute http(s) URL, parsed; undefined for anything else. */
export function httpUrl(url: string): URL | undefined {
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    return new URL(trimmed);
  } catch {
    return undefined;
  }
}

/** True when `host` is one of `domains` or a subdomain of one. */
export function hostMatches(host: string, domains: readonly string[]): boolean {
  const h = host.toLowerCase();
  return domains.some((d) => h === d.toLowerCase() || h.endsWith(`.${d.toLowerCase()}`));
}

// A language-region (en-us), language-script (zh-hans) or language-script-region (sr-latn-rs) segment.
const LOCALE = /^[a-z]{2}-(?:[a-z]{2}|[a-z]{4})(?:-[a-z]{2})?$/i;

/** The locale code at the start of a URL path (`/en-us/...`), or undefined. */
export function localeOf(pathname: string): string | undefined {
  const segment = LOCALE_SEGMENT.exec(pathname)?.[1];
  return segment !== undefined && LOCALE.test(segment) ? segment : undefined;
}
