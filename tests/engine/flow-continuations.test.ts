import { describe, expect, it } from 'vitest';
import { PARSERS } from '../../src/summary/parse-file.js';
import { indentFlowContinuations } from '../../src/parse/flow-continuations.js';

describe('flow collections continued at column 1 (accepted by the Learn build)', () => {
  it('reads them, with positions in the original text', () => {
    const text = '---\ntitle: T\nkeywords: ["a [x]", "b, c",\n"d"]\nms.date: 10/01/2026\n---\n# T\n';
    const metadata = PARSERS.markdown.parse('a.md', text).summary.metadata!;
    expect(metadata.problems).toEqual([]);
    expect(
      metadata.entries.map((e) => [
        e.key,
        e.value,
        e.source,
        `${e.valueSpan.start.line}:${e.valueSpan.start.column}-${e.valueSpan.end.line}:${e.valueSpan.end.column}`,
      ]),
    ).toEqual([
      ['title', 'T', 'T', '2:8-2:9'],
      ['keywords', ['a [x]', 'b, c', 'd'], '["a [x]", "b, c",\n"d"]', '3:11-4:5'],
      ['ms.date', '10/01/2026', '10/01/2026', '5:10-5:20'],
    ]);
  });

  it('still reports YAML that is broken for other reasons', () => {
    const text = '---\ntitle: T\nkeywords: ["a",\n"b"\nms.date: 10/01/2026\n---\n';
    expect(PARSERS.markdown.parse('a.md', text).summary.metadata!.problems.length).toBeGreaterThan(0);
  });

  it('indents only lines that start inside a flow collection, ignoring brackets in quotes and comments', () => {
    expect(indentFlowContinuations('a: "[" # [\nb: 1\n')).toBeUndefined();
    const indented = indentFlowContinuations('a: {x: 1,\ny: 2}\nb: [1,\n2]\n')!;
    expect(indented.text).toBe('a: {x: 1,\n y: 2}\nb: [1,\n 2]\n');
    expect([0, 10, 11, 12, 23, 24].map(indented.toOriginal)).toEqual([0, 10, 10, 11, 22, 23]);
  });
});
