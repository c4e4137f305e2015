/** toc-not-found on fixtures/toc-files. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('toc-not-found', () => {
  it('reports a folder include whose folder has no TOC; a folder with TOC.yml (any case) is fine, a missing TOC file is silent', async () => {
    expect(await lintFixture('toc-files', { onlyRules: ['toc-not-found'] })).toEqual([
      {
        file: 'articles/toc.yml',
        line: 19,
        column: 9,
        ruleId: 'toc-not-found',
        message: "No TOC file in folder 'empty-folder/'",
      },
    ]);
  });
});
