/** invalid-topic-href on fixtures/toc-files. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('invalid-topic-href', () => {
  it('reports a topicHref to a folder', async () => {
    expect(await lintFixture('toc-files', { onlyRules: ['invalid-topic-href'] })).toEqual([
      {
        file: 'articles/toc.yml',
        line: 17,
        column: 14,
        ruleId: 'invalid-topic-href',
        message: "topicHref 'sub/' names a TOC, not a page",
      },
    ]);
  });
});
