/** The guarded worker's memory of its last parses (changed mode parses each version once). */
import { describe, expect, it } from 'vitest';
import { MAX_REMEMBERED_LENGTH, rememberingSummarise } from '../../src/engine/recent-summaries.js';
import { summarise } from '../../src/summary/summarise-file.js';

describe('rememberingSummarise', () => {
  it('answers a (path, text) it parsed with the same result, equal to summarise', () => {
    const remembering = rememberingSummarise();
    const first = remembering('a.md', '# A\n\n## Part\n');
    expect(remembering('a.md', '# A\n\n## Part\n')).toBe(first);
    expect(first).toEqual(summarise('a.md', '# A\n\n## Part\n'));
  });

  it('parses again for another text or another path (a path decides the kind and the summary)', () => {
    const remembering = rememberingSummarise();
    const first = remembering('a.md', '# A\n');
    expect(remembering('a.md', '# B\n')).not.toBe(first);
    const other = remembering('b.md', '# A\n');
    expect(other).not.toBe(first);
    expect(other?.ok && other.parsed.summary.path).toBe('b.md');
  });

  it('keeps only the last `size` texts, the least recently used going first', () => {
    const remembering = rememberingSummarise(2);
    const a = remembering('a.md', '# A\n');
    const b = remembering('b.md', '# B\n');
    expect(remembering('a.md', '# A\n')).toBe(a); // a used again: b is now the oldest
    remembering('c.md', '# C\n');
    expect(remembering('a.md', '# A\n')).toBe(a);
    expect(remembering('b.md', '# B\n')).not.toBe(b);
  });

  it('remembers a refusal and a file of no kind as they are', () => {
    const remembering = rememberingSummarise();
    const refused = remembering('deep.md', `${'>'.repeat(20_000)} deep\n`);
    expect(refused).toMatchObject({ ok: false, refusal: { ruleId: 'file-too-complex' } });
    expect(remembering('deep.md', `${'>'.repeat(20_000)} deep\n`)).toBe(refused);
    expect(remembering('notes.txt', 'text')).toBeUndefined();
  });

  it('does not remember a text over MAX_REMEMBERED_LENGTH (its tree could crowd the next parse out of the heap)', () => {
    const remembering = rememberingSummarise();
    const long = `# Long\n\n${'word '.repeat(MAX_REMEMBERED_LENGTH / 5)}\n`;
    const first = remembering('long.md', long);
    expect(first?.ok).toBe(true);
    expect(remembering('long.md', long)).not.toBe(first);
    expect(remembering('long.md', long)).toEqual(first);
  });
});
