/**
 * Regular expressions over a writer's text must not take super-linear time. Every regex literal in
 * src/ and rules/ is checked by eslint-plugin-regexp in `npm run lint`
 * (`regexp/no-super-linear-backtracking`, `regexp/no-super-linear-move`; tests/architecture/lint.test.ts
 * shows it failing). The matchers that were super-linear regexes before they were rewritten as code
 * get their own tests here. No timing assertions: a super-linear matcher on 100,000 characters takes
 * minutes to hours, so the test fails by vitest's timeout.
 */
import { describe, expect, it } from 'vitest';
import { looksLikeFaqHeader } from '../../src/text/yaml-mime.js';
import { isOnlyCommentsAndSpace, trimLeading, trimLinesEnd, trimTrailing } from '../../src/text/linear.js';
import { tempTree } from '../temp.js';
import { lintTree } from './hostile-helpers.js';

const N = 100_000;

describe('rewritten matchers (each was super-linear as a regex)', () => {
  it('HTML-comments-only test: was /^\\s*(<!--[^]*?-->\\s*)*$/, exponential', () => {
    expect(isOnlyCommentsAndSpace(`${'<!---->'.repeat(N / 7)}x`)).toBe(false);
    expect(isOnlyCommentsAndSpace(`${'<!-- -->\n'.repeat(N / 9)}`)).toBe(true);
    expect(isOnlyCommentsAndSpace(' <!-- a --> \n <!-- b -->')).toBe(true);
    expect(isOnlyCommentsAndSpace('<!-- a -->x')).toBe(false);
    expect(isOnlyCommentsAndSpace('<!-->')).toBe(false);
    expect(isOnlyCommentsAndSpace('')).toBe(true);
  });

  it('trailing/leading trims: were /[ \\t]+$/, /\\/+$/, /\\/*$/ and /[ \\t]+$/gm, quadratic', () => {
    expect(trimTrailing(`${' '.repeat(N)}x`, ' \t')).toBe(`${' '.repeat(N)}x`);
    expect(trimTrailing(`a${'/'.repeat(N)}`, '/')).toBe('a');
    expect(trimLeading(`${'/'.repeat(N)}a`, '/')).toBe('a');
    expect(trimLinesEnd(`a \t\nb${' '.repeat(N)}x\nc  `)).toBe(`a\nb${' '.repeat(N)}x\nc`);
  });

  it('FAQ header test: was /^\\s*#*\\s*YamlMime.../, quadratic on a line of spaces', () => {
    expect(looksLikeFaqHeader(`${' '.repeat(N)}x`)).toBe(false);
    expect(looksLikeFaqHeader(`#${' \t'.repeat(N / 2)}x`)).toBe(false);
    for (const header of ['### YamlMime:FAQ', '#YamlMime:faq', 'YamlMime: FAQ', '  ## YamlMime : FAQ  '])
      expect(looksLikeFaqHeader(`${header}\ntitle: x`)).toBe(true);
    expect(looksLikeFaqHeader('### YamlMime:Landing')).toBe(false);
  });

  it(
    'a whole run over hostile text reaching those code paths finishes (links with slash runs, comment-only HTML, a spaced FAQ header)',
    { timeout: 300_000 },
    async () => {
      const root = tempTree({
        'docfx.json': JSON.stringify({ build: { content: [{ files: ['**/*.md'], src: `./docs${'/'.repeat(N)}` }] } }),
        'a.md': `# Q?\n\n[x](a${'/'.repeat(N)}b.md) [y](${'/'.repeat(N)}) [z](~/${'/'.repeat(N)})\n\n${'<!---->'.repeat(1000)}x\n`,
        'faq.yml': `${' '.repeat(N)}x\n`,
      });
      const { rows } = await lintTree(root, ['.'], {});
      expect(rows.filter((r) => r.ruleId === 'internal-error')).toEqual([]);
    },
  );
});
