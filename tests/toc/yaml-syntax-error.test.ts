/** yaml-syntax-error on fixtures/toc-files. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('yaml-syntax-error', () => {
  it('reports a TOC that does not parse: the first error only, and nothing else reported for it', async () => {
    expect(await lintFixture('toc-files', { onlyRules: ['yaml-syntax-error'] })).toEqual([
      {
        file: 'articles/broken/toc.yml',
        line: 3,
        column: 9,
        ruleId: 'yaml-syntax-error',
        message: 'YAML syntax error: Missing closing "quote',
      },
    ]);
  });
});
