/** yaml-duplicate-key on fixtures/toc-files. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('yaml-duplicate-key', () => {
  it('reports a key given twice in a mapping, at the later key, in YAML TOCs; a toc.json keeps the last silently, as the build reads JSON', async () => {
    expect(await lintFixture('toc-files', { onlyRules: ['yaml-duplicate-key'] })).toEqual([
      {
        file: 'articles/toc.yml',
        line: 27,
        column: 3,
        ruleId: 'yaml-duplicate-key',
        message: "Key 'name' is already defined",
      },
    ]);
  });
});
