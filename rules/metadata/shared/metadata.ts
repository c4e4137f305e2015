/**
 * Reading a file's metadata summary the same way in every metadata rule. Rules read
 * `summary.metadata` only (never a syntax tree), so they apply to Markdown front matter and to
 * the `metadata:` mapping of a structured FAQ alike.
 */
import type { MetadataEntry, MetadataSummary, Span } from '../../../src/types.js';
export { isIncludeFile, isPage } from '../../../src/docset/pages.js';
import { editDistance } from '../../../src/text/similar.js';

/**
 * The metadata block when its keys can be trusted: undefined when there is none, or when it did
 * not parse (a YAML syntax error, not a mapping, never closed), which front-matter-invalid reports.
 */
export function usableMetadata(metadata: MetadataSummary | undefined): MetadataSummary | undefined {
  if (!metadata) return undefined;
  if (metadata.entries.length === 0 && metadata.problems.length > 0) return undefined;
  return metadata;
}

/** The first entry with exactly this key (keys are case-sensitive on Learn). */
export function findEntry(metadata: MetadataSummary, key: string): MetadataEntry | undefined {
  return metadata.entries.find((entry) => entry.key === key);
}

/** The text of a scalar value as written, quotes removed; undefined for a list, mapping or null. */
export function scalarText(entry: MetadataEntry): string | undefined {
  switch (entry.kind) {
    case 'plain':
      // Judged by the source text: `2020-04-15` or `1e3` stay what the writer typed.
      return entry.source.trim();
    case 'quoted':
    case 'block':
      return typeof entry.value === 'string' ? entry.value : entry.source;
    default:
      return undefined;
  }
}

/** True when the value is null or a string of only whitespace. */
export function isEmptyValue(entry: MetadataEntry): boolean {
  if (entry.kind === 'null' || entry.value === null || entry.value === undefined) return entry.kind !== 'alias';
  return typeof entry.value === 'string' && entry.value.trim() === '';
}

/** Span of the text inside a scalar's quotes (the whole value for other styles): where a fix goes. */
export function innerValueSpan(entry: MetadataEntry): [number, number] {
  const { start, end } = entry.valueSpan;
  return entry.kind === 'quoted' ? [start.offset + 1, end.offset - 1] : [start.offset, end.offset];
}

/** A zero-width span at the start of the metadata block: where "missing" is reported. */
export function blockStart(metadata: MetadataSummary): Span {
  return { start: metadata.span.start, end: metadata.span.start };
}

const normalise = (key: string): string => key.toLowerCase().replace(/[._\-\s]/g, '');

/**
 * A key that is probably a misspelling of `wanted`: the same but for case or separators
 * (`MS.date`, `ms_date`), or within 1 edit (2 for keys of 6+ characters) (`ms.data`).
 */
export function nearMissKey(metadata: MetadataSummary, wanted: string): MetadataEntry | undefined {
  const budget = wanted.length >= 6 ? 2 : 1;
  let best: MetadataEntry | undefined;
  let bestDistance = budget + 1;
  for (const entry of metadata.entries) {
    if (entry.key === wanted) continue;
    if (normalise(entry.key) === normalise(wanted)) return entry;
    const distance = editDistance(entry.key.toLowerCase(), wanted.toLowerCase(), budget);
    if (distance < bestDistance) {
      best = entry;
      bestDistance = distance;
    }
  }
  return best;
}

/** "found 'MS.date' (...)" for a near-miss key. */
export function nearMissNote(found: MetadataEntry, wanted: string): string {
  return found.key.toLowerCase() === wanted.toLowerCase()
    ? `found '${found.key}' (attribute names are case-sensitive)`
    : `found '${found.key}', did you mean '${wanted}'?`;
}
