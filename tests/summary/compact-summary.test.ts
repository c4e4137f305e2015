/**
 * Compact summaries (what the engine keeps for the whole run) read exactly as the summaries they
 * were made from: every span, every field, and the JSON the cache writes, on every fixture file of
 * every kind.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactSummary, PackedSpan } from '../../src/summary/compact-summary.js';
import { summaryOf } from '../../src/summary/summarise-file.js';
import type { FileSummary, Span } from '../../src/types.js';
import { FIXTURES } from '../helpers.js';

/** Every file under `folder`, relative to it. */
function filesUnder(folder: string): string[] {
  const found: string[] = [];
  const stack = [''];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    for (const entry of readdirSync(path.join(folder, dir)).sort()) {
      const relative = path.posix.join(dir, entry);
      if (statSync(path.join(folder, relative)).isDirectory()) stack.push(relative);
      else found.push(relative);
    }
  }
  return found;
}

/** The summary of every fixture file faq-lint summarises, as made (fresh objects each call). */
function fixtureSummaries(): FileSummary[] {
  const summaries: FileSummary[] = [];
  for (const relative of filesUnder(FIXTURES)) {
    const bytes = readFileSync(path.join(FIXTURES, relative));
    if (bytes.includes(0)) continue;
    const summary = summaryOf(relative, bytes.toString('utf8'));
    if (summary) summaries.push(summary);
  }
  return summaries;
}

/** Every span of a summary, as [where, span], by walking it (so a span field added later is seen). */
function spansOf(value: unknown, where = ''): [string, Span][] {
  if (value instanceof PackedSpan) return [[where, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => spansOf(item, `${where}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record.start === 'object' && typeof record.end === 'object') return [[where, value as Span]];
  return Object.entries(record).flatMap(([key, item]) => spansOf(item, `${where}.${key}`));
}

describe('compact summaries', () => {
  const made = fixtureSummaries();
  const compacted = fixtureSummaries().map((summary) => compactSummary(summary));

  it('covers every kind of file among the fixtures', () => {
    expect(new Set(made.map((summary) => summary.kind))).toEqual(
      new Set(['markdown', 'faq-yaml', 'toc', 'redirection']),
    );
    expect(made.length).toBeGreaterThan(200);
  });

  it('packs every span, and each reads as the span it was made from', () => {
    let spans = 0;
    made.forEach((summary, i) => {
      const before = spansOf(summary);
      const after = spansOf(compacted[i]);
      expect(after.map(([where]) => where)).toEqual(before.map(([where]) => where));
      after.forEach(([where, span], j) => {
        expect(span, `${summary.path} ${where}`).toBeInstanceOf(PackedSpan);
        expect({ start: span.start, end: span.end }).toEqual(before[j]![1]);
      });
      spans += after.length;
    });
    expect(spans).toBeGreaterThan(1000);
  });

  it('is written to JSON (the cache) exactly as the summary it was made from', () => {
    made.forEach((summary, i) => expect(JSON.stringify(compacted[i])).toBe(JSON.stringify(summary)));
  });

  it('keeps every other field as it was', () => {
    made.forEach((summary, i) => expect(JSON.parse(JSON.stringify(compacted[i]))).toEqual(summary));
  });

  it('compacts a summary once: compacting it again changes nothing', () => {
    const summary = compacted.find((s) => s.references.length > 0)!;
    const span = summary.references[0]!.span;
    expect(compactSummary(summary).references[0]!.span).toBe(span);
  });
});
