/** invalid-toc-syntax on fixtures/toc-files. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('invalid-toc-syntax', () => {
  it('reports TOC.md blocks that are not headings, and a heading with a link and more; front matter and comments are fine', async () => {
    expect(await lintFixture('toc-files', { onlyRules: ['invalid-toc-syntax'] })).toEqual([
      { file: 'articles/md/TOC.md', line: 8, column: 1, ruleId: 'invalid-toc-syntax', message: 'Not a TOC heading' },
      { file: 'articles/md/TOC.md', line: 9, column: 1, ruleId: 'invalid-toc-syntax', message: 'Not a TOC heading' },
    ]);
  });
});
