/** invalid-toc-href on fixtures/toc-files. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('invalid-toc-href', () => {
  it('reports a tocHref to a page; folders, TOC files and absolute paths are fine', async () => {
    expect(await lintFixture('toc-files', { onlyRules: ['invalid-toc-href'] })).toEqual([
      {
        file: 'articles/toc.yml',
        line: 15,
        column: 12,
        ruleId: 'invalid-toc-href',
        message: "tocHref 'overview.md' names a page, not a TOC",
      },
    ]);
  });
});
