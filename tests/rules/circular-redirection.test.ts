/** circular-redirection on fixtures/redirection-files. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('circular-redirection', () => {
  it('reports each member of a loop of redirects at its own entry', async () => {
    expect(await lintFixture('redirection-files', { onlyRules: ['circular-redirection'] })).toEqual([
      { file: '.openpublishing.redirection.json', line: 10, column: 22, ruleId: 'circular-redirection', message: 'Circular redirection: articles/loop-a.md --> articles/loop-b.md --> articles/loop-a.md' },
      { file: '.openpublishing.redirection.json', line: 11, column: 22, ruleId: 'circular-redirection', message: 'Circular redirection: articles/loop-b.md --> articles/loop-a.md --> articles/loop-b.md' },
    ]);
  });
});
