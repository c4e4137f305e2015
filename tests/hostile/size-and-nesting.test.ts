/**
 * Big and deeply nested input: no hang, no stack overflow. micromark is super-linear on deep
 * nesting (see src/parse/complexity.ts), so such files get one finding instead of minutes of CPU.
 * No timing assertions: each test only has to finish within vitest's timeout.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARSERS } from '../../src/summary/parse-file.js';
import { measureNesting, NESTING_LIMITS } from '../../src/parse/complexity.js';
import { HeadingIdAllocator } from '../../src/parse/heading-id.js';
import { tempTree } from '../temp.js';
import {
  BAD_COMMENT,
  badCommentRow,
  CORE_ONLY,
  lintTree,
  tooComplex,
  unreadable,
  writeCoreOnlyConfig,
} from './hostile-helpers.js';
import { runCli } from '../cli.js';

const DOCFX = { 'docfx.json': '{}' };
/** Big inputs on a loaded CI machine: a generous timeout (not a timing assertion). */
const BIG = { timeout: 300_000 };
/** A refusal as the one-line formats show it: the message, then the detail. */
const refusal = (what: string, depth: number, line: number, limit: number): string =>
  `${what} ${depth} deep (limit ${limit}) - at line ${line}; faq-lint does not parse this file`;

