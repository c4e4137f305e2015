/**
 * The zone pivot definition file of a page, found the way the Learn build finds it (docfx v3,
 * src/docfx/build/zonepivot/ZonePivotProvider.cs): the page's `zone_pivot_group_filename`
 * metadata (default `zone-pivot-groups.json`), with its extension changed to `.json`, is a URL
 * under the site's base path; the file published at that URL is the definition. faq-lint maps
 * the URL back through docfx.json's `build.content` groups (`dest` to `src`), for a `.yml` or a
 * `.json` source. azure-docs: `articles/zone-pivot-groups.yml` (src `articles`, dest `.`);
 * azure-management-docs: `zone-pivots/zone-pivot-groups.yml` (dest `zone-pivots/azure-management`,
 * named by its global `zone_pivot_group_filename`).
 */
import { isRecord } from './docfx-metadata.js';

export const DEFAULT_DEFINITION_FILE = 'zone-pivot-groups.json';

/** The groups of a definition file: group id -> its pivot ids. */
export type PivotGroups = ReadonlyMap<string, readonly string[]>;

/** Docset-relative paths the definition may be published from, best first (they may not exist). */
export function definitionCandidates(
  content: readonly { src: string; dest: string }[] | undefined,
  filename: string | undefined,
): string[] {
  const url = (filename ?? DEFAULT_DEFINITION_FILE)
    .trim()
    .replace(/\\/g, '/')
    .replace(/^~?\/+/, '')
    .replace(/\.[^./]*$/, '');
  const candidates: string[] = [];
  for (const { src, dest } of content ?? [{ src: '', dest: '' }]) {
    let inner: string | undefined;
    if (dest === '') inner = url;
    else if (url.startsWith(`${dest}/`)) inner = url.slice(dest.length + 1);
    if (inner === undefined || inner === '') continue;
    const base = src ? `${src}/${inner}` : inner;
    candidates.push(`${base}.yml`, `${base}.json`);
  }
  return candidates;
}

/** The groups of a parsed definition (`groups: [{ id, pivots: [{ id }] }]`), or undefined when it has none. */
export function pivotGroupsOf(data: unknown): PivotGroups | undefined {
  if (!isRecord(data) || !Array.isArray(data.groups)) return undefined;
  const groups = new Map<string, string[]>();
  for (const group of data.groups) {
    if (!isRecord(group) || typeof group.id !== 'string') continue;
    const pivots = Array.isArray(group.pivots)
      ? group.pivots.flatMap((p) => (isRecord(p) && typeof p.id === 'string' ? [p.id] : []))
      : [];
    groups.set(group.id, pivots);
  }
  return groups;
}
