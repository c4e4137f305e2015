/** invalid-toc-level on fixtures/toc-files. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('invalid-toc-level', () => {
  it('reports a TOC.md heading that skips a level', async () => {
    expect(await lintFixture('toc-files', { onlyRules: ['invalid-toc-level'] })).toEqual([
      {
        file: 'articles/md/TOC.md',
        line: 7,
        column: 1,
        ruleId: 'invalid-toc-level',
        message: 'TOC level skipped from 2 to 4',
      },
    ]);
  });
});