describe('size', () => {
  it('a 20 MB article gets file-unreadable (over the 4 MB limit); the other files are linted', async () => {
    const root = tempTree({ ...DOCFX, 'ok.md': `${BAD_COMMENT}\n` });
    // Generated at test time: 20 MB of ordinary paragraphs.
    writeFileSync(
      path.join(root, 'huge.md'),
      'A line of an article that goes on and on.\n\n'.repeat((20 * 1024 * 1024) / 43),
    );
    expect((await lintTree(root)).rows).toEqual([
      unreadable('huge.md', 'File is 20 MB, over the 4 MB limit'),
      badCommentRow('ok.md', 1, 1),
    ]);
    const run = runCli(['huge.md', '--config', writeCoreOnlyConfig(root)], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('File is 20 MB, over the 4 MB limit');
  });

  it('100,000 identical headings get ids in linear time, as Markdig numbers them', BIG, () => {
    const text = '# Same\n\n'.repeat(100_000) + '# Same-1\n';
    const { summary } = PARSERS.markdown.parse('a.md', text);
    expect(summary.headings).toHaveLength(100_001);
    expect(summary.headings.slice(0, 3).map((h) => h.id)).toEqual(['same', 'same-1', 'same-2']);
    expect(summary.headings[99_999]!.id).toBe('same-99999');
    // "Same-1" is taken by the second heading: Markdig then tries same-1-1.
    expect(summary.headings[100_000]!.id).toBe('same-1-1');
  });

  it('the allocator resumes numbering without skipping ids a later heading frees up (none are freed)', () => {
    const ids = new HeadingIdAllocator();
    expect(['A', 'A-1', 'A', 'A', 'A-2'].map((t) => ids.next(t))).toEqual(['a', 'a-1', 'a-2', 'a-3', 'a-2-1']);
  });

  it(
    '100,000 headings and 20,000 links in one file work, finding positions at the end; 100,000 links are refused',
    BIG,
    async () => {
      // Ten links a paragraph: 20,000 is the limit of the file, 5,000 that of one block.
      const links = (count: number): string =>
        '[a](b.md) '
          .repeat(10)
          .trimEnd()
          .concat('\n\n')
          .repeat(count / 10);
      const headings = Array.from({ length: 100_000 }, (_, i) => `## Heading ${i}\n`).join('');
      const root = tempTree({
        ...DOCFX,
        'links.md': `${links(20_000)}${BAD_COMMENT}\n`,
        'headings.md': `${headings}\n${BAD_COMMENT}\n`,
        'more-links.md': links(100_000),
      });
      expect((await lintTree(root, ['.'], CORE_ONLY, true)).rows).toEqual([
        badCommentRow('headings.md', 100_002, 1),
        badCommentRow('links.md', 4_001, 1),
        tooComplex(
          'more-links.md',
          `The file has 100000 bracket pairs (limit ${NESTING_LIMITS.labels}) - links, images and references; over the limit at line 4001; faq-lint does not parse this file`,
        ),
      ]);
      expect(PARSERS.markdown.parse('links.md', links(20_000)).summary.references).toHaveLength(20_000);
    },
  );

  it('a 1,000,000-character line: positions hold at its end', async () => {
    const root = tempTree({ ...DOCFX, 'long.md': `${'word '.repeat(200_000)}${BAD_COMMENT}\n` });
    expect((await lintTree(root)).rows).toEqual([badCommentRow('long.md', 1, 1_000_001)]);
  });
});

describe('nesting', () => {
  it('10,000-deep block quotes and lists, 100,000 nested brackets: one finding each (API)', async () => {
    const root = tempTree({
      ...DOCFX,
      'quotes.md': `# T\n\n${'>'.repeat(10_000)} deep\n`,
      'quotes-spaced.md': `${'> '.repeat(10_000)}deep\n`,
      'lists.md': `${'- '.repeat(10_000)}deep\n`,
      'ordered.md': `${'1. '.repeat(10_000)}deep\n`,
      'indented.md': Array.from({ length: 150 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
      'mixed.md': `${'> - '.repeat(5_000)}deep\n`,
      'brackets.md': `${'['.repeat(100_000)}x${']'.repeat(100_000)}\n`,
      'images.md': `${'!['.repeat(10_000)}x${'](a.png)'.repeat(10_000)}\n`,
      'emphasis.md': `${'**a '.repeat(10_000)}x${' a**'.repeat(10_000)}\n`,
      'ok.md': `${'> '.repeat(NESTING_LIMITS.containers)}fine\n\n${'['.repeat(NESTING_LIMITS.brackets)}\n\n${BAD_COMMENT}\n`,
    });
    const containers = (depth: number, line: number): string =>
      refusal('Block quotes and lists nest', depth, line, NESTING_LIMITS.containers);
    expect((await lintTree(root, ['.'], CORE_ONLY, true)).rows).toEqual([
      tooComplex('brackets.md', refusal('Brackets nest', 100_000, 1, NESTING_LIMITS.brackets)),
      tooComplex(
        'emphasis.md',
        `Too many possible emphasis pairs: 10000 (limit ${NESTING_LIMITS.emphasisPairs}) - '*' and '_' by line 1, the file's blocks counted as one; faq-lint does not parse this file`,
      ),
      tooComplex('images.md', refusal('Brackets nest', 10_000, 1, NESTING_LIMITS.brackets)),
      tooComplex('indented.md', containers(150, 150)),
      tooComplex('lists.md', containers(10_000, 1)),
      tooComplex('mixed.md', containers(10_000, 1)),
      badCommentRow('ok.md', 5, 1),
      tooComplex('ordered.md', containers(10_000, 1)),
      tooComplex('quotes-spaced.md', containers(10_000, 1)),
      tooComplex('quotes.md', containers(10_000, 3)),
    ]);
  });

  it('the real CLI on 10,000-deep quotes: exit 1, the finding, no stack trace', () => {
    const root = tempTree({ ...DOCFX, 'quotes.md': `${'>'.repeat(10_000)} deep\n` });
    const run = runCli(['--config', writeCoreOnlyConfig(root)], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^quotes\.md\n *1:1 +error +Block quotes and lists nest 10000 deep \(limit 100\) +file-too-complex\n +at line 1; faq-lint does not parse this file\n/,
    );
  });

  it('nesting just under the limits parses (micromark itself does not overflow the stack there)', () => {
    const text = `${'> '.repeat(NESTING_LIMITS.containers)}[link](a.md)\n\n${'!['.repeat(NESTING_LIMITS.brackets - 1)}x${'](a.png)'.repeat(NESTING_LIMITS.brackets - 1)}\n`;
    expect(PARSERS.markdown.refuse!(text)).toBeUndefined();
    const { summary } = PARSERS.markdown.parse('a.md', text);
    expect(summary.references.map((r) => r.url)).toEqual(['a.md', 'a.png']);
  });

  it('measures: blank lines close brackets and emphasis; escaped brackets do not count; real tables stay far below', () => {
    expect(measureNesting('[[[\n\n[').brackets).toBe(3);
    expect(measureNesting('\\[\\[\\[ [').brackets).toBe(1);
    expect(measureNesting('| `__m128` | `__m128i` | a_b_c |\n'.repeat(5_000)).emphasisPairs).toBe(0);
    expect(measureNesting('- a\n  - b\n    - c\n  - d\n').containers).toBe(3);
    expect(measureNesting('- a\n  - b\n    - c\n\nfoo\n').containers).toBe(3);
  });
});
