/** circular-reference on fixtures/toc-files. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('circular-reference', () => {
  it('reports each TOC of a cycle at line 1, naming the cycle (through a folder include and an href to a TOC file)', async () => {
    expect(await lintFixture('toc-files', { onlyRules: ['circular-reference'] })).toEqual([
      {
        file: 'articles/loop/toc.yml',
        line: 1,
        column: 1,
        ruleId: 'circular-reference',
        message: 'TOC files include each other',
      },
      {
        file: 'articles/sub/TOC.yml',
        line: 1,
        column: 1,
        ruleId: 'circular-reference',
        message: 'TOC files include each other',
      },
    ]);
  });
});

describe('circular-reference detail', () => {
  it("names the cycle from the reporting TOC's folder", async () => {
    const { lint } = await import('../../src/engine/lint.js');
    const { FIXTURES, TEST_NOW } = await import('../helpers.js');
    const result = await lint({ noConfig: true, now: TEST_NOW, cwd: `${FIXTURES}/toc-files` });
    const details = result.results.flatMap((file) =>
      file.findings.filter((f) => f.ruleId === 'circular-reference').map((f) => f.detail),
    );
    expect(details).toEqual([
      "'toc.yml' --> '../sub/TOC.yml' --> 'toc.yml'; remove one of the includes",
      "'TOC.yml' --> '../loop/toc.yml' --> 'TOC.yml'; remove one of the includes",
    ]);
  });
});
