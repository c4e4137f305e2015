/** source-path-conflict on fixtures/redirection-files. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('source-path-conflict', () => {
  it('reports an entry with both source keys, at its redirect_url', async () => {
    expect(await lintFixture('redirection-files', { onlyRules: ['source-path-conflict'] })).toEqual([
      {
        file: '.openpublishing.redirection.json',
        line: 7,
        column: 104,
        ruleId: 'source-path-conflict',
        message: "Both 'source_path' and 'source_path_from_root'",
      },
    ]);
  });
});
