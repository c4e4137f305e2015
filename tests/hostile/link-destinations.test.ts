/** Hostile link destinations: parsed into references with positions; the run never throws. */
import { describe, expect, it } from 'vitest';
import { markdownKind } from '../../src/engine/file-kinds.js';
import { tempTree } from '../temp.js';
import { lintTree } from './hostile-helpers.js';

const LONG = `https://example.com/${'a'.repeat(10_000)}`;
const ARTICLE = [
  '# Links',
  '',
  '[ctrl](<a\u0001b.md>) [tab](a%09b.md) [nul-escape](a%00.md)',
  `[up](${'../'.repeat(500)}etc/passwd)`,
  '[abs](/etc/passwd) [drive](C:\\Windows\\win.ini) [drive2](<c:/docs/a.md>) [unc](\\\\server\\share\\a.md)',
  `[long](${LONG}) <${LONG}>`,
  `<a href="${'../'.repeat(1000)}x.md">html</a>`,
  `[![img](${'x'.repeat(5000)}.png)](#${'b'.repeat(5000)})`,
  '',
].join('\n');

describe('link destinations', () => {
  it('are summarised as written, each with a span inside the file', () => {
    const { summary } = markdownKind.parse('a.md', ARTICLE);
    expect(summary.references.map((r) => [r.kind, r.url.length > 60 ? `${r.url.slice(0, 20)}...(${r.url.length})` : r.url])).toEqual([
      ['link', 'a\u0001b.md'],
      ['link', 'a%09b.md'],
      ['link', 'a%00.md'],
      ['link', '../../../../../../.....(1510)'],
      ['link', '/etc/passwd'],
      ['link', 'C:\\Windows\\win.ini'],
      ['link', 'c:/docs/a.md'],
      ['link', '\\server\\share\\a.md'], // `\\` in Markdown is an escaped backslash
      ['link', `https://example.com/...(${LONG.length})`],
      ['autolink', `https://example.com/...(${LONG.length})`],
      ['html-a', '../../../../../../.....(3004)'],
      ['link', `#${'b'.repeat(19)}...(5001)`],
      ['image', `${'x'.repeat(20)}...(5004)`],
    ]);
    for (const r of summary.references) {
      expect(r.span.start.line).toBeGreaterThanOrEqual(1);
      expect(r.span.end.offset).toBeLessThanOrEqual(ARTICLE.length);
      expect(r.span.start.offset).toBeLessThanOrEqual(r.span.end.offset);
    }
  });

  it('linting them never throws and reports no internal error', async () => {
    const root = tempTree({ 'docfx.json': '{}', 'a.md': ARTICLE });
    const { rows } = await lintTree(root);
    expect(rows.filter((r) => r.ruleId === 'internal-error' || r.ruleId === 'file-unreadable')).toEqual([]);
  });
});
