/** What the zone pivot rules share: a page's pivot metadata, from its front matter or docfx.json. */
import type { DocsetContext, MetadataEntry, RuleOptions } from '../../src/types.js';

/** A metadata value of the page: its own entry (with where it stands), else the value docfx.json gives it. */
export function pageMetadata(
  context: Pick<DocsetContext<RuleOptions>, 'summary' | 'docset' | 'path'>,
  key: string,
): { value: string; entry?: MetadataEntry } | undefined {
  const entry = context.summary.metadata?.entries.findLast((e) => e.key === key);
  if (entry) return typeof entry.value === 'string' ? { value: entry.value, entry } : undefined;
  const inherited = context.docset.inheritedMetadata(context.path)[key];
  return typeof inherited === 'string' ? { value: inherited } : undefined;
}

/** The page's pivot groups (`zone_pivot_groups`, split on ',' exactly as the build does). */
export function pageGroupIds(
  context: Pick<DocsetContext<RuleOptions>, 'summary' | 'docset' | 'path'>,
): { ids: string[]; entry?: MetadataEntry } | undefined {
  const groups = pageMetadata(context, 'zone_pivot_groups');
  return groups ? { ids: groups.value.split(','), entry: groups.entry } : undefined;
}

/** The definition file the page uses, read (undefined when faq-lint cannot find exactly one). */
export function pageDefinition(
  context: Pick<DocsetContext<RuleOptions>, 'summary' | 'docset' | 'path'>,
): ReturnType<DocsetContext['docset']['zonePivotGroups']> {
  return context.docset.zonePivotGroups(pageMetadata(context, 'zone_pivot_group_filename')?.value);
}
