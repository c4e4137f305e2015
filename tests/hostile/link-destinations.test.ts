/** Hostile link destinations: parsed into references with positions; the run never throws. */
import { describe, expect, it } from 'vitest';
import { PARSERS } from '../../src/summary/parse-file.js';
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
    const { summary } = PARSERS.markdown.parse('a.md', ARTICLE);
    expect(
      summary.references.map((r) => [r.kind, r.url.length > 60 ? `${r.url.slice(0, 20)}...(${r.url.length})` : r.url]),
    ).toEqual([
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

  it('the link rules report them with printable one-line messages, nothing thrown (needs the links family)', async () => {
    const root = tempTree({ 'docfx.json': '{}', 'a.md': ARTICLE });
    const { rows } = await lintTree(root, ['a.md'], { 'front-matter-missing': 'off' });
    const up = (n: number): string => '../'.repeat(n);
    expect(rows.map((r) => [r.line, r.column, r.ruleId, r.message])).toEqual([
      [3, 1, 'file-not-found', "Cannot find file 'a\\u0001b.md'"],
      [3, 18, 'file-not-found', "Cannot find file 'a%09b.md'"],
      [3, 34, 'file-not-found', "Cannot find file 'a%00.md'"],
      [4, 1, 'file-not-found', `Link '${up(500)}etc/passwd' leaves the docset`],
      [5, 20, 'link-syntax', "Link 'C:\\Windows\\win.ini' points to a local file"],
      [5, 48, 'link-syntax', "Link 'c:/docs/a.md' points to a local file"],
      [5, 73, 'link-syntax', "Link '\\server\\share\\a.md' uses backslashes"],
      [7, 10, 'file-not-found', `Link '${up(1000)}x.md' leaves the docset`],
      [8, 1, 'bookmark-not-found', `Cannot find bookmark '#${'b'.repeat(5000)}'`],
      [8, 2, 'file-not-found', `Cannot find file '${'x'.repeat(5000)}.png'`],
    ]);
  });

  it('a control character in a message never reaches the terminal raw (ESC in a link)', async () => {
    const root = tempTree({ 'docfx.json': '{}', 'a.md': '[x](<\u001b[2Jgone.md>)\n' });
    const { rows } = await lintTree(root, ['a.md'], { 'front-matter-missing': 'off' });
    expect(rows.filter((r) => r.ruleId === 'file-not-found').map((r) => r.message)).toEqual([
      "Cannot find file '\\u001b[2Jgone.md'",
    ]);
  });
});
