/** circular-reference on fixtures/toc-files. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('circular-reference', () => {
  it('reports each TOC of a cycle at line 1, naming the cycle (through a folder include and an href to a TOC file)', async () => {
    expect(await lintFixture('toc-files', { onlyRules: ['circular-reference'] })).toEqual([
      { file: 'articles/loop/toc.yml', line: 1, column: 1, ruleId: 'circular-reference', message: "TOC files include each other: 'articles/loop/toc.yml' --> 'articles/sub/TOC.yml' --> 'articles/loop/toc.yml'" },
      { file: 'articles/sub/TOC.yml', line: 1, column: 1, ruleId: 'circular-reference', message: "TOC files include each other: 'articles/sub/TOC.yml' --> 'articles/loop/toc.yml' --> 'articles/sub/TOC.yml'" },
    ]);
  });
});
