/** redirection-invalid on fixtures/redirection-files. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('redirection-invalid', () => {
  it('reports a TOC redirected', async () => {
    expect(await lintFixture('redirection-files', { onlyRules: ['redirection-invalid'] })).toEqual([
      {
        file: '.openpublishing.redirection.json',
        line: 8,
        column: 22,
        ruleId: 'redirection-invalid',
        message: 'Only pages can be redirected',
      },
    ]);
  });
});
