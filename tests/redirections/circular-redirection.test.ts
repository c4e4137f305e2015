/** circular-redirection on fixtures/redirection-files. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('circular-redirection', () => {
  it('reports each member of a loop of redirects at its own entry', async () => {
    expect(await lintFixture('redirection-files', { onlyRules: ['circular-redirection'] })).toEqual([
      {
        file: '.openpublishing.redirection.json',
        line: 10,
        column: 22,
        ruleId: 'circular-redirection',
        message: 'Redirects lead in a circle',
      },
      {
        file: '.openpublishing.redirection.json',
        line: 11,
        column: 22,
        ruleId: 'circular-redirection',
        message: 'Redirects lead in a circle',
      },
    ]);
  });
});

describe('circular-redirection detail', () => {
  it("names the loop from the redirection file's folder", async () => {
    const { lint } = await import('../../src/engine/lint.js');
    const { FIXTURES, TEST_NOW } = await import('../helpers.js');
    const result = await lint({ noConfig: true, now: TEST_NOW, cwd: `${FIXTURES}/redirection-files` });
    const details = result.results.flatMap((file) =>
      file.findings.filter((f) => f.ruleId === 'circular-redirection').map((f) => f.detail),
    );
    expect(details).toEqual([
      'articles/loop-a.md --> articles/loop-b.md --> articles/loop-a.md; point one of them at a page',
      'articles/loop-b.md --> articles/loop-a.md --> articles/loop-b.md; point one of them at a page',
    ]);
  });
});
