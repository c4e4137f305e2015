/** toc-name-missing on fixtures/toc-files. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('toc-name-missing', () => {
  it('reports entries with no name or an empty one, in YAML and TOC.md; an entry with a uid is silent', async () => {
    expect(await lintFixture('toc-files', { onlyRules: ['toc-name-missing'] })).toEqual([
      { file: 'articles/md/TOC.md', line: 10, column: 1, ruleId: 'toc-name-missing', message: 'TOC entry has no name' },
      { file: 'articles/md/TOC.md', line: 11, column: 4, ruleId: 'toc-name-missing', message: 'TOC entry has no name' },
      { file: 'articles/toc.yml', line: 22, column: 3, ruleId: 'toc-name-missing', message: 'TOC entry has no name' },
      { file: 'articles/toc.yml', line: 23, column: 9, ruleId: 'toc-name-missing', message: 'TOC entry has no name' },
    ]);
  });
});
