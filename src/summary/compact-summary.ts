/**
 * Summaries as the main thread keeps them, for the whole run: a cold cpp-docs run holds 9,780 of
 * them (356,000 spans) until the cross-file stage, and they were most of its peak memory. A summary
 * arrives from a worker (structured clone) or from the cache (JSON) as plain objects, a span as three
 * objects; `compactSummary` rewrites it in place, once, where the engine receives it:
 *
 * - every span becomes one `PackedSpan` (six numbers in one object; its points are made when read);
 * - the strings that name a kind (reference kinds, anchor sources, metadata keys and scalar styles)
 *   are shared instead of one copy per occurrence;
 * - a metadata value that equals its source text is the same string, not a second copy.
 *
 * Nothing a reader sees changes: a `PackedSpan` is a `Span`, and `JSON.stringify` writes it as the
 * plain span it was (`toJSON`), so the cache file stays the same byte for byte. Measured in
 * docs/performance.md ("Compact summaries").
 */
import type { FileSummary, Point, Span } from '../types.js';

/** A span as six numbers in one object (a plain span is three objects); its points are made on each read. */
export class PackedSpan implements Span {
  private readonly startLine: number;
  private readonly startColumn: number;
  private readonly startOffset: number;
  private readonly endLine: number;
  private readonly endColumn: number;
  private readonly endOffset: number;

  constructor({ start, end }: Span) {
    this.startLine = start.line;
    this.startColumn = start.column;
    this.startOffset = start.offset;
    this.endLine = end.line;
    this.endColumn = end.column;
    this.endOffset = end.offset;
  }

  get start(): Point {
    return { line: this.startLine, column: this.startColumn, offset: this.startOffset };
  }

  get end(): Point {
    return { line: this.endLine, column: this.endColumn, offset: this.endOffset };
  }

  /** The plain span, for `JSON.stringify` (the cache file). */
  toJSON(): Span {
    return { start: this.start, end: this.end };
  }
}

/** The span, packed (a span packed already is kept). */
export function packSpan(span: Span): Span {
  return span instanceof PackedSpan ? span : new PackedSpan(span);
}

/**
 * Shared copies of short strings that recur in every summary (kinds, metadata keys). Bounded: a
 * docset with more distinct keys than this only keeps its later ones unshared.
 */
const MAX_SHARED = 4096;
const shared = new Map<string, string>();

function share<T extends string>(value: T): T {
  const known = shared.get(value);
  if (known !== undefined) return known as T;
  if (shared.size < MAX_SHARED) shared.set(value, value);
  return value;
}

/** Rewrite `summary` in place into its compact form (see above) and return it. */
export function compactSummary(summary: FileSummary): FileSummary {
  summary.kind = share(summary.kind);
  const { metadata } = summary;
  if (metadata) {
    metadata.span = packSpan(metadata.span);
    for (const entry of metadata.entries) {
      entry.key = share(entry.key);
      entry.kind = share(entry.kind);
      entry.keySpan = packSpan(entry.keySpan);
      entry.valueSpan = packSpan(entry.valueSpan);
      if (entry.value === entry.source) entry.value = entry.source;
    }
    for (const problem of metadata.problems) problem.span = packSpan(problem.span);
  }
  for (const heading of summary.headings) heading.span = packSpan(heading.span);
  for (const anchor of summary.anchors) {
    anchor.source = share(anchor.source);
    anchor.span = packSpan(anchor.span);
  }
  for (const reference of summary.references) {
    reference.kind = share(reference.kind);
    reference.span = packSpan(reference.span);
  }
  for (const directive of summary.directives) {
    directive.type = share(directive.type);
    directive.span = packSpan(directive.span);
  }
  for (const entry of summary.redirectionEntries ?? []) {
    entry.span = packSpan(entry.span);
    for (const value of [entry.sourcePath, entry.sourcePathFromRoot, entry.redirectUrl])
      if (value) value.span = packSpan(value.span);
  }
  for (const pivot of summary.zonePivots ?? []) pivot.span = packSpan(pivot.span);
  return summary;
}
